import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Space, Spin, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { ErrorResult } from '../../common/error-result';
import { MAX_PAGE_SIZE } from '../../common/paging';
import { useYuan } from '../../common/use-yuan';
import { dateTime } from '../../venture/calls/call-columns';
import type { components } from '../../api/schema';
import { SignContractButton } from '../contracts/sign-contract-button';
import type { ContractView, PurchaseProjectView } from './project-types';
import { localPagination } from '../../common/local-paging';

type Instalment = components['schemas']['ContractInstalmentView'];
type ContractYear = components['schemas']['ContractYearView'];

/**
 * The contract signed for a project, or null: the contracts of the project's fiscal year are read
 * page by page until it is found (the contracts API filters by year and status, not by project),
 * so none is ever missed however many the year holds.
 */
export async function contractOfProject(
  project: Pick<PurchaseProjectView, 'id' | 'fiscalYear'>,
): Promise<ContractView | null> {
  for (let page = 1; ; page += 1) {
    const list = await unwrap(
      api.GET('/api/v1/procurement/contracts', {
        params: { query: { fiscalYear: project.fiscalYear, page, pageSize: MAX_PAGE_SIZE } },
      }),
    );
    const found = list.items.find((c) => c.projectId === project.id);
    if (found) return found;
    if (list.items.length === 0 || page * list.pageSize >= list.total) return null;
  }
}

/**
 * The project's contract (Order 102 art. 23–24, R25): the undertaker, the amount (R26), the term,
 * each contract year committed at finance with its instalments and how far each is paid, and a
 * link to its performance (evaluations, renewal). Signed only once the result's objection window
 * has passed: an awarded project's tab says so and offers to sign (the API decides).
 */
export function ContractTab({ project }: { project: PurchaseProjectView }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const contracted = project.status === 'CONTRACTED';
  const contract = useQuery({
    queryKey: ['procurement', 'p', project.id, 'contract'],
    queryFn: () => contractOfProject(project),
    enabled: contracted,
  });
  if (!contracted) {
    return (
      <Space orientation="vertical" size="middle" className="full-width">
        <Alert
          type="info"
          showIcon
          data-testid="no-contract"
          title={t(
            project.status === 'AWARDED'
              ? 'procurement.projects.contract.notSigned'
              : 'procurement.projects.contract.afterAward',
          )}
        />
        {project.status === 'AWARDED' && <SignContractButton project={project} />}
      </Space>
    );
  }
  if (contract.isError) return <ErrorResult error={contract.error} />;
  if (contract.isPending) return <Spin />;
  const c = contract.data;
  if (!c)
    return <Alert type="warning" showIcon title={t('procurement.projects.contract.notFound')} />;
  return (
    <Space orientation="vertical" size="middle" className="full-width" data-testid="contract-view">
      <Link to={`/procurement/contracts/${c.id}`} data-testid="open-contract">
        {t('procurement.contracts.open')}
      </Link>
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('procurement.projects.undertaker')}>
          {c.undertakerName}
        </Descriptions.Item>
        <Descriptions.Item label={t('procurement.projects.contract.amount')}>
          {yuan(c.amountFen)}
        </Descriptions.Item>
        <Descriptions.Item label={t('procurement.projects.contract.term')}>
          {t('procurement.projects.contract.termValue', {
            start: c.startDate,
            end: c.endDate,
            count: c.months,
          })}
        </Descriptions.Item>
        <Descriptions.Item label={t('procurement.projects.contract.status')}>
          <Tag color={c.status === 'IN_FORCE' ? 'processing' : 'success'}>
            {t(`procurement.projects.contract.statuses.${c.status}`)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('procurement.projects.contract.signedAt')}>
          {dateTime(c.signedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('procurement.projects.policyVersion')}>
          {c.policyVersion}
        </Descriptions.Item>
      </Descriptions>
      <Table<ContractYear>
        size="small"
        rowKey="id"
        title={() => t('procurement.projects.contract.years')}
        dataSource={c.years}
        pagination={localPagination(t, c.years.length)}
        expandable={{
          defaultExpandAllRows: true,
          expandedRowRender: (year) => <InstalmentsTable instalments={year.instalments} />,
        }}
        columns={[
          { title: t('procurement.projects.contract.year'), dataIndex: 'year' },
          { title: t('finance.funds.fiscalYear'), dataIndex: 'fiscalYear' },
          {
            title: t('procurement.projects.contract.period'),
            key: 'period',
            render: (_, y) => `${y.startsOn} ~ ${y.endsOn}`,
          },
          {
            title: t('procurement.projects.contract.amount'),
            dataIndex: 'amountFen',
            align: 'right',
            render: (fen: number) => yuan(fen),
          },
        ]}
      />
    </Space>
  );
}

/** A contract year's instalments: what releases each, the amount (R26), and the payment. */
function InstalmentsTable({ instalments }: { instalments: readonly Instalment[] }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  return (
    <Table<Instalment>
      size="small"
      rowKey="id"
      dataSource={[...instalments]}
      pagination={localPagination(t, instalments.length)}
      columns={[
        { title: t('procurement.projects.contract.instalment'), dataIndex: 'key' },
        {
          title: t('procurement.projects.contract.trigger'),
          dataIndex: 'trigger',
          render: (trigger: Instalment['trigger']) =>
            t(`procurement.projects.contract.triggers.${trigger}`),
        },
        {
          title: t('procurement.projects.contract.amount'),
          dataIndex: 'amountFen',
          align: 'right',
          render: (fen: number) => yuan(fen),
        },
        {
          title: t('procurement.projects.contract.payment'),
          dataIndex: 'payment',
          render: (payment: Instalment['payment']) =>
            t(`procurement.projects.contract.payments.${payment}`),
        },
      ]}
    />
  );
}
