import fc from 'fast-check';
import { feeWaiverFen, spaceValueFen } from './in-kind-support';

describe('rule R15 / R26: in-kind support properties', () => {
  it('rule R26: a waiver is the fee × months × percent / 100 rounded down, within the fees', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 100 }),
        (monthlyFeeFen, months, waivedPercent) => {
          const fen = feeWaiverFen({ monthlyFeeFen, months, waivedPercent });
          const exact = (BigInt(monthlyFeeFen) * BigInt(months) * BigInt(waivedPercent)) / 100n;
          expect(Number.isSafeInteger(fen)).toBe(true);
          expect(BigInt(fen)).toBe(exact);
          expect(fen).toBeLessThanOrEqual(monthlyFeeFen * months);
          if (waivedPercent === 100) expect(fen).toBe(monthlyFeeFen * months);
        },
      ),
    );
  });

  it('rule R26: a larger waived share never waives less', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (monthlyFeeFen, months, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(feeWaiverFen({ monthlyFeeFen, months, waivedPercent: lo })).toBeLessThanOrEqual(
            feeWaiverFen({ monthlyFeeFen, months, waivedPercent: hi }),
          );
        },
      ),
    );
  });

  it('rule R26: space value is exact and adds up month by month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        (areaM2, monthlyRateFenPerM2, m1, m2) => {
          const value = (months: number) => spaceValueFen({ areaM2, monthlyRateFenPerM2, months });
          expect(BigInt(value(m1))).toBe(BigInt(areaM2) * BigInt(monthlyRateFenPerM2) * BigInt(m1));
          expect(value(m1) + value(m2)).toBe(value(m1 + m2));
        },
      ),
    );
  });
});
