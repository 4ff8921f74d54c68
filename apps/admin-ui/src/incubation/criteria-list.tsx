import { useTranslation } from 'react-i18next';
import type { GraduationCriterionDto } from '../api/types';

/** One graduation criterion in words, e.g. 孵化满 6 个月 (R16). */
export function useCriterionText() {
  const { t } = useTranslation();
  return (c: GraduationCriterionDto) => t(`incubation.criterion.${c.kind}`, { ...c });
}

/** A cohort's recorded graduation criteria (出壳标准, R16). */
export function CriteriaList({ criteria }: { criteria: readonly GraduationCriterionDto[] }) {
  const text = useCriterionText();
  return (
    <ul className="reason-list" data-testid="criteria">
      {criteria.map((c, i) => (
        <li key={i}>{text(c)}</li>
      ))}
    </ul>
  );
}
