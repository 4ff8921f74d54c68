import fc from 'fast-check';
import { durationStats, percentileDays } from './day-histogram';

describe('times from day histograms (rules R16, R28)', () => {
  it('rule R16: count, median and 90th percentile by nearest rank', () => {
    // 1,2,2,3,3,3,4,5,9,30 days
    const histogram = [
      { days: 3, count: 3 },
      { days: 1, count: 1 },
      { days: 2, count: 2 },
      { days: 4, count: 1 },
      { days: 5, count: 1 },
      { days: 9, count: 1 },
      { days: 30, count: 1 },
    ];
    expect(durationStats(histogram)).toEqual({ count: 10, medianDays: 3, p90Days: 9 });
    expect(percentileDays(histogram, 100)).toBe(30);
    expect(percentileDays(histogram, 1)).toBe(1);
  });

  it('rule R16: nothing yet: count 0, no median, no 90th percentile', () => {
    expect(durationStats([])).toEqual({ count: 0, medianDays: null, p90Days: null });
    expect(durationStats([{ days: 4, count: 0 }])).toEqual({
      count: 0,
      medianDays: null,
      p90Days: null,
    });
  });

  it.each([
    [[{ days: -1, count: 1 }], /histogram\[0\]\.days/],
    [[{ days: 1, count: 1.5 }], /histogram\[0\]\.count/],
  ])('rule R28: refuses a bad bucket, naming it', (histogram, message) => {
    expect(() => durationStats(histogram)).toThrow(message);
  });

  it.each([0, 101, 50.5])('rule R28: refuses percentile %p', (p) => {
    expect(() => percentileDays([{ days: 1, count: 1 }], p)).toThrow(/whole percentile 1–100/);
  });

  it('rule R16 (property): equals the sorted values at rank ⌈p·N/100⌉, and median ≤ p90', () => {
    const values = fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 300 });
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 100 }), (days, p) => {
        const counts = new Map<number, number>();
        for (const d of days) counts.set(d, (counts.get(d) ?? 0) + 1);
        const histogram = [...counts].map(([d, count]) => ({ days: d, count }));
        const sorted = [...days].sort((a, b) => a - b);
        expect(percentileDays(histogram, p)).toBe(sorted[Math.ceil((p * days.length) / 100) - 1]);
        const stats = durationStats(histogram);
        expect(stats.count).toBe(days.length);
        expect(stats.medianDays!).toBeLessThanOrEqual(stats.p90Days!);
        expect(stats.medianDays!).toBeGreaterThanOrEqual(sorted[0]);
      }),
    );
  });

  it('rule R16 (property): histograms add: stats of two areas together are those of the merged values', () => {
    const histogram = fc.array(
      fc.record({ days: fc.integer({ min: 0, max: 60 }), count: fc.integer({ min: 0, max: 50 }) }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(histogram, histogram, (a, b) => {
        const values = [...a, ...b].flatMap((x) => Array<number>(x.count).fill(x.days));
        const sorted = values.sort((x, y) => x - y);
        const stats = durationStats([...a, ...b]);
        expect(stats.count).toBe(sorted.length);
        expect(stats.p90Days).toBe(
          sorted.length ? sorted[Math.ceil(0.9 * sorted.length) - 1] : null,
        );
      }),
    );
  });
});
