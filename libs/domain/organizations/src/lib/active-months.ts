const MONTH_FORM = /^(\d{4})-(0[1-9]|1[0-2])$/;

// rule R5: distinct activity months within the last `windowMonths` calendar months (UTC),
// up to and including the month of `asOf`. Future months and duplicates do not count.
export function countActiveMonths(
  activityMonths: readonly string[],
  asOf: Date,
  windowMonths: number,
): number {
  if (!(asOf instanceof Date) || Number.isNaN(asOf.getTime())) {
    throw new RangeError('asOf must be a valid Date');
  }
  if (!Number.isSafeInteger(windowMonths) || windowMonths < 1) {
    throw new RangeError(`windowMonths must be a positive integer, got ${windowMonths}`);
  }
  const current = asOf.getUTCFullYear() * 12 + asOf.getUTCMonth();
  const inWindow = new Set<number>();
  for (const month of activityMonths) {
    const index = monthIndex(month);
    if (index <= current && index > current - windowMonths) inWindow.add(index);
  }
  return inWindow.size;
}

/** Months since year 0 for 'YYYY-MM'; throws on anything else. */
function monthIndex(month: string): number {
  const match = typeof month === 'string' ? MONTH_FORM.exec(month) : null;
  if (match === null) {
    throw new RangeError(`activity month must be 'YYYY-MM', got ${JSON.stringify(month)}`);
  }
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}
