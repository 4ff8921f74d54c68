import { Card, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { BatchStatus, BatchView } from '../../api/types';
import { ErrorResult } from '../../common/error-result';
import { useLinkedStatus } from '../../home/linked-status';
import { type BatchFilters, useBatches } from '../queries';
import { useBatchColumns } from './batch-columns';
import { ExportButton } from '../../common/export-button';

const STATUSES: BatchStatus[] = ['SUBMITTED', 'PAYING', 'PAID', 'PARTLY_FAILED', 'REJECTED'];

/** Disbursement batches, newest first, with their progress; a row opens the batch. */
export function BatchesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // A work link (issue #18) names the batches to check: `?status=SUBMITTED`.
  const linked = useLinkedStatus(STATUSES);
  const [filters, setFilters] = useState<BatchFilters>({ page: 1, pageSize: 20, status: linked });
  const batches = useBatches(filters);
  const columns = useBatchColumns();
  if (batches.isError) return <ErrorResult error={batches.error} />;

  return (
    <Card title={t('finance.batches.title')}>
      <Space wrap className="filter-bar">
        <Select<BatchStatus>
          allowClear
          className="filter-select"
          placeholder={t('finance.batches.allStatuses')}
          aria-label={t('finance.batches.allStatuses')}
          value={filters.status}
          options={STATUSES.map((value) => ({ value, label: t(`enums.batchStatus.${value}`) }))}
          onChange={(status) => setFilters({ ...filters, status, page: 1 })}
        />
        <ExportButton path="/api/v1/finance/batches/export.xlsx" filters={filters} />
      </Space>
      <Table<BatchView>
        rowKey="id"
        data-testid="batches-table"
        loading={batches.isFetching}
        columns={columns}
        dataSource={batches.data?.items}
        onRow={(batch) => ({
          onClick: () => navigate(`/finance/batches/${batch.id}`),
          className: 'clickable-row',
        })}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: batches.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setFilters({ ...filters, page, pageSize }),
        }}
      />
    </Card>
  );
}
