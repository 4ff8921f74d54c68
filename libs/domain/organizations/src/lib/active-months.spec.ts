import { countActiveMonths } from './active-months';

const AS_OF = new Date('2026-06-15T10:00:00Z');

describe('rule R5: countActiveMonths', () => {
  it.each([
    [[], 0],
    [['2026-06'], 1],
    [['2026-01', '2026-02', '2026-03'], 3],
    [['2025-12'], 0],
    [['2026-07'], 0],
    [['2027-01', '2026-07', '2026-06'], 1],
    [['2026-05', '2026-05', '2026-05'], 1],
    [['2026-01', '2025-12', '2025-01', '2026-06', '2026-06', '2026-08'], 2],
    [['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'], 6],
  ])('rule R5: %p in the 6 months up to June 2026 → %d', (months, expected) => {
    expect(countActiveMonths(months, AS_OF, 6)).toBe(expected);
  });

  it('rule R5: the window crosses a year boundary', () => {
    const asOf = new Date('2026-02-01T00:00:00Z');
    // window Sep 2025 – Feb 2026; March 2026 is in the future
    expect(countActiveMonths(['2025-09', '2025-10', '2026-02', '2026-03'], asOf, 6)).toBe(3);
    expect(countActiveMonths(['2025-08'], asOf, 6)).toBe(0);
    expect(countActiveMonths(['2025-09'], asOf, 6)).toBe(1);
  });

  it('rule R5: uses the UTC month of asOf', () => {
    // 2026-06-30T23:30Z is still June in UTC (though already July in Beijing)
    expect(countActiveMonths(['2026-07'], new Date('2026-06-30T23:30:00Z'), 6)).toBe(0);
    expect(countActiveMonths(['2026-07'], new Date('2026-07-01T00:00:00Z'), 6)).toBe(1);
  });

  it.each([
    [1, 1],
    [3, 2],
    [12, 3],
  ])('rule R5: a %d-month window counts %d months', (window, expected) => {
    expect(countActiveMonths(['2026-06', '2026-04', '2025-08', '2025-06'], AS_OF, window)).toBe(
      expected,
    );
  });

  it.each([['2026-6'], ['2026-13'], ['2026-00'], ['26-06'], ['2026/06'], ['2026-06-01'], ['']])(
    'rule R5: refuses the malformed month %j',
    (bad) => {
      expect(() => countActiveMonths(['2026-01', bad], AS_OF, 6)).toThrow(
        `activity month must be 'YYYY-MM', got ${JSON.stringify(bad)}`,
      );
    },
  );

  it('rule R5: refuses an invalid window or date', () => {
    expect(() => countActiveMonths([], AS_OF, 0)).toThrow(
      'windowMonths must be a positive integer',
    );
    expect(() => countActiveMonths([], AS_OF, 2.5)).toThrow(RangeError);
    expect(() => countActiveMonths([], new Date(Number.NaN), 6)).toThrow(
      'asOf must be a valid Date',
    );
  });
});
