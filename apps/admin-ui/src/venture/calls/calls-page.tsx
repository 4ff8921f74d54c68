import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../common/error-result';
import { ResponsiveTable } from '../../common/responsive-table';
import { usePaging } from '../../common/use-paging';
import { useCalls } from '../call-queries';
import type { CallView } from '../types';
import { useCallColumns } from './call-columns';
import { CreateCallModal } from './create-call-modal';
import { ExportButton } from '../../common/export-button';

/** The venture philanthropy calls (R17), the latest deadline first, paged; officers open new ones. */
export function CallsPage() {
  const { t } = useTranslation();
  const paging = usePaging();
  const calls = useCalls(paging.query);
  const [creating, setCreating] = useState(false);
  const columns = useCallColumns((call) => `/venture/calls/${call.id}`);
  if (calls.isError) return <ErrorResult error={calls.error} />;
  return (
    <Card
      title={t('venture.calls.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="create-call"
          onClick={() => setCreating(true)}
        >
          {t('venture.calls.create')}
        </Button>
      }
    >
      <div className="filter-bar">
        <ExportButton path="/api/v1/venture/calls/export.xlsx" />
      </div>
      <ResponsiveTable<CallView>
        rowKey="id"
        data-testid="calls-table"
        loading={calls.isPending}
        dataSource={calls.data?.items}
        columns={columns}
        pagination={paging.pagination(calls.data)}
      />
      {creating && <CreateCallModal onClose={() => setCreating(false)} />}
    </Card>
  );
}
