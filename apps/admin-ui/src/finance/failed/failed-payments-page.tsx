import { Permission } from '@civic/domain/access';
import { Button, Card, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentView } from '../../api/types';
import { useCan } from '../../auth/use-can';
import { ErrorResult } from '../../common/error-result';
import { scrollWithRows } from '../../common/table-scroll';
import { referenceColumn, usePayeeColumns } from '../payments/payment-columns';
import { type PaymentFilters, usePayments } from '../queries';
import { useYuan } from '../../common/use-yuan';
import { ReissueDecisionModal } from './reissue-decision-modal';
import { ReissueModal } from './reissue-modal';
import { ExportButton } from '../../common/export-button';

/**
 * Payments the bank declined for good (R28), with why, paged. A finance maker proposes paying one
 * again to corrected bank details; a checker who is not the maker approves it (a new payment
 * awaits a batch) or rejects it. One not re-issued stays held until its programme withdraws it
 * and finance releases the money (R27).
 */
export function FailedPaymentsPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const yuan = useYuan();
  const [filters, setFilters] = useState<PaymentFilters>({
    status: 'FAILED',
    page: 1,
    pageSize: 20,
  });
  const [proposing, setProposing] = useState<PaymentView>();
  const [deciding, setDeciding] = useState<PaymentView>();
  const payments = usePayments(filters);
  const payee = usePayeeColumns();
  if (payments.isError) return <ErrorResult error={payments.error} />;
  const columns: TableColumnsType<PaymentView> = [
    ...payee,
    referenceColumn(t),
    {
      title: t('finance.batch.failure'),
      key: 'failure',
      render: (_, p) =>
        p.failure ? (i18n.language === 'en' ? p.failure.message : p.failure.messageZh) : '',
    },
    {
      title: t('finance.failed.reissue'),
      key: 'reissue',
      render: (_, p) =>
        p.reissue && (
          <div data-testid="reissue-status" data-status={p.reissue.status}>
            <Tag>{t(`enums.reissueStatus.${p.reissue.status}`)}</Tag>
            <div className="secondary-text">
              {`${p.reissue.bankName} ${p.reissue.accountNumberMasked}`}
            </div>
          </div>
        ),
    },
    {
      title: '',
      key: 'action',
      className: 'nowrap',
      render: (_, p) => {
        const status = p.reissue?.status;
        if (status === 'PROPOSED' && can(Permission.BATCH_CHECK)) {
          return (
            <Button
              size="small"
              type="primary"
              data-testid="decide-reissue"
              onClick={() => setDeciding(p)}
            >
              {t('finance.failed.decide')}
            </Button>
          );
        }
        if ((!status || status === 'REJECTED') && can(Permission.BATCH_PREPARE)) {
          return (
            <Button size="small" data-testid="propose-reissue" onClick={() => setProposing(p)}>
              {t('finance.failed.propose')}
            </Button>
          );
        }
        return null;
      },
    },
  ];
  return (
    <Card title={t('finance.failed.title')}>
      <Typography.Paragraph type="secondary">{t('finance.failed.hint')}</Typography.Paragraph>
      <Typography.Text strong data-testid="failed-sum">
        {t('finance.payments.sum', {
          count: payments.data?.total ?? 0,
          amount: yuan(payments.data?.totalFen ?? 0),
        })}
      </Typography.Text>
      <div className="filter-bar">
        <ExportButton path="/api/v1/finance/payments/export.xlsx" filters={filters} />
      </div>
      <Table<PaymentView>
        rowKey="id"
        data-testid="failed-payments-table"
        loading={payments.isPending}
        dataSource={payments.data?.items}
        columns={columns}
        scroll={scrollWithRows(payments.data?.items)}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: payments.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (page, pageSize) => setFilters({ ...filters, page, pageSize }),
        }}
      />
      {proposing && <ReissueModal payment={proposing} onClose={() => setProposing(undefined)} />}
      {deciding?.reissue && (
        <ReissueDecisionModal
          payment={deciding}
          reissue={deciding.reissue}
          onClose={() => setDeciding(undefined)}
        />
      )}
    </Card>
  );
}
