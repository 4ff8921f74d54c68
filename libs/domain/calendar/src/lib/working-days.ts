import { assertDay, isoWeekdayOf } from './beijing-date';
import { DEFAULT_WORKING_CALENDAR } from './china-holidays';
import { calendarDays, CalendarDays, WorkingCalendar } from './working-calendar';

/** The most working days one count may span: about 400 years, far beyond any deadline. rule R16 */
export const MAX_WORKING_DAYS = 100_000;

/** 1970-01-05, the first Monday of day numbering. */
const FIRST_MONDAY = 4;

// rule R16: a day is a working day unless a weekend or holiday, or a make-up working day (调休上班).
export function isWorkingDay(
  day: number,
  calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR,
): boolean {
  assertDay(day, 'day', 'R16');
  return worksOn(calendarDays(calendar), day);
}

/**
 * rule R16: the nth working day after `fromDay` ("within n working days"); `fromDay` itself is
 * never counted, and n = 0 gives `fromDay` back.
 */
export function addWorkingDays(
  fromDay: number,
  n: number,
  calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR,
): number {
  assertDay(fromDay, 'fromDay', 'R16');
  if (!Number.isSafeInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
    throw new RangeError(
      `rule R16: n must be a whole number of working days from 0 to ${MAX_WORKING_DAYS}, got ${String(n)}`,
    );
  }
  const days = calendarDays(calendar);
  let day = fromDay;
  for (let counted = 0; counted < n;) {
    day += 1;
    if (worksOn(days, day)) counted += 1;
  }
  return day;
}

/**
 * rule R16: the working days after `fromDay` up to and including `toDay`; negative (the same
 * count the other way) when `toDay` is before `fromDay`, so counts add up across days.
 */
export function workingDaysBetween(
  fromDay: number,
  toDay: number,
  calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR,
): number {
  assertDay(fromDay, 'fromDay', 'R16');
  assertDay(toDay, 'toDay', 'R16');
  const days = calendarDays(calendar);
  if (toDay < fromDay) return 0 - countAfter(days, toDay, fromDay); // never -0
  return countAfter(days, fromDay, toDay);
}

/** Working days in (from, to], from ≤ to: weekdays, less weekday holidays, plus make-up days. */
function countAfter(days: CalendarDays, from: number, to: number): number {
  const inRange = (day: number) => day > from && day <= to;
  const weekday = (day: number) => isoWeekdayOf(day) <= 5;
  let count = weekdaysUpTo(to) - weekdaysUpTo(from);
  for (const day of days.holidays) if (inRange(day) && weekday(day)) count -= 1;
  for (const day of days.makeUpWorkdays) if (inRange(day)) count += 1;
  return count;
}

/** Monday-to-Friday days up to `day`, counted from the first Monday (a prefix count). */
function weekdaysUpTo(day: number): number {
  const next = day - FIRST_MONDAY + 1;
  const weeks = Math.floor(next / 7);
  return 5 * weeks + Math.min(next - 7 * weeks, 5);
}

function worksOn(days: CalendarDays, day: number): boolean {
  if (days.makeUpWorkdays.has(day)) return true;
  return isoWeekdayOf(day) <= 5 && !days.holidays.has(day);
}
