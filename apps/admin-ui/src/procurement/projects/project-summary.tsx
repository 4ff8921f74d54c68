import { Card, Descriptions, Space, Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useYuan } from '../../common/use-yuan';
import { dateTime } from '../../venture/calls/call-columns';
import { StableTag } from '../catalogue-parts';
import { useOfficerRegions } from '../use-region-options';
import { ProjectStatusTag, useCriterionName } from './project-tags';
import type { EvaluationCriterionDto, PurchaseProjectView } from './project-types';
import { localPagination } from '../../common/local-paging';

/**
 * A project's terms as announced (R25): the catalogue item, region, year, budget (R26), method and
 * why, the contract term (Order 102 art. 24), the R12 reservation, the deadline and the bids in,
 * and the criteria the bids are scored on.
 */
export function ProjectSummary(props: { project: PurchaseProjectView; extra?: ReactNode }) {
  const { project: p, extra } = props;
  const { t } = useTranslation();
  const yuan = useYuan();
  const regions = useOfficerRegions();
  const yesNo = (value: boolean) =>
    t(value ? 'procurement.projects.yes' : 'procurement.projects.no');
  return (
    <Card
      title={
        <Space wrap>
          <span data-testid="project-title">{p.title}</span>
          <ProjectStatusTag status={p.status} />
        </Space>
      }
      extra={extra}
    >
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="project-terms">
        <Descriptions.Item label={t('procurement.projects.catalogueItem')}>
          <Space size={4} wrap>
            {p.catalogueItemName}
            <StableTag stable={p.stableItem} />
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('procurement.projects.region')}>
          {regions.nameOf(p.regionCode)}
        </Descriptions.Item>
        <Descriptions.Item label={t('finance.funds.fiscalYear')}>{p.fiscalYear}</Descriptions.Item>
        <Descriptions.Item label={t('procurement.projects.budget')}>
          <span data-testid="project-budget">{yuan(p.budgetFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('procurement.projects.method')}>
          {t(`procurement.projects.methods.${p.method}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('procurement.projects.contractMonths')}>
          {t('procurement.projects.months', { count: p.contractMonths })}
        </Descriptions.Item>
        <Descriptions.Item label={t('procurement.projects.budgetSecured')}>
          {yesNo(p.budgetSecured)}
        </Descriptions.Item>
        <Descriptions.Item label={t('procurement.projects.reserved')}>
          {p.reservedForSocialOrganizations ? (
            <Tag color="green" data-testid="reserved-tag">
              {t('procurement.projects.reservedShort')}
            </Tag>
          ) : (
            yesNo(false)
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('procurement.projects.policyVersion')}>
          {p.policyVersion}
        </Descriptions.Item>
        {p.announcedAt && (
          <Descriptions.Item label={t('procurement.projects.announcedAt')}>
            {dateTime(p.announcedAt)}
          </Descriptions.Item>
        )}
        {p.bidDeadline && (
          <Descriptions.Item label={t('procurement.projects.bidDeadline')}>
            <span data-testid="project-deadline">{dateTime(p.bidDeadline)}</span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('procurement.projects.bidCount')}>
          <span data-testid="project-bids">{p.bidCount}</span>
        </Descriptions.Item>
        {p.methodJustification && (
          <Descriptions.Item label={t('procurement.projects.methodJustification')} span={3}>
            {p.methodJustification}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('procurement.projects.description')} span={3}>
          <span className="catalogue-description">{p.description}</span>
        </Descriptions.Item>
      </Descriptions>
      <CriteriaTable criteria={p.criteria} />
    </Card>
  );
}

/** The criteria announced (R25): each one's weight, full score, kind and whether a tilt (R12). */
export function CriteriaTable({ criteria }: { criteria: readonly EvaluationCriterionDto[] }) {
  const { t } = useTranslation();
  const nameOf = useCriterionName();
  return (
    <Table<EvaluationCriterionDto>
      size="small"
      rowKey="key"
      data-testid="criteria-table"
      title={() => t('procurement.projects.criteria')}
      dataSource={[...criteria]}
      pagination={localPagination(t, criteria.length)}
      columns={[
        { title: t('procurement.projects.criterion'), key: 'name', render: (_, c) => nameOf(c) },
        {
          title: t('procurement.projects.criterionKey'),
          dataIndex: 'key',
          className: 'secondary-text',
        },
        {
          title: t('procurement.projects.weight'),
          dataIndex: 'weight',
          align: 'right',
          render: (w: number) => `${w}%`,
        },
        { title: t('procurement.projects.max'), dataIndex: 'max', align: 'right' },
        {
          title: t('procurement.projects.criterionKind'),
          key: 'kind',
          render: (_, c) => (
            <Space size={4}>
              {t(`procurement.projects.criterionKinds.${c.kind ?? 'PANEL'}`)}
              {c.tilt && <Tag color="green">{t('procurement.projects.tilt')}</Tag>}
            </Space>
          ),
        },
      ]}
    />
  );
}
