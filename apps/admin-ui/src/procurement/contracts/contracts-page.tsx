import { Button, Card, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorResult } from '../../common/error-result';
import { scrollWithRows } from '../../common/table-scroll';
import { usePaging } from '../../common/use-paging';
import { useLinkedStatus } from '../../home/linked-status';
import { useYuan } from '../../common/use-yuan';
import { yearOptions } from '../../finance/funds/years';
import { useProcurementLabel } from '../public/labels';
import { ContractStatusTag } from '../undertaker/my-contracts-page';
import { useContracts } from './contract-queries';
import {
  CONTRACT_STATUSES,
  type ContractFilter,
  type ContractStatus,
  type ContractView,
} from './contract-types';
import './contracts.css';
import { ExportButton } from '../../common/export-button';

/**
 * 合同履约 (R25, R27; Order 102 art. 23–24): the purchase contracts signed, newest first, by the
 * project's fiscal year and status, a page at a time from the API; each opens on its own page to
 * record evaluations and renew its years.
 */
export function ContractsPage() {
  const { t } = useTranslation();
  // A work link (issue #18) names a status (`?status=IN_FORCE`): the contracts at it, every year.
  const linked = useLinkedStatus(CONTRACT_STATUSES);
  const [filter, setFilter] = useState<ContractFilter>(
    linked ? { status: linked } : { fiscalYear: dayjs().year() },
  );
  const paging = usePaging({ scope: filter });
  const contracts = useContracts(filter, paging.query);
  const columns = useContractColumns();
  const label = useProcurementLabel();
  if (contracts.isError) return <ErrorResult error={contracts.error} />;
  const patch = (change: ContractFilter) => setFilter({ ...filter, ...change });
  return (
    <Card title={t('procurement.contracts.title')}>
      <Space orientation="vertical" size="middle" className="full-width">
        <Typography.Text type="secondary">{t('procurement.contracts.intro')}</Typography.Text>
        <div className="catalogue-filters" data-testid="contract-filters">
          <Select<number>
            id="contracts-year"
            allowClear
            className="catalogue-filter-year"
            aria-label={t('finance.funds.fiscalYear')}
            placeholder={t('procurement.catalogue.allYears')}
            value={filter.fiscalYear}
            onChange={(fiscalYear) => patch({ fiscalYear })}
            options={yearOptions(t)}
          />
          <Select<ContractStatus>
            id="contracts-status"
            allowClear
            className="contract-filter-status"
            aria-label={t('procurement.undertaker.contracts.status')}
            placeholder={t('procurement.contracts.allStatuses')}
            value={filter.status}
            onChange={(status) => patch({ status })}
            options={CONTRACT_STATUSES.map((status) => ({
              value: status,
              label: label('contractStatus', status),
            }))}
          />
          <Button onClick={() => setFilter({})}>{t('common.reset')}</Button>
          <ExportButton path="/api/v1/procurement/contracts/export.xlsx" filters={filter} />
        </div>
        <Table<ContractView>
          rowKey="id"
          data-testid="contracts-table"
          loading={contracts.isPending}
          dataSource={contracts.data?.items}
          columns={columns}
          pagination={paging.pagination(contracts.data)}
          locale={{ emptyText: t('procurement.contracts.none') }}
          scroll={scrollWithRows(contracts.data?.items, 960)}
        />
      </Space>
    </Card>
  );
}

function useContractColumns(): TableColumnsType<ContractView> {
  const { t } = useTranslation();
  const yuan = useYuan();
  const label = useProcurementLabel();
  return [
    {
      title: t('procurement.undertaker.contracts.contract'),
      dataIndex: 'title',
      render: (title: string, c) => (
        <>
          <Link to={`/procurement/contracts/${c.id}`} data-testid="contract-link">
            {title}
          </Link>
          <div className="secondary-text">{c.catalogueItemName}</div>
        </>
      ),
    },
    { title: t('procurement.public.contract.undertaker'), dataIndex: 'undertakerName' },
    { title: t('finance.funds.fiscalYear'), dataIndex: 'fiscalYear', className: 'nowrap' },
    {
      title: t('procurement.public.contract.amount'),
      dataIndex: 'amountFen',
      align: 'right',
      className: 'nowrap',
      render: (fen: number) => yuan(fen),
    },
    {
      title: t('procurement.public.announcement.term'),
      key: 'term',
      render: (_, c) =>
        t('procurement.public.contract.term', {
          start: c.startDate,
          end: c.endDate,
          count: c.months,
        }),
    },
    {
      title: t('procurement.contracts.latestEvaluation'),
      key: 'evaluation',
      render: (_, c) => {
        const last = c.evaluations.at(-1);
        return last
          ? t('procurement.contracts.evaluationLine', {
              year: last.year,
              kind: label('evaluationKind', last.kind),
              score: last.totalScore.toFixed(2),
              outcome: label('outcome', last.passed ? 'PASSED' : 'FAILED'),
            })
          : '—';
      },
    },
    {
      title: t('procurement.undertaker.contracts.status'),
      dataIndex: 'status',
      className: 'nowrap',
      render: (_, c) => <ContractStatusTag status={c.status} />,
    },
  ];
}
