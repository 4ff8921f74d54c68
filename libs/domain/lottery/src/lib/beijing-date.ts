/**
 * Calendar dates as the public and the rules read them: in China Standard Time, UTC+8 all year
 * (China has had no daylight saving since 1991). A day is an integer count of days since
 * 1970-01-01; a date string is `YYYY-MM-DD`. rule R23
 */
const DAY_MS = 86_400_000;
const UTC_OFFSET_MS = 8 * 3_600_000;
const DATE_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;

// rule R23: fail loudly, naming the field, on a Date that holds no time.
export function assertInstant(value: unknown, field: string): asserts value is Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`rule R23: ${field} must be a valid Date, got ${String(value)}`);
  }
}

// rule R23: the China calendar day an instant falls on.
export function beijingDayOf(instant: Date, field = 'instant'): number {
  assertInstant(instant, field);
  return Math.floor((instant.getTime() + UTC_OFFSET_MS) / DAY_MS);
}

// rule R23: the instant a China calendar day begins (00:00 UTC+8).
export function beijingMidnight(day: number): Date {
  return new Date(day * DAY_MS - UTC_OFFSET_MS);
}

// rule R23: read a real calendar date `YYYY-MM-DD` as a day number.
export function dayOfDateString(value: unknown, field: string): number {
  const match = typeof value === 'string' ? DATE_FORM.exec(value) : null;
  const [year, month, day] = match === null ? [] : match.slice(1).map(Number);
  const time = match === null ? Number.NaN : Date.UTC(year, month - 1, day);
  if (match === null || new Date(time).toISOString().slice(0, 10) !== value) {
    throw new RangeError(`rule R23: ${field} must be a date YYYY-MM-DD, got ${String(value)}`);
  }
  return time / DAY_MS;
}

// rule R23: a day number as `YYYY-MM-DD`.
export function dateStringOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

// rule R23: a date given as `YYYY-MM-DD`, or as an instant read on the China calendar.
export function dayOf(value: string | Date, field: string): number {
  return value instanceof Date ? beijingDayOf(value, field) : dayOfDateString(value, field);
}
