import { BASE_LEVELS, GRADUATION_CRITERION_KINDS } from '@civic/domain/incubation';
import {
  AREA_TYPES,
  FOUNDER_BACKGROUNDS,
  MANAGEMENT_TIERS,
  ORGANIZATION_CATEGORIES,
  PRIORITY_GROUPS,
} from '@civic/domain/organizations';
import { useTranslation } from 'react-i18next';

/** The enums of domain.md R1, R5, R7, R8, R15, R16 and the i18n group holding their labels. */
export const ENUMS = {
  category: ORGANIZATION_CATEGORIES,
  areaType: AREA_TYPES,
  tier: MANAGEMENT_TIERS,
  founderBackground: FOUNDER_BACKGROUNDS,
  priorityGroup: PRIORITY_GROUPS,
  baseLevel: BASE_LEVELS,
  criterionKind: GRADUATION_CRITERION_KINDS,
} as const;

export type EnumName = keyof typeof ENUMS;

/** Select/checkbox options for an enum, labelled in the UI language. */
export function useEnumOptions<N extends EnumName>(name: N) {
  const { t } = useTranslation();
  return ENUMS[name].map((value) => ({
    value: value as (typeof ENUMS)[N][number],
    label: t(`enums.${name}.${value}`),
  }));
}
