import { Permission } from '@civic/domain/access';
import { Button, Card, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClawbackReceiptView, ClawbackView } from '../../api/types';
import { useCan } from '../../auth/use-can';
import { ErrorResult } from '../../common/error-result';
import { usePaging } from '../../common/use-paging';
import { dateTime } from '../../venture/calls/call-columns';
import { useClawbacks } from '../queries';
import { useYuan } from '../../common/use-yuan';
import { ReceiptDecisionModal } from './receipt-decision-modal';
import { RecordReceiptModal } from './record-receipt-modal';
import { localPagination } from '../../common/local-paging';
import { ExportButton } from '../../common/export-button';

const STATUS_COLORS: Record<string, string> = {
  OPEN: 'warning',
  PARTLY_RECOVERED: 'processing',
  RECOVERED: 'success',
  REFUSED: 'default',
};

/**
 * Clawbacks the programmes opened (R19) and the money that comes back: a finance maker records a
 * receipt from the bank statement, a checker who is not the maker confirms it into the ledger or
 * rejects it (R28). Each clawback's receipts open under its row. The latest first, a page at a
 * time.
 */
export function ClawbacksPage() {
  const { t } = useTranslation();
  const yuan = useYuan();
  const can = useCan();
  const paging = usePaging();
  const clawbacks = useClawbacks(paging.query);
  const [recording, setRecording] = useState<ClawbackView>();
  const [deciding, setDeciding] = useState<{ c: ClawbackView; r: ClawbackReceiptView }>();
  if (clawbacks.isError) return <ErrorResult error={clawbacks.error} />;
  const open = (c: ClawbackView) => c.status === 'OPEN' || c.status === 'PARTLY_RECOVERED';
  const columns: TableColumnsType<ClawbackView> = [
    {
      title: t('finance.clawbacks.organization'),
      key: 'organization',
      render: (_, c) => (
        <>
          <div className="strong-text">{c.organizationName}</div>
          <div className="secondary-text">{t(`enums.programme.${c.programme}`)}</div>
        </>
      ),
    },
    { title: t('finance.clawbacks.reason'), dataIndex: 'reason' },
    {
      title: t('finance.clawbacks.amount'),
      key: 'amounts',
      className: 'nowrap',
      render: (_, c) => (
        <div data-testid="clawback-amounts">
          <div>{t('finance.clawbacks.asked', { amount: yuan(c.amountFen) })}</div>
          <div>{t('finance.clawbacks.recovered', { amount: yuan(c.recoveredFen) })}</div>
          <div className="secondary-text">
            {t('finance.clawbacks.outstanding', { amount: yuan(c.outstandingFen) })}
          </div>
        </div>
      ),
    },
    {
      title: t('finance.clawbacks.status'),
      dataIndex: 'status',
      className: 'nowrap',
      render: (status: string) => (
        <Tag color={STATUS_COLORS[status]} data-testid="clawback-status" data-status={status}>
          {t(`enums.clawbackStatus.${status}`)}
        </Tag>
      ),
    },
    { title: t('finance.clawbacks.openedAt'), dataIndex: 'openedAt', render: dateTime },
    {
      title: '',
      key: 'action',
      className: 'nowrap',
      render: (_, c) =>
        can(Permission.BATCH_PREPARE) &&
        open(c) &&
        c.outstandingFen > 0 && (
          <Button size="small" data-testid="record-receipt" onClick={() => setRecording(c)}>
            {t('finance.clawbacks.record')}
          </Button>
        ),
    },
  ];
  const receiptColumns = (c: ClawbackView): TableColumnsType<ClawbackReceiptView> => [
    { title: t('finance.clawbacks.receivedOn'), dataIndex: 'receivedOn', className: 'nowrap' },
    { title: t('finance.clawbacks.bankReference'), dataIndex: 'bankReference' },
    {
      title: t('finance.clawbacks.amountYuan'),
      dataIndex: 'amountFen',
      align: 'right',
      render: (fen: number) => yuan(fen),
    },
    {
      title: t('finance.clawbacks.status'),
      key: 'status',
      render: (_, r) => (
        <>
          <Tag data-testid="receipt-status" data-status={r.status}>
            {t(`enums.receiptStatus.${r.status}`)}
          </Tag>
          {r.note && <div className="secondary-text">{r.note}</div>}
        </>
      ),
    },
    {
      title: '',
      key: 'action',
      render: (_, r) =>
        can(Permission.BATCH_CHECK) &&
        r.status === 'PENDING' && (
          <Button
            size="small"
            type="primary"
            data-testid="decide-receipt"
            onClick={() => setDeciding({ c, r })}
          >
            {t('finance.clawbacks.decide')}
          </Button>
        ),
    },
  ];
  return (
    <Card title={t('finance.clawbacks.title')}>
      <div className="filter-bar">
        <ExportButton path="/api/v1/finance/clawbacks/export.xlsx" />
      </div>
      <Table<ClawbackView>
        rowKey="id"
        data-testid="clawbacks-table"
        loading={clawbacks.isPending}
        dataSource={clawbacks.data?.items}
        columns={columns}
        pagination={paging.pagination(clawbacks.data)}
        expandable={{
          rowExpandable: (c) => c.receipts.length > 0,
          expandedRowRender: (c) => (
            <Table<ClawbackReceiptView>
              rowKey="id"
              size="small"
              data-testid="receipts-table"
              dataSource={c.receipts}
              columns={receiptColumns(c)}
              pagination={localPagination(t, c.receipts.length)}
            />
          ),
        }}
      />
      {recording && (
        <RecordReceiptModal clawback={recording} onClose={() => setRecording(undefined)} />
      )}
      {deciding && (
        <ReceiptDecisionModal
          clawback={deciding.c}
          receipt={deciding.r}
          onClose={() => setDeciding(undefined)}
        />
      )}
    </Card>
  );
}
