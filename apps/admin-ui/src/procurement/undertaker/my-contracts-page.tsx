import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorResult } from '../../common/error-result';
import type { ResponsiveColumns } from '../../common/responsive-columns';
import { ResponsiveTable } from '../../common/responsive-table';
import { usePaging } from '../../common/use-paging';
import { useYuan } from '../../common/use-yuan';
import { useProcurementLabel } from '../public/labels';
import { useMyContracts } from './undertaker-queries';
import type { ContractView } from './undertaker-types';
import { ExportButton } from '../../common/export-button';

/** A contract's status tag: in force or completed (R25). */
export function ContractStatusTag({ status }: { status: ContractView['status'] }) {
  const label = useProcurementLabel();
  return (
    <Tag color={status === 'IN_FORCE' ? 'processing' : 'success'} data-testid="contract-status">
      {label('contractStatus', status)}
    </Tag>
  );
}

/**
 * 我的合同 (R25; Order 102 art. 23–24): the organization's purchase contracts, newest first, a
 * page at a time, each leading to its years, instalments and evaluations. A table on a wide
 * screen, a card each on a phone.
 */
export function MyContractsPage() {
  const { t } = useTranslation();
  const paging = usePaging();
  const contracts = useMyContracts(paging.query);
  const columns = useColumns();
  if (contracts.isError) return <ErrorResult error={contracts.error} />;
  return (
    <Card title={t('procurement.undertaker.contracts.title')} className="undertaker-page">
      <Space orientation="vertical" size="middle" className="full-width">
        <Typography.Text type="secondary">
          {t('procurement.undertaker.contracts.intro')}
        </Typography.Text>
        <ExportButton path="/api/v1/procurement/contracts/mine/export.xlsx" />
        <ResponsiveTable<ContractView>
          rowKey="id"
          data-testid="my-contracts"
          cardTestId="contract-card"
          loading={contracts.isPending}
          dataSource={contracts.data?.items}
          pagination={paging.pagination(contracts.data)}
          columns={columns}
          locale={{ emptyText: t('procurement.undertaker.contracts.none') }}
        />
      </Space>
    </Card>
  );
}

function useTermText(): (contract: ContractView) => string {
  const { t } = useTranslation();
  return (contract) =>
    t('procurement.public.contract.term', {
      start: contract.startDate,
      end: contract.endDate,
      count: contract.months,
    });
}

const open = (contract: ContractView, text: string) => (
  <Link to={`/procurement/undertaker/contracts/${contract.id}`} data-testid="open-contract">
    {text}
  </Link>
);

function useColumns(): ResponsiveColumns<ContractView> {
  const { t } = useTranslation();
  const yuan = useYuan();
  const term = useTermText();
  return [
    {
      title: t('procurement.undertaker.contracts.contract'),
      key: 'title',
      card: 'title',
      render: (_, c) => (
        <>
          <div className="strong-text">{open(c, c.title)}</div>
          <div className="secondary-text">{c.catalogueItemName}</div>
        </>
      ),
    },
    {
      title: t('procurement.public.contract.amount'),
      dataIndex: 'amountFen',
      align: 'right',
      className: 'nowrap',
      render: (fen: number) => yuan(fen),
    },
    { title: t('procurement.public.announcement.term'), key: 'term', render: (_, c) => term(c) },
    {
      title: t('procurement.undertaker.contracts.status'),
      dataIndex: 'status',
      className: 'nowrap',
      card: 'status',
      render: (_, c) => <ContractStatusTag status={c.status} />,
    },
  ];
}
