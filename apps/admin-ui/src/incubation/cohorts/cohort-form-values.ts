import { DEFAULT_INCUBATION_POLICY } from '@civic/domain/incubation';
import dayjs, { type Dayjs } from 'dayjs';
import type { CreateCohortDto, GraduationCriterionDto, SupportPackageDto } from '../../api/types';
import type { ViolationMapping } from '../../common/form-violations';
import { parseYuan } from '../../common/yuan-input';
import { criterionDto } from '../criteria';

type Money = 'monthlyFeeFen' | 'startupSubsidyFen';

export interface CohortFormValues extends Omit<
  CreateCohortDto,
  'windowOpensOn' | 'windowClosesOn' | 'startsOn' | 'support' | 'graduationCriteria'
> {
  windowOpensOn: Dayjs;
  windowClosesOn: Dayjs;
  startsOn: Dayjs;
  support: Omit<SupportPackageDto, Money> & { monthlyFeeYuan: string; startupSubsidyYuan: string };
  graduationCriteria: Partial<GraduationCriterionDto>[];
}

/** The API names amounts in fen; the form has them in yuan. */
export const COHORT_MAPPING: ViolationMapping = {
  aliases: {
    'support.monthlyFeeFen': 'support.monthlyFeeYuan',
    'support.startupSubsidyFen': 'support.startupSubsidyYuan',
  },
  lists: ['eligibleCategories'],
};

/**
 * A new cohort starts from the policy in force (R16: a 12-month term; R14: a 30 % rural
 * reserve), a window open from today for 30 days and a term starting 15 days after it.
 */
export function initialCohortValues(
  baseId: string | undefined,
  today: Dayjs = dayjs(),
): Partial<CohortFormValues> {
  const { defaultTermMonths, ruralReservePercent } = DEFAULT_INCUBATION_POLICY;
  return {
    baseId,
    windowOpensOn: today,
    windowClosesOn: today.add(30, 'day'),
    startsOn: today.add(45, 'day'),
    termMonths: defaultTermMonths,
    ruralReservePercent,
    support: {
      spaceM2: 0,
      monthlyFeeYuan: '0',
      feeWaivedPercent: 100,
      startupSubsidyYuan: '0',
      trainingSessions: 0,
    },
    graduationCriteria: [{ kind: 'MIN_MONTHS', months: defaultTermMonths }],
  };
}

const day = (value: Dayjs) => value.format('YYYY-MM-DD');

/** The body of POST /cohorts: dates as YYYY-MM-DD, amounts typed in yuan sent as fen (R26). */
export function toCohortDto(values: CohortFormValues): CreateCohortDto {
  const { monthlyFeeYuan, startupSubsidyYuan, ...support } = values.support;
  const categories = values.eligibleCategories ?? [];
  return {
    baseId: values.baseId,
    name: values.name.trim(),
    capacity: values.capacity,
    windowOpensOn: day(values.windowOpensOn),
    windowClosesOn: day(values.windowClosesOn),
    startsOn: day(values.startsOn),
    termMonths: values.termMonths,
    ruralReservePercent: values.ruralReservePercent,
    support: {
      ...support,
      monthlyFeeFen: parseYuan(monthlyFeeYuan)!,
      startupSubsidyFen: parseYuan(startupSubsidyYuan)!,
    },
    graduationCriteria: values.graduationCriteria.map(criterionDto),
    ...(categories.length > 0 ? { eligibleCategories: categories } : {}),
  };
}
