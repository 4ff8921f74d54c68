import fc from 'fast-check';
import { allocateByWeights, percentOf, splitByPercents } from './allocate';

const totals = fc.bigInt({ min: 0n, max: 10n ** 13n }).map(Number);
const integerWeights = fc
  .array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 25 })
  .filter((ws) => ws.some((w) => w > 0));
/** Weights with up to 2 decimals, e.g. 12.34; `hundredths` holds them exactly as integers. */
const decimalWeights = integerWeights.map((hundredths) => ({
  weights: hundredths.map((h) => h / 100),
  hundredths,
}));
/** Percents in basis points that sum to exactly 100 %, e.g. [12.5, 87.5]. */
const percentSets = fc
  .array(fc.nat({ max: 10_000 }), { minLength: 0, maxLength: 9 })
  .map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), 10_000];
    const basisPoints = points.slice(1).map((p, i) => p - points[i]);
    return { percents: basisPoints.map((bp) => bp / 100), basisPoints };
  });

/** |part − total·w/W| < 1, checked exactly as |part·W − total·w| < W. */
function withinOneFen(total: number, parts: number[], exactWeights: number[]): boolean {
  const sum = exactWeights.reduce((a, w) => a + BigInt(w), 0n);
  return parts.every((part, i) => {
    const diff = BigInt(part) * sum - BigInt(total) * BigInt(exactWeights[i]);
    return (diff < 0n ? -diff : diff) < sum;
  });
}

describe('rule R26: allocation properties', () => {
  it('rule R26: integer weights: parts sum to the total, are never negative, and are within 1 fen of the exact share', () => {
    fc.assert(
      fc.property(totals, integerWeights, (total, weights) => {
        const parts = allocateByWeights(total, weights);
        expect(parts).toHaveLength(weights.length);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(parts.every((p) => Number.isSafeInteger(p) && p >= 0)).toBe(true);
        expect(withinOneFen(total, parts, weights)).toBe(true);
        expect(parts.every((p, i) => weights[i] > 0 || p === 0)).toBe(true);
      }),
    );
  });

  it('rule R26: decimal weights are treated exactly as the decimals they print as', () => {
    fc.assert(
      fc.property(totals, decimalWeights, (total, { weights, hundredths }) => {
        const parts = allocateByWeights(total, weights);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(parts.every((p) => p >= 0)).toBe(true);
        expect(withinOneFen(total, parts, hundredths)).toBe(true);
        // scaling every weight by the same factor changes nothing
        expect(allocateByWeights(total, hundredths)).toEqual(parts);
      }),
    );
  });

  it('rule R19: splitByPercents parts sum to the total and are within 1 fen of the exact share', () => {
    fc.assert(
      fc.property(totals, percentSets, (total, { percents, basisPoints }) => {
        const parts = splitByPercents(total, percents);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(parts.every((p) => p >= 0)).toBe(true);
        expect(withinOneFen(total, parts, basisPoints)).toBe(true);
      }),
    );
  });

  it('rule R14: percentOf is the floor of the exact share', () => {
    fc.assert(
      fc.property(totals, fc.nat({ max: 10_000 }), (total, basisPoints) => {
        const part = percentOf(total, basisPoints / 100);
        const exactTimes10000 = BigInt(total) * BigInt(basisPoints);
        expect(BigInt(part) * 10_000n <= exactTimes10000).toBe(true);
        expect(BigInt(part + 1) * 10_000n > exactTimes10000).toBe(true);
      }),
    );
  });
});
