export {
  assertDay,
  assertInstant,
  beijingDayOf,
  beijingMidnight,
  dateStringOfDay,
  dayOf,
  dayOfDateString,
  isoWeekdayOf,
} from './lib/beijing-date';
export type { RuleId } from './lib/beijing-date';
export { DEFAULT_WORKING_CALENDAR } from './lib/china-holidays';
export { assertWorkingCalendar } from './lib/working-calendar';
export type { WorkingCalendar } from './lib/working-calendar';
export {
  addWorkingDays,
  isWorkingDay,
  MAX_WORKING_DAYS,
  workingDaysBetween,
} from './lib/working-days';
export {
  assertCalendarPolicy,
  calendarWithNotices,
  DEFAULT_CALENDAR_POLICY,
  packageNoticeYears,
  type CalendarPolicy,
  type HolidayNotice,
} from './lib/calendar-notices';
