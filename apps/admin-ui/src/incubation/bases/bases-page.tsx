import { PlusOutlined } from '@ant-design/icons';
import { Permission } from '@civic/domain/access';
import { Button, Card, Empty, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BaseView } from '../../api/types';
import { useCan } from '../../auth/use-can';
import { ErrorResult } from '../../common/error-result';
import { useBases } from '../queries';
import { AddVenueModal } from './add-venue-modal';
import { BaseCard } from './base-card';
import { CreateBaseModal } from './create-base-modal';

/**
 * Incubation bases (R15) with their venues, how many organizations each hosts and whether it is
 * shared (R4). Officers set bases up; officers and the base's staff add venues.
 */
export function BasesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const bases = useBases();
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
        {bases.data?.length === 0 && <Empty description={t('incubation.bases.none')} />}
        {bases.data?.map((base) => (
          <BaseCard
            key={base.id}
            base={base}
            onAddVenue={addsVenues ? () => setVenueFor(base) : undefined}
          />
        ))}
      </Space>
      {creating && <CreateBaseModal onClose={() => setCreating(false)} />}
      {venueFor && <AddVenueModal base={venueFor} onClose={() => setVenueFor(undefined)} />}
    </Card>
  );
}
