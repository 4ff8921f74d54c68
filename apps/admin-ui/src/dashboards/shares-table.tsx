import type { ResponsiveColumns } from '../common/responsive-columns';
import type { Translate } from './chart-option';
import type { FundingDashboardView, PolicyShare } from './dashboard-types';
import { SHARE_KEYS } from './funding-charts';

interface ShareRow {
  key: (typeof SHARE_KEYS)[number];
  share: PolicyShare;
  paid: PolicyShare;
}

/** Whether a share reaches its floor, in words (never a bare true/false). */
function metText(share: PolicyShare, t: Translate): string {
  if (share.met === null)
    return share.targetPercent === null ? t('dashboards.funding.noTarget') : '—';
  return t(share.met ? 'dashboards.funding.met' : 'dashboards.funding.notMet');
}

/**
 * The shares' data table (R10, R12, R14, R21): each share of committed and of paid money as the
 * view words it, its floor and the policy version it comes from, and whether it is met.
 */
export function fundingSharesTable(view: FundingDashboardView, t: Translate) {
  const rows: ShareRow[] = SHARE_KEYS.map((key) => ({
    key,
    share: view.shares[key],
    paid: view.paidShares[key],
  }));
  const columns: ResponsiveColumns<ShareRow> = [
    {
      title: t('dashboards.funding.shareName'),
      key: 'name',
      card: 'title',
      render: (_, r) => t(`dashboards.funding.share.${r.key}`),
    },
    {
      title: t('dashboards.funding.shareOfCommitted'),
      key: 'committed',
      align: 'right',
      render: (_, r) => r.share.text,
    },
    {
      title: t('dashboards.funding.shareOfPaid'),
      key: 'paid',
      align: 'right',
      render: (_, r) => r.paid.text,
    },
    {
      title: t('dashboards.funding.target'),
      key: 'target',
      align: 'right',
      render: (_, r) =>
        r.share.targetPercent === null
          ? t('dashboards.funding.noTarget')
          : t('dashboards.funding.atLeast', { percent: r.share.targetPercent }),
    },
    { title: t('dashboards.funding.reached'), key: 'met', render: (_, r) => metText(r.share, t) },
  ];
  return { rows, columns, rowKey: 'key' as const };
}
