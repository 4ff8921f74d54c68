import { toCommonScale, toExactDecimal } from './exact-decimal';
import { assertNonNegativeFen, Fen } from './fen';

/**
 * Split `total` fen in proportion to `weights` by the largest-remainder method (rule R26).
 *
 * Exact: each weight is read as the decimal it prints as (`33.3` is exactly 333/10), scaled to
 * integers, and all arithmetic is bigint. Parts sum exactly to `total`, are never negative,
 * and each differs from its exact proportional share by less than 1 fen. Zero weights get 0.
 * Leftover fen go to the largest remainders; equal remainders go to the lower index first.
 */
// rule R26
export function allocateByWeights(total: Fen, weights: readonly number[]): Fen[] {
  assertNonNegativeFen(total, 'total');
  if (!Array.isArray(weights) || weights.length === 0) {
    throw new RangeError('weights must be a non-empty array');
  }
  const { units } = toCommonScale(
    weights.map((weight, index) => {
      const exact = toExactDecimal(weight, `weights[${index}]`);
      if (exact.units < 0n) {
        throw new RangeError(`weights[${index}] must not be negative, got ${weight}`);
      }
      return exact;
    }),
  );
  const weightSum = units.reduce((sum, w) => sum + w, 0n);
  if (weightSum === 0n) {
    throw new RangeError('weights must not all be zero');
  }
  return largestRemainder(BigInt(total), units, weightSum);
}

// rule R19 (tranches 50/30/20) and rule R26: split by percents that sum to exactly 100.
export function splitByPercents(total: Fen, percents: readonly number[]): Fen[] {
  if (!Array.isArray(percents) || percents.length === 0) {
    throw new RangeError('percents must be a non-empty array');
  }
  const { units, scale } = toCommonScale(
    percents.map((p, index) => {
      const exact = toExactDecimal(p, `percents[${index}]`);
      if (exact.units < 0n)
        throw new RangeError(`percents[${index}] must not be negative, got ${p}`);
      return exact;
    }),
  );
  const sum = units.reduce((acc, u) => acc + u, 0n);
  if (sum !== 100n * 10n ** BigInt(scale)) {
    throw new RangeError(`percents must sum to exactly 100, got ${percents.join(' + ')}`);
  }
  return allocateByWeights(total, percents);
}

// rule R14 and rule R26: `percent` % of `total`, rounded down to whole fen (e.g. the 30 % rural reserve).
export function percentOf(total: Fen, percent: number): Fen {
  assertNonNegativeFen(total, 'total');
  const { units, scale } = toExactDecimal(percent, 'percent');
  if (units < 0n || units > 100n * 10n ** BigInt(scale)) {
    throw new RangeError(`percent must be between 0 and 100, got ${percent}`);
  }
  return Number((BigInt(total) * units) / (100n * 10n ** BigInt(scale)));
}

function largestRemainder(total: bigint, weights: bigint[], weightSum: bigint): Fen[] {
  const parts = weights.map((w) => (total * w) / weightSum);
  const remainders = weights.map((w) => (total * w) % weightSum);
  let leftover = total - parts.reduce((sum, p) => sum + p, 0n);
  const order = weights
    .map((_, index) => index)
    .sort((a, b) => compareDesc(remainders[a], remainders[b]) || a - b);
  // leftover < number of positive remainders, so a zero weight (remainder 0) never gets a fen.
  for (const index of order) {
    if (leftover === 0n) break;
    parts[index] += 1n;
    leftover -= 1n;
  }
  return parts.map(Number);
}

function compareDesc(a: bigint, b: bigint): number {
  return a === b ? 0 : a > b ? -1 : 1;
}
