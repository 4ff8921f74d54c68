/**
 * How long things take, from a histogram of whole days (days → how many), as the timeliness tallies
 * keep it: additive, so areas and years sum, and quantiles come out exact. Rule R16 (admissions
 * answered within 5 working days) and rule R28 (payments made once approved) are what these times
 * are held against.
 */
export type DayHistogram = ReadonlyArray<{ days: number; count: number }>;

export interface DurationStats {
  count: number;
  /** Nearest-rank median: a day count that occurred; null without any. */
  medianDays: number | null;
  /** Nearest-rank 90th percentile; null without any. */
  p90Days: number | null;
}

function checked(histogram: DayHistogram): { days: number; count: number }[] {
  for (const [index, { days, count }] of histogram.entries()) {
    if (!Number.isSafeInteger(days) || days < 0) {
      throw new RangeError(`histogram[${index}].days must be a whole number ≥ 0, got ${days}`);
    }
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(`histogram[${index}].count must be a whole number ≥ 0, got ${count}`);
    }
  }
  return [...histogram].sort((a, b) => a.days - b.days);
}

/**
 * rule R16, rule R28: the nearest-rank p-th percentile (p a whole number 1–100) of the days: the
 * smallest day count with at least ⌈p·N/100⌉ of the N values at or below it, in integers. Null for
 * an empty histogram.
 */
export function percentileDays(histogram: DayHistogram, p: number): number | null {
  if (!Number.isInteger(p) || p < 1 || p > 100) {
    throw new RangeError(`p must be a whole percentile 1–100, got ${p}`);
  }
  const sorted = checked(histogram);
  const total = sorted.reduce((sum, b) => sum + b.count, 0);
  if (total === 0) return null;
  const rank = Math.floor((p * total + 99) / 100);
  let seen = 0;
  for (const bucket of sorted) {
    seen += bucket.count;
    if (seen >= rank) return bucket.days;
  }
  return sorted[sorted.length - 1].days;
}

// rule R16, rule R28: count, median and 90th percentile of a day histogram.
export function durationStats(histogram: DayHistogram): DurationStats {
  const count = checked(histogram).reduce((sum, b) => sum + b.count, 0);
  return {
    count,
    medianDays: percentileDays(histogram, 50),
    p90Days: percentileDays(histogram, 90),
  };
}
