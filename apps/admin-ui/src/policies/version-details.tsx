import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { beijingTime } from '../procurement/public/beijing-time';
import { useOfficerRegions } from '../procurement/use-region-options';
import type { PolicyView } from './policy-types';

/**
 * Who and why of one version (issue #17, R28): its region and first day, the reason, who
 * proposed it and when, who decided it (approved, rejected or, the proposer, withdrew) and the
 * note they left.
 */
export function VersionDetails({ doc }: { doc: PolicyView }) {
  const { t } = useTranslation();
  const regions = useOfficerRegions();
  const decided = doc.decidedByName
    ? `${doc.decidedByName}${doc.decidedAt ? ` ${beijingTime(doc.decidedAt)}` : ''}`
    : '—';
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      className="policy-version-details"
      items={[
        { key: 'region', label: t('policies.region'), children: regions.nameOf(doc.regionCode) },
        { key: 'from', label: t('policies.effectiveDate'), children: doc.effectiveFrom },
        {
          key: 'proposer',
          label: t('policies.proposedBy'),
          children: (
            <span data-testid="policy-proposer">
              {doc.proposedByName} {beijingTime(doc.proposedAt)}
            </span>
          ),
        },
        {
          key: 'decider',
          label: t(`policies.decidedBy.${doc.status}`),
          children: <span data-testid="policy-decider">{decided}</span>,
        },
        { key: 'reason', label: t('policies.reason'), span: 'filled', children: doc.reason },
        ...(doc.decisionNote
          ? [
              {
                key: 'note',
                label: t('policies.decisionNote'),
                span: 'filled' as const,
                children: <span data-testid="policy-note">{doc.decisionNote}</span>,
              },
            ]
          : []),
      ]}
    />
  );
}
