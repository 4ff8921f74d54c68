import { allocateByWeights, percentOf, splitByPercents } from './allocate';

describe('rule R26: allocateByWeights (largest remainder)', () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [200, [1, 1, 1], [67, 67, 66]],
    [10, [1, 2, 3, 4], [1, 2, 3, 4]],
    [7, [1, 1], [4, 3]],
    [0, [3, 2], [0, 0]],
    [1, [1, 1, 1], [1, 0, 0]],
    [5, [0, 1, 0], [0, 5, 0]],
    [3, [0, 1, 1, 0], [0, 2, 1, 0]],
    [6, [0.1, 0.2, 0.3], [1, 2, 3]],
    [1000, [33.3, 33.3, 33.4], [333, 333, 334]],
    [101, [2, 1], [67, 34]],
    [100, [1e20, 1], [100, 0]],
    [100, [1e-10, 3e-10], [25, 75]],
  ])('rule R26: %d fen by weights %p is %p', (total, weights, expected) => {
    const parts = allocateByWeights(total, weights);
    expect(parts).toEqual(expected);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('rule R26: equal remainders go to the lower index first (deterministic)', () => {
    expect(allocateByWeights(2, [1, 1, 1, 1])).toEqual([1, 1, 0, 0]);
    expect(allocateByWeights(3, [1, 1, 1, 1])).toEqual([1, 1, 1, 0]);
  });

  it('rule R26: a larger remainder wins over a lower index', () => {
    // exact shares 10 * [1, 2, 4] / 7 = 1.43, 2.86, 5.71: the remainders are .43, .86, .71
    expect(allocateByWeights(10, [1, 2, 4])).toEqual([1, 3, 6]);
  });

  it('rule R26: stays exact for totals near the safe limit', () => {
    const total = Number.MAX_SAFE_INTEGER;
    const parts = allocateByWeights(total, [1, 1, 1]);
    expect(parts).toEqual([3002399751580331, 3002399751580330, 3002399751580330]);
  });

  it.each([
    [-1, [1], /^total must not be negative/],
    [1.5, [1], /^total must be a safe integer/],
    [10, [], /^weights must be a non-empty array/],
    [10, [0, 0], /^weights must not all be zero/],
    [10, [1, -1], /^weights\[1\] must not be negative/],
    [10, [1, Number.NaN], /^weights\[1\] must be a finite number/],
    [10, [Number.POSITIVE_INFINITY], /^weights\[0\] must be a finite number/],
  ])('rule R26: allocateByWeights(%p, %p) throws %p', (total, weights, message) => {
    expect(() => allocateByWeights(total, weights)).toThrow(RangeError);
    expect(() => allocateByWeights(total, weights)).toThrow(message);
  });
});

describe('rule R19 / R26: splitByPercents', () => {
  it.each([
    [100000, [50, 30, 20], [50000, 30000, 20000]],
    // exact shares 49999.5, 29999.7, 19999.8: the two largest remainders get the leftover fen
    [99999, [50, 30, 20], [49999, 30000, 20000]],
    [1, [50, 30, 20], [1, 0, 0]],
    [10, [33.3, 33.3, 33.4], [3, 3, 4]],
    [100, [100], [100]],
    [7, [0, 100], [0, 7]],
  ])('rule R19: %d fen at %p %% is %p', (total, percents, expected) => {
    expect(splitByPercents(total, percents)).toEqual(expected);
  });

  it.each([
    [[50, 30], /^percents must sum to exactly 100, got 50 \+ 30/],
    [[50, 30, 20.01], /must sum to exactly 100/],
    [[60, 60, -20], /^percents\[2\] must not be negative, got -20/],
    [[], /^percents must be a non-empty array/],
    [[100, Number.NaN], /^percents\[1\] must be a finite number/],
  ])('rule R19: refuses percents %p', (percents, message) => {
    expect(() => splitByPercents(1000, percents)).toThrow(RangeError);
    expect(() => splitByPercents(1000, percents)).toThrow(message);
  });

  it('rule R19: checks the sum exactly, not in floating point', () => {
    // 0.1 + 0.2 + 99.7 is 100.00000000000001 in floating point; the exact sum is 100.
    expect(splitByPercents(1000, [0.1, 0.2, 99.7])).toEqual([1, 2, 997]);
  });
});

describe('rule R14 / R26: percentOf rounds down', () => {
  it.each([
    [1000000, 30, 300000],
    [10, 30, 3],
    [25, 30, 7],
    [99, 30, 29],
    [0, 30, 0],
    [12345, 0, 0],
    [12345, 100, 12345],
    [1000, 12.5, 125],
    [999, 33.3, 332],
    [Number.MAX_SAFE_INTEGER, 100, Number.MAX_SAFE_INTEGER],
  ])('rule R14: %d fen at %p %% is %d fen', (total, percent, expected) => {
    expect(percentOf(total, percent)).toBe(expected);
  });

  it.each([
    [100, -1, /^percent must be between 0 and 100/],
    [100, 100.5, /^percent must be between 0 and 100/],
    [100, Number.NaN, /^percent must be a finite number/],
    [-100, 30, /^total must not be negative/],
  ])('rule R14: percentOf(%p, %p) throws', (total, percent, message) => {
    expect(() => percentOf(total, percent)).toThrow(RangeError);
    expect(() => percentOf(total, percent)).toThrow(message);
  });
});
