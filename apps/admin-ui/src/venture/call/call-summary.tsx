import { Card, Descriptions, Space, Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useYuan } from '../../common/use-yuan';
import { dateTime } from '../calls/call-columns';
import { useVentureLabels } from '../labels';
import { PhaseTag } from '../tags';
import type { CallView, RubricCriterionDto } from '../types';
import { localPagination } from '../../common/local-paging';

/** A call's terms (R17): money, focus groups, deadline and phase, its rubric and tranches (R19). */
export function CallSummary({ call, extra }: { call: CallView; extra?: ReactNode }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const labels = useVentureLabels();
  return (
    <Card
      title={<span data-testid="call-title">{call.name}</span>}
      extra={
        <Space>
          {extra}
          <PhaseTag phase={call.phase} />
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('finance.funds.fiscalYear')}>
          {call.fiscalYear}
        </Descriptions.Item>
        <Descriptions.Item label={t('venture.fields.budget')}>
          {yuan(call.budgetFen)}
        </Descriptions.Item>
        <Descriptions.Item label={t('venture.fields.range')}>
          {t('venture.calls.range', { min: yuan(call.minFen), max: yuan(call.maxFen) })}
        </Descriptions.Item>
        <Descriptions.Item label={t('venture.fields.ruralReserve')}>
          {call.ruralReservePercent}%
        </Descriptions.Item>
        <Descriptions.Item label={t('venture.fields.deadline')}>
          {dateTime(call.deadline)}
        </Descriptions.Item>
        <Descriptions.Item label={t('venture.fields.submitted')}>
          {t('venture.calls.submittedOf', { submitted: call.submitted, all: call.proposals })}
        </Descriptions.Item>
        <Descriptions.Item label={t('venture.fields.focusGroups')} span={3}>
          {call.focusGroups.map((g) => (
            <Tag key={g}>{t(`enums.priorityGroup.${g}`)}</Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('venture.tranches.title')} span={3}>
          {call.tranches.map((tr) => (
            <Tag key={tr.key} data-testid="call-tranche">
              {t('venture.tranches.share', { label: labels.tranche(tr.key), percent: tr.percent })}
            </Tag>
          ))}
        </Descriptions.Item>
      </Descriptions>
      <RubricTable rubric={call.rubric} />
    </Card>
  );
}

/** The scoring rubric, read-only: each criterion's weight and full score (R17). */
export function RubricTable({ rubric }: { rubric: readonly RubricCriterionDto[] }) {
  const { t } = useTranslation();
  return (
    <Table<RubricCriterionDto>
      size="small"
      rowKey="key"
      data-testid="rubric-table"
      title={() => t('venture.rubric.title')}
      dataSource={[...rubric]}
      pagination={localPagination(t, rubric.length)}
      columns={[
        { title: t('venture.rubric.name'), dataIndex: 'name' },
        { title: t('venture.rubric.key'), dataIndex: 'key', className: 'secondary-text' },
        {
          title: t('venture.rubric.weight'),
          dataIndex: 'weight',
          align: 'right',
          render: (w: number) => `${w}%`,
        },
        { title: t('venture.rubric.scaleMax'), dataIndex: 'scaleMax', align: 'right' },
      ]}
    />
  );
}
