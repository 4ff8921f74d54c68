import { PlusOutlined } from '@ant-design/icons';
import { Permission } from '@civic/domain/access';
import { Button, Card, Empty, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BaseView } from '../../api/types';
import { useCan } from '../../auth/use-can';
import { ErrorResult } from '../../common/error-result';
import { ListPages } from '../../common/list-pages';
import { usePaging } from '../../common/use-paging';
import { useBases } from '../queries';
import { AddVenueModal } from './add-venue-modal';
import { BaseCard } from './base-card';
import { CreateBaseModal } from './create-base-modal';
import { ExportButton } from '../../common/export-button';

/**
 * Incubation bases (R15) with their venues, how many organizations each hosts and whether it is
 * shared (R4), by name, a page at a time. Officers set bases up; officers and the base's staff
 * add venues.
 */
export function BasesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const paging = usePaging({ pageSize: 10 });
  const bases = useBases(paging.query);
  const [creating, setCreating] = useState(false);
  const [venueFor, setVenueFor] = useState<BaseView>();
  const addsVenues = can(Permission.INCUBATION_BASE_MANAGE) || can(Permission.INCUBATION_RUN);
  if (bases.isError) return <ErrorResult error={bases.error} />;
  return (
    <Card
      title={t('incubation.bases.title')}
      loading={bases.isPending}
      extra={
        can(Permission.INCUBATION_BASE_MANAGE) && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="create-base"
            onClick={() => setCreating(true)}
          >
            {t('incubation.bases.create')}
          </Button>
        )
      }
    >
      <Space orientation="vertical" size="middle" className="full-width">
        <ExportButton path="/api/v1/incubation/bases/export.xlsx" />
        {bases.data?.total === 0 && <Empty description={t('incubation.bases.none')} />}
        {bases.data?.items.map((base) => (
          <BaseCard
            key={base.id}
            base={base}
            onAddVenue={addsVenues ? () => setVenueFor(base) : undefined}
          />
        ))}
        <ListPages pagination={paging.pagination(bases.data)} testId="bases-pages" />
      </Space>
      {creating && <CreateBaseModal onClose={() => setCreating(false)} />}
      {venueFor && <AddVenueModal base={venueFor} onClose={() => setVenueFor(undefined)} />}
    </Card>
  );
}
