import { Alert, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListPages } from '../common/list-pages';
import { usePaging } from '../common/use-paging';
import { DiffTable } from './diff-table';
import { usePolicies, usePoliciesInForce } from './policy-queries';
import type { PolicyView } from './policy-types';
import { VersionCard } from './version-card';
import { ExportButton } from '../common/export-button';

/**
 * The versions waiting for a second administrator (R28), newest first, a page at a time: each
 * with what it changes against the version in force for its region on its first day, and the
 * decisions the user may take. Nothing waiting: nothing shown.
 */
export function PendingList() {
  const { t } = useTranslation();
  const paging = usePaging({ pageSize: 10 });
  const pending = usePolicies({ status: 'PROPOSED' }, paging.query);
  const pagination = paging.pagination(pending.data);
  if (pending.isError) {
    return <Alert type="error" showIcon title={pending.error.message} className="form-alert" />;
  }
  if (!pending.data || pending.data.total === 0) return null;
  return (
    <section data-testid="policy-pending">
      <Typography.Title level={5}>
        {t('policies.pending.title', { count: pending.data.total })}
      </Typography.Title>
      <div className="filter-bar">
        <ExportButton path="/api/v1/policies/export.xlsx" filters={{ status: 'PROPOSED' }} />
      </div>
      <Space orientation="vertical" size="middle" className="full-width">
        {pending.data.items.map((doc) => (
          <VersionCard key={doc.id} doc={doc} showKind>
            <AgainstInForce doc={doc} />
          </VersionCard>
        ))}
        <ListPages pagination={{ ...pagination, simple: true }} testId="policy-pending-pages" />
      </Space>
    </section>
  );
}

/** What a proposed version changes against the one in force for its region on its first day. */
function AgainstInForce({ doc }: { doc: PolicyView }) {
  const inForce = usePoliciesInForce(doc.regionCode, doc.effectiveFrom);
  const current = inForce.data?.items.find((item) => item.kind === doc.kind);
  return current ? <DiffTable a={current} b={doc} /> : null;
}
