import { Checkbox } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { beijingTime } from '../procurement/public/beijing-time';
import { useOfficerRegions } from '../procurement/use-region-options';
import { PolicyStatusTag } from './policy-status-tag';
import type { PolicyView } from './policy-types';
import { VersionActions } from './version-actions';

/** The history table's columns; the last one picks a version for the comparison. */
export function useHistoryColumns(compare: {
  isPicked: (doc: PolicyView) => boolean;
  toggle: (doc: PolicyView) => void;
}): TableColumnsType<PolicyView> {
  const { t } = useTranslation();
  const regions = useOfficerRegions();
  return [
    {
      title: t('policies.diff.pick'),
      key: 'compare',
      width: 72,
      align: 'center',
      render: (_, doc) => (
        <Checkbox
          checked={compare.isPicked(doc)}
          onChange={() => compare.toggle(doc)}
          data-testid="policy-compare"
          aria-label={t('policies.diff.pickVersion', { version: doc.version })}
        />
      ),
    },
    {
      title: t('policies.fields.version'),
      dataIndex: 'version',
      className: 'nowrap',
      render: (version: string) => <span data-testid="policy-version-name">{version}</span>,
    },
    {
      title: t('policies.region'),
      dataIndex: 'regionCode',
      render: (code: string) => regions.nameOf(code),
    },
    { title: t('policies.effectiveDate'), dataIndex: 'effectiveFrom', className: 'nowrap' },
    {
      title: t('policies.statusLabel'),
      dataIndex: 'status',
      className: 'nowrap',
      render: (_, doc) => <PolicyStatusTag status={doc.status} />,
    },
    { title: t('policies.reason'), dataIndex: 'reason' },
    {
      title: t('policies.proposedBy'),
      key: 'proposer',
      render: (_, doc) => (
        <span data-testid="policy-proposer">
          {doc.proposedByName}
          <div className="secondary-text">{beijingTime(doc.proposedAt)}</div>
        </span>
      ),
    },
    {
      title: t('policies.decidedByColumn'),
      key: 'decider',
      render: (_, doc) => (
        <span data-testid="policy-decider">
          {doc.decidedByName ?? '—'}
          {doc.decidedAt && <div className="secondary-text">{beijingTime(doc.decidedAt)}</div>}
        </span>
      ),
    },
    {
      title: t('policies.decisionNote'),
      dataIndex: 'decisionNote',
      render: (note: string | null) => note ?? '—',
    },
    {
      title: t('policies.actions'),
      key: 'actions',
      className: 'nowrap',
      render: (_, doc) => <VersionActions doc={doc} />,
    },
  ];
}
