import { Card, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchView, PaymentView } from '../../api/types';
import { ErrorResult } from '../../common/error-result';
import { usePaymentResultColumns } from '../payments/payment-columns';
import { usePayments } from '../queries';
import { ExportButtons } from './export-buttons';

/** The batch's payments with the bank's answers, refreshed while the batch is being paid. */
export function BatchResults({ batch }: { batch: BatchView }) {
  const { t } = useTranslation();
  const [page, setPage] = useState({ page: 1, pageSize: 50 });
  const payments = usePayments({ batchId: batch.id, ...page }, batch.status);
  const columns = usePaymentResultColumns();
  return (
    <Card title={t('finance.batch.results')} extra={<ExportButtons batchId={batch.id} />}>
      {payments.isError ? (
        <ErrorResult error={payments.error} />
      ) : (
        <Table<PaymentView>
          rowKey="id"
          data-testid="batch-payments-table"
          loading={payments.isPending}
          columns={columns}
          dataSource={payments.data?.items}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: payments.data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
            onChange: (next, pageSize) => setPage({ page: next, pageSize }),
          }}
        />
      )}
    </Card>
  );
}
