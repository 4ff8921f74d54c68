/**
 * Calendar dates as the public and the rules read them: in China Standard Time, UTC+8 all year
 * (China has had no daylight saving since 1991). A day is an integer count of days since
 * 1970-01-01; a date string is `YYYY-MM-DD`. Shared by every rule that counts days: R16
 * (working-day deadlines of incubation cohorts) and R23 (disclosure deadlines and publicity
 * windows of the lottery fund). rule R16, rule R23
 *
 * Errors name the field and, when the caller says which rule it enforces, the rule
 * (`rule R23: today must be ...`), so a user sees what refused the value.
 */
const DAY_MS = 86_400_000;
const UTC_OFFSET_MS = 8 * 3_600_000;
const DATE_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A rule id of domain.md, as error messages cite it. rule R16, rule R23 */
export type RuleId = `R${number}`;

const cite = (rule: RuleId | undefined) => (rule === undefined ? '' : `rule ${rule}: `);

// rule R16, rule R23: fail loudly, naming the field, on a Date that holds no time.
export function assertInstant(value: unknown, field: string, rule?: RuleId): asserts value is Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`${cite(rule)}${field} must be a valid Date, got ${String(value)}`);
  }
}

// rule R16, rule R23: fail loudly, naming the field, on anything but a whole day number.
export function assertDay(value: unknown, field: string, rule?: RuleId): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new RangeError(`${cite(rule)}${field} must be a whole day number, got ${String(value)}`);
  }
}

// rule R16, rule R23: the China calendar day an instant falls on.
export function beijingDayOf(instant: Date, field = 'instant', rule?: RuleId): number {
  assertInstant(instant, field, rule);
  return Math.floor((instant.getTime() + UTC_OFFSET_MS) / DAY_MS);
}

// rule R16, rule R23: the instant a China calendar day begins (00:00 UTC+8).
export function beijingMidnight(day: number): Date {
  return new Date(day * DAY_MS - UTC_OFFSET_MS);
}

// rule R16, rule R23: read a real calendar date `YYYY-MM-DD` as a day number.
export function dayOfDateString(value: unknown, field: string, rule?: RuleId): number {
  const match = typeof value === 'string' ? DATE_FORM.exec(value) : null;
  const [year, month, day] = match === null ? [] : match.slice(1).map(Number);
  const time = match === null ? Number.NaN : Date.UTC(year, month - 1, day);
  if (match === null || new Date(time).toISOString().slice(0, 10) !== value) {
    throw new RangeError(`${cite(rule)}${field} must be a date YYYY-MM-DD, got ${String(value)}`);
  }
  return time / DAY_MS;
}

// rule R16, rule R23: a day number as `YYYY-MM-DD`.
export function dateStringOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

// rule R16, rule R23: a date given as `YYYY-MM-DD`, or as an instant read on the China calendar.
export function dayOf(value: string | Date, field: string, rule?: RuleId): number {
  return value instanceof Date
    ? beijingDayOf(value, field, rule)
    : dayOfDateString(value, field, rule);
}

// rule R16: the ISO weekday of a day, 1 (Monday) to 7 (Sunday); 1970-01-01 was a Thursday.
export function isoWeekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}
