import { useTranslation } from 'react-i18next';
import type { EvaluationCriterion } from './public-types';

/** The enums of government purchase the pages show, in the UI language. */
type EnumName =
  | 'kind'
  | 'method'
  | 'projectStatus'
  | 'directoryStatus'
  | 'bidStatus'
  | 'contractStatus'
  | 'trigger'
  | 'release'
  | 'payment'
  | 'commitment'
  | 'evaluationKind'
  | 'evaluator'
  | 'decision'
  | 'outcome';

/** `label('kind', 'COMPANY')` → 企业 / Company; an unknown value shows as it is. */
export function useProcurementLabel(): (name: EnumName, value: string) => string {
  const { t, i18n } = useTranslation();
  return (name, value) => {
    const key = `procurement.public.enums.${name}.${value}`;
    return i18n.exists(key) ? t(key) : value;
  };
}

/** A criterion's name in the UI language (the announcement gives both). */
export function useCriterionName(): (criterion: EvaluationCriterion) => string {
  const { i18n } = useTranslation();
  return (criterion) => (i18n.language === 'en' ? criterion.name : criterion.nameZh);
}
