import { beijingDayOf, dateStringOfDay } from '@civic/domain/calendar';

/** The years a dashboard's year filter takes (as the contracts bound a fiscal year). */
export const MIN_DASHBOARD_YEAR = 2000;
export const MAX_DASHBOARD_YEAR = 2100;

// rule R16, rule R23: the calendar year in China (UTC+8) an instant falls in, as dashboards count it.
export function beijingYearOf(instant: Date): number {
  return Number(dateStringOfDay(beijingDayOf(instant, 'instant')).slice(0, 4));
}

// rule R16, rule R23: the year of a calendar date `YYYY-MM-DD` (a cohort's start, a decision day).
export function yearOfDate(date: string): number {
  const year = /^(\d{4})-\d{2}-\d{2}$/.exec(date)?.[1];
  if (year === undefined) throw new RangeError(`a date YYYY-MM-DD was expected, got "${date}"`);
  return Number(year);
}

// rule R23 (times as the public and the rules read them): `2026-12-07 17:30:05`, China time.
export function beijingTimeText(instant: Date): string {
  beijingDayOf(instant, 'instant');
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * rule R16, rule R28: whole Beijing calendar days from one instant to a later one (submitted on
 * the 3rd, decided on the 5th: 2), as the timeliness tallies count them. A later instant that
 * reads earlier (clocks apart) counts 0, never a negative day.
 */
export function beijingDaysBetween(from: Date, to: Date): number {
  return Math.max(0, beijingDayOf(to, 'to') - beijingDayOf(from, 'from'));
}
