import { assertDay, dateStringOfDay, dayOfDateString } from '@civic/domain/calendar';

const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * rule R18: the same month and day `years` calendar years later (earlier, if negative); 29
 * February becomes 28 February in a year that has none. How long after an organization tie ended
 * it still counts. Days are China calendar day numbers; the result is from year 1000 to 9999.
 */
export function addYears(day: number, years: number): number {
  assertDay(day, 'day', 'R18');
  if (!Number.isSafeInteger(years)) {
    throw new RangeError(`rule R18: years must be a whole number, got ${String(years)}`);
  }
  const date = Math.abs(day) < 3e6 ? dateStringOfDay(day) : '';
  const [year, month, dayOfMonth] = /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? date.split('-').map(Number)
    : [Number.NaN, 0, 0];
  const target = year + years;
  if (!(target >= 1000 && target <= 9999)) {
    throw new RangeError(
      `rule R18: ${years} years from day ${day} is outside the years 1000 to 9999`,
    );
  }
  const last = month === 2 && dayOfMonth === 29 && !isLeap(target) ? 28 : dayOfMonth;
  return dayOfDateString(`${pad(target, 4)}-${pad(month)}-${pad(last)}`, 'day', 'R18');
}
