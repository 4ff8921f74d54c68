import { Grid, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../common/error-result';
import { ListPages } from '../common/list-pages';
import { usePaging } from '../common/use-paging';
import { useHistoryColumns } from './history-columns';
import { usePolicies } from './policy-queries';
import type { PolicyKind, PolicyView } from './policy-types';
import { VersionCard } from './version-card';

/**
 * Every version of a kind (for one region, or all), newest proposal first, a page at a time
 * (nothing cut): a table on a wide screen, cards on a phone; each can be picked to compare.
 */
export function HistoryList(props: {
  kind: PolicyKind;
  regionCode?: string;
  isPicked: (doc: PolicyView) => boolean;
  toggle: (doc: PolicyView) => void;
}) {
  const { kind, regionCode, isPicked, toggle } = props;
  const { t } = useTranslation();
  const phone = !Grid.useBreakpoint().md;
  const paging = usePaging({ scope: regionCode });
  const history = usePolicies({ kind, ...(regionCode ? { regionCode } : {}) }, paging.query);
  const columns = useHistoryColumns({ isPicked, toggle });
  const pagination = paging.pagination(history.data);
  if (history.isError) return <ErrorResult error={history.error} />;
  if (!phone) {
    return (
      <Table<PolicyView>
        rowKey={(doc) => doc.id}
        data-testid="policy-history"
        loading={history.isPending}
        dataSource={history.data?.items}
        columns={columns}
        pagination={pagination}
        onRow={(doc) =>
          ({ 'data-testid': 'policy-version', 'data-version': doc.version }) as object
        }
        locale={{ emptyText: t('policies.history.none') }}
        scroll={{ x: 1000 }}
      />
    );
  }
  return (
    <Space orientation="vertical" size="middle" className="full-width" data-testid="policy-history">
      {history.data?.items.map((doc) => (
        <VersionCard
          key={doc.id}
          doc={doc}
          compare={{ checked: isPicked(doc), onChange: () => toggle(doc) }}
        />
      ))}
      <ListPages
        pagination={{ ...pagination, simple: true, showSizeChanger: false }}
        testId="policy-history-pages"
      />
    </Space>
  );
}
