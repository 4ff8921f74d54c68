import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalizedMessage } from '../../organizations/localized';
import { dateTime } from '../calls/call-columns';
import { useVentureLabels } from '../labels';
import type { AssignmentView, RecusalView } from '../types';
import { localPagination } from '../../common/local-paging';

/** Who reviews each proposal (R18). */
export function AssignmentsTable({ assignments }: { assignments: readonly AssignmentView[] }) {
  const { t } = useTranslation();
  return (
    <Table<AssignmentView>
      rowKey="proposalId"
      size="small"
      data-testid="assignments-table"
      title={() => t('venture.draw.assignments')}
      dataSource={[...assignments]}
      pagination={localPagination(t, assignments.length)}
      columns={[
        { title: t('venture.fields.proposal'), dataIndex: 'proposalTitle' },
        {
          title: t('venture.draw.reviewers'),
          dataIndex: 'reviewerNames',
          render: (names: string[]) =>
            names.map((name) => (
              <Tag key={name} data-testid="assigned-reviewer">
                {name}
              </Tag>
            )),
        },
      ]}
    />
  );
}

/** Every recusal the draw logged, each clause of 财库〔2016〕198号 art. 16 with its reason (R18). */
export function RecusalsTable({ recusals }: { recusals: readonly RecusalView[] }) {
  const { t } = useTranslation();
  const labels = useVentureLabels();
  const localized = useLocalizedMessage();
  return (
    <Table<RecusalView>
      rowKey={(r) => `${r.proposalId}/${r.reviewerId}`}
      size="small"
      data-testid="recusals-table"
      title={() => t('venture.draw.recusals', { count: recusals.length })}
      dataSource={[...recusals]}
      pagination={localPagination(t, recusals.length)}
      locale={{ emptyText: t('venture.draw.noRecusals') }}
      columns={[
        { title: t('venture.fields.proposal'), dataIndex: 'proposalTitle' },
        { title: t('venture.draw.reviewer'), dataIndex: 'reviewerName', className: 'nowrap' },
        {
          title: t('venture.draw.clause'),
          key: 'clauses',
          render: (_, r) =>
            r.clauses.map((c) => (
              <div key={c.clause} data-testid="recusal-clause" data-clause={c.clause}>
                <Tag color="red">{labels.clause(c.clause)}</Tag>
                <span className="secondary-text">{localized(c)}</span>
              </div>
            )),
        },
        {
          title: t('venture.draw.loggedAt'),
          dataIndex: 'loggedAt',
          className: 'nowrap',
          render: dateTime,
        },
      ]}
    />
  );
}
