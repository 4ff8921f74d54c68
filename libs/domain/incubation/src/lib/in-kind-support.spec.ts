import { feeWaiverFen, spaceValueFen } from './in-kind-support';

describe('rule R15 / R16 / R26: in-kind support in fen', () => {
  it('rule R15: 15 m² at 30 yuan per m² per month for 12 months is 5,400 yuan', () => {
    expect(spaceValueFen({ areaM2: 15, monthlyRateFenPerM2: 3000, months: 12 })).toBe(540_000);
  });

  it('rule R15: no area, no rent or no months is worth nothing', () => {
    expect(spaceValueFen({ areaM2: 0, monthlyRateFenPerM2: 3000, months: 12 })).toBe(0);
    expect(spaceValueFen({ areaM2: 15, monthlyRateFenPerM2: 0, months: 12 })).toBe(0);
    expect(spaceValueFen({ areaM2: 15, monthlyRateFenPerM2: 3000, months: 0 })).toBe(0);
  });

  it.each([
    [50_000, 12, 100, 600_000],
    [50_000, 12, 50, 300_000],
    [50_000, 12, 0, 0],
    [33_333, 1, 50, 16_666], // 16,666.5 fen rounds down
    [1, 1, 99, 0],
    [999, 7, 33, 2_307], // 6,993 × 33 % = 2,307.69
  ])(
    'rule R15: a fee of %p fen for %p months, %p %% waived, is %p fen',
    (fee, months, percent, fen) => {
      expect(feeWaiverFen({ monthlyFeeFen: fee, months, waivedPercent: percent })).toBe(fen);
    },
  );

  it('rule R26: exact beyond float precision, and refused past the largest safe amount', () => {
    expect(spaceValueFen({ areaM2: 100_000, monthlyRateFenPerM2: 10_000_000, months: 60 })).toBe(
      60_000_000_000_000,
    );
    expect(() =>
      spaceValueFen({ areaM2: 100_000_000, monthlyRateFenPerM2: 10_000_000_000, months: 600 }),
    ).toThrow('rule R26: space value is too large to hold in fen');
    expect(() =>
      feeWaiverFen({ monthlyFeeFen: Number.MAX_SAFE_INTEGER, months: 2, waivedPercent: 10 }),
    ).toThrow('rule R26: fee waiver is too large to hold in fen');
  });

  it.each([
    [{ areaM2: 1.5 }, 'rule R16: areaM2 must be a non-negative whole number, got 1.5'],
    [{ areaM2: -1 }, 'rule R16: areaM2 must be a non-negative whole number, got -1'],
    [{ months: 0.5 }, 'rule R16: months must be a non-negative whole number, got 0.5'],
    [{ monthlyRateFenPerM2: 30.5 }, 'monthlyRateFenPerM2 must be a safe integer number of fen'],
    [{ monthlyRateFenPerM2: -1 }, 'monthlyRateFenPerM2 must not be negative'],
  ])('rule R26: space %p is refused', (over, message) => {
    expect(() =>
      spaceValueFen({ areaM2: 15, monthlyRateFenPerM2: 3000, months: 12, ...over }),
    ).toThrow(message);
  });

  it.each([
    [{ monthlyFeeFen: 1.5 }, 'monthlyFeeFen must be a safe integer number of fen'],
    [{ months: -1 }, 'rule R16: months must be a non-negative whole number, got -1'],
    [{ waivedPercent: 101 }, 'rule R16: waivedPercent must be between 0 and 100, got 101'],
    [{ waivedPercent: -1 }, 'rule R16: waivedPercent must be between 0 and 100, got -1'],
    [{ waivedPercent: Number.NaN }, 'rule R16: waivedPercent must be between 0 and 100, got NaN'],
  ])('rule R26: fee waiver %p is refused', (over, message) => {
    expect(() =>
      feeWaiverFen({ monthlyFeeFen: 50_000, months: 12, waivedPercent: 100, ...over }),
    ).toThrow(message);
  });
});
