import { useTranslation } from 'react-i18next';
import type { SupportPackageDto } from '../api/types';
import { useYuan } from '../common/use-yuan';

/** What a cohort gives each organization it admits (R15), one line each. */
export function SupportList({ support }: { support: SupportPackageDto }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const lines = [
    support.spaceM2 > 0 && t('incubation.support.space', { m2: support.spaceM2 }),
    support.monthlyFeeFen > 0 &&
      t('incubation.support.fees', {
        amount: yuan(support.monthlyFeeFen),
        percent: support.feeWaivedPercent,
      }),
    support.startupSubsidyFen > 0 &&
      t('incubation.support.subsidy', { amount: yuan(support.startupSubsidyFen) }),
    support.trainingSessions > 0 &&
      t('incubation.support.trainings', { count: support.trainingSessions }),
  ].filter((line): line is string => !!line);
  return (
    <ul className="reason-list" data-testid="support">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
