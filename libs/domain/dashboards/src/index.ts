export {
  COHORT_OUTCOME_LABELS_ZH,
  COHORT_OUTCOMES,
  cohortOutcomeDelta,
  noCohortOutcomes,
} from './lib/cohort-outcomes';
export type { CohortOutcome, CohortOutcomeCounts } from './lib/cohort-outcomes';
export {
  beijingDaysBetween,
  beijingTimeText,
  beijingYearOf,
  MAX_DASHBOARD_YEAR,
  MIN_DASHBOARD_YEAR,
  yearOfDate,
} from './lib/dashboard-year';
export { durationStats, percentileDays } from './lib/day-histogram';
export type { DayHistogram, DurationStats } from './lib/day-histogram';
export {
  childLevelOf,
  DIVISION_CODE_LENGTH,
  DIVISION_LEVEL_LABELS_ZH,
  DIVISION_LEVELS,
  DivisionLevel,
  divisionLevelOf,
  isDivisionCode,
  isWithin,
  narrowArea,
  parentCodeOf,
  UNKNOWN_STREET_CODE,
} from './lib/division-level';
export { shareAgainst, shareOf } from './lib/share';
export type { Share, TargetShare } from './lib/share';
