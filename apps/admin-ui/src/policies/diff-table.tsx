import { Empty, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { diffPolicyBodies, type FieldChange, inOrder, listDelta } from './policy-diff';
import type { PolicyKind, PolicyView } from './policy-types';
import { usePolicyLabels } from './use-policy-labels';
import { localPagination } from '../common/local-paging';

/**
 * What changed between two versions of a kind (issue #17): the earlier one first, each field that
 * differs with its old and new value; a list of keywords as the words it lost and gained (R22).
 */
export function DiffTable({ a, b }: { a: PolicyView; b: PolicyView }) {
  const { t } = useTranslation();
  const { fieldLabel } = usePolicyLabels();
  const [before, after] = inOrder(a, b);
  const changes = diffPolicyBodies(before.body, after.body);
  const kind = after.kind;
  return (
    <div data-testid="policy-diff">
      <Typography.Paragraph strong>
        {t('policies.diff.between', { before: before.version, after: after.version })}
      </Typography.Paragraph>
      {changes.length === 0 ? (
        <Empty description={t('policies.diff.same')} />
      ) : (
        <Table<FieldChange>
          size="small"
          rowKey="field"
          pagination={localPagination(t, changes.length)}
          tableLayout="fixed"
          className="policy-diff-table"
          dataSource={changes}
          onRow={(change) => ({ 'data-testid': 'diff-row', 'data-field': change.field }) as object}
          columns={[
            {
              title: t('policies.diff.field'),
              dataIndex: 'field',
              render: (field: string) => fieldLabel(kind, field, after.body, before.body),
            },
            {
              title: t('policies.diff.before', { version: before.version }),
              key: 'before',
              render: (_, change) => <Value kind={kind} change={change} side="before" />,
            },
            {
              title: t('policies.diff.after', { version: after.version }),
              key: 'after',
              render: (_, change) => <Value kind={kind} change={change} side="after" />,
            },
          ]}
        />
      )}
    </div>
  );
}

function Value(props: { kind: PolicyKind; change: FieldChange; side: 'before' | 'after' }) {
  const { kind, change, side } = props;
  const { t } = useTranslation();
  const { formatValue } = usePolicyLabels();
  const value = change[side];
  if (!Array.isArray(change.before) && !Array.isArray(change.after)) {
    return <span data-testid={`diff-${side}`}>{formatValue(kind, change.field, value)}</span>;
  }
  // A list of words: its size, and what this side has that the other has not.
  const { added, removed } = listDelta(change.before, change.after);
  const words = side === 'before' ? removed : added;
  const count = Array.isArray(value) ? value.length : 0;
  return (
    <span data-testid={`diff-${side}`} className="policy-words">
      {t('policies.diff.words', { count })}
      {words.map((word) => (
        <Tag key={word} color={side === 'before' ? 'red' : 'green'}>
          {side === 'before' ? '−' : '+'} {word}
        </Tag>
      ))}
    </span>
  );
}
