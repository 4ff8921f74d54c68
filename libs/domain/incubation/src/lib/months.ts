import { assertDay } from '@civic/domain/calendar';

const DAY_MS = 86_400_000;

function partsOf(day: number): [number, number, number] {
  const date = new Date(day * DAY_MS);
  return [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
}

function dayOfParts(year: number, month: number, dayOfMonth: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, dayOfMonth);
  return Math.round(date.getTime() / DAY_MS);
}

/**
 * rule R16: the same day of the month `months` calendar months later (or earlier, if negative),
 * or that month's last day when it is shorter: 31 January + 1 month is 28 (or 29) February.
 * How a cohort's term (default 12 months) ends. Days are China calendar day numbers.
 */
export function addMonths(day: number, months: number): number {
  assertDay(day, 'day', 'R16');
  if (!Number.isSafeInteger(months)) {
    throw new RangeError(`rule R16: months must be a whole number, got ${String(months)}`);
  }
  const [year, month, dayOfMonth] = partsOf(day);
  const total = year * 12 + month + months;
  const [y, m] = [Math.floor(total / 12), ((total % 12) + 12) % 12];
  const lastDay = new Date(dayOfParts(y, m + 1, 1) * DAY_MS - DAY_MS).getUTCDate();
  return dayOfParts(y, m, Math.min(dayOfMonth, lastDay));
}

/**
 * rule R16: whole calendar months from `fromDay` to `toDay` (China calendar days): the most
 * months that can be added to fromDay (see addMonths) without passing toDay. Negative, the same
 * count the other way, when toDay is before fromDay. How long an organization was incubated.
 */
export function monthsBetween(fromDay: number, toDay: number): number {
  assertDay(fromDay, 'fromDay', 'R16');
  assertDay(toDay, 'toDay', 'R16');
  if (toDay < fromDay) return 0 - monthsBetween(toDay, fromDay);
  const [fromYear, fromMonth] = partsOf(fromDay);
  const [toYear, toMonth] = partsOf(toDay);
  const months = (toYear - fromYear) * 12 + (toMonth - fromMonth);
  return addMonths(fromDay, months) > toDay ? months - 1 : months;
}
