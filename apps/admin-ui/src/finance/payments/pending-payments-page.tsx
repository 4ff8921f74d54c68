import { Permission } from '@civic/domain/access';
import { Button, Card, Select, Space, Table, Typography } from 'antd';
import { type Key, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundCode, PaymentView } from '../../api/types';
import { useCurrentUser } from '../../auth/use-current-user';
import { ErrorResult } from '../../common/error-result';
import { useFundOptions } from '../fund-options';
import { type PaymentFilters, usePayments } from '../queries';
import { useYuan } from '../../common/use-yuan';
import { ComposeBatchModal } from './compose-batch-modal';
import { usePendingPaymentColumns } from './payment-columns';
import { ExportButton } from '../../common/export-button';

/**
 * Payments awaiting a batch (R28), by fund, with their total. A maker ticks payments (across
 * pages) and composes a batch of them.
 */
export function PendingPaymentsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const yuan = useYuan();
  const [filters, setFilters] = useState<PaymentFilters>({
    status: 'AWAITING_BATCH',
    page: 1,
    pageSize: 50,
  });
  const [selected, setSelected] = useState<Map<string, PaymentView>>(new Map());
  const [composing, setComposing] = useState(false);
  const payments = usePayments(filters);
  const columns = usePendingPaymentColumns();
  const funds = useFundOptions();
  const canPrepare = user.permissions.includes(Permission.BATCH_PREPARE);
  if (payments.isError) return <ErrorResult error={payments.error} />;

  const chosen = [...selected.values()];
  const chosenFen = chosen.reduce((sum, p) => sum + p.amountFen, 0);
  const select = (keys: Key[], rows: PaymentView[]) => {
    const byId = new Map(rows.filter(Boolean).map((row) => [row.id, row]));
    const next = new Map<string, PaymentView>();
    for (const key of keys) {
      const row = byId.get(String(key)) ?? selected.get(String(key));
      if (row) next.set(row.id, row);
    }
    setSelected(next);
  };

  return (
    <Card title={t('finance.payments.title')}>
      <Typography.Paragraph type="secondary">{t('finance.payments.hint')}</Typography.Paragraph>
      <Space wrap className="filter-bar">
        <Select<FundCode>
          allowClear
          className="filter-fund"
          placeholder={t('finance.payments.allFunds')}
          aria-label={t('finance.payments.allFunds')}
          options={funds}
          onChange={(fund) => {
            setSelected(new Map());
            setFilters({ ...filters, fund, page: 1 });
          }}
        />
        <Typography.Text strong data-testid="payments-sum">
          {t('finance.payments.sum', {
            count: payments.data?.total ?? 0,
            amount: yuan(payments.data?.totalFen ?? 0),
          })}
        </Typography.Text>
        {canPrepare && (
          <>
            <Typography.Text data-testid="payments-selected">
              {t('finance.payments.selected', { count: chosen.length, amount: yuan(chosenFen) })}
            </Typography.Text>
            <Button
              type="primary"
              disabled={chosen.length === 0}
              onClick={() => setComposing(true)}
            >
              {t('finance.payments.compose')}
            </Button>
          </>
        )}
        <ExportButton path="/api/v1/finance/payments/export.xlsx" filters={filters} />
      </Space>
      <Table<PaymentView>
        rowKey="id"
        data-testid="payments-table"
        loading={payments.isFetching}
        columns={columns}
        dataSource={payments.data?.items}
        rowSelection={
          canPrepare
            ? {
                selectedRowKeys: [...selected.keys()],
                preserveSelectedRowKeys: true,
                onChange: select,
              }
            : undefined
        }
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: payments.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setFilters({ ...filters, page, pageSize }),
        }}
      />
      {composing && (
        <ComposeBatchModal
          payments={chosen}
          onClose={(refused) => {
            setComposing(false);
            if (refused) setSelected(new Map()); // the list is fresh again: pick anew
          }}
        />
      )}
    </Card>
  );
}
