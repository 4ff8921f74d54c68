import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorResult } from '../../common/error-result';
import { usePaging } from '../../common/use-paging';
import { useYuan } from '../../common/use-yuan';
import { useProcurementLabel } from '../public/labels';
import { ResponsiveList } from './responsive-list';
import { useMyContracts } from './undertaker-queries';
import type { ContractView } from './undertaker-types';

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
 * screen, cards on a phone.
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
        <ResponsiveList<ContractView>
          query={contracts}
          pagination={paging.pagination(contracts.data)}
          columns={columns}
          card={(contract) => <ContractCard contract={contract} />}
          keyOf={(contract) => contract.id}
          empty={t('procurement.undertaker.contracts.none')}
          testId="my-contracts"
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

function useColumns(): TableColumnsType<ContractView> {
  const { t } = useTranslation();
  const yuan = useYuan();
  const term = useTermText();
  return [
    {
      title: t('procurement.undertaker.contracts.contract'),
      key: 'title',
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
      render: (_, c) => <ContractStatusTag status={c.status} />,
    },
  ];
}

function ContractCard({ contract }: { contract: ContractView }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const term = useTermText();
  return (
    <Card
      size="small"
      className="procurement-card"
      data-testid="contract-card"
      title={
        <Typography.Text className="procurement-card-title">
          {open(contract, contract.title)}
        </Typography.Text>
      }
    >
      <Space wrap size={4} className="procurement-card-tags">
        <ContractStatusTag status={contract.status} />
      </Space>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'item',
            label: t('procurement.public.announcement.item'),
            children: contract.catalogueItemName,
          },
          {
            key: 'amount',
            label: t('procurement.public.contract.amount'),
            children: yuan(contract.amountFen),
          },
          {
            key: 'term',
            label: t('procurement.public.announcement.term'),
            children: term(contract),
          },
        ]}
      />
    </Card>
  );
}
