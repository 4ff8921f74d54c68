import fc from 'fast-check';
import { POLICY } from './purchase-policy.fixture';
import { reservedShare } from './reserved-share';

describe('rule R12: the share of the purchase budget reserved for community social organizations', () => {
  it('reports the share against the policy target, exactly in fen', () => {
    expect(reservedShare(POLICY, { totalFen: 1_000_000, reservedFen: 300_000 })).toEqual({
      sharePercent: 30,
      targetPercent: 30,
      meetsTarget: true,
      policyVersion: 'test.1',
    });
    expect(reservedShare(POLICY, { totalFen: 1_000_000, reservedFen: 299_999 })).toMatchObject({
      sharePercent: 29.99,
      meetsTarget: false,
    });
  });

  it('meets a target of nothing to reserve when nothing is budgeted', () => {
    expect(reservedShare(POLICY, { totalFen: 0, reservedFen: 0 })).toMatchObject({
      sharePercent: 0,
      meetsTarget: true,
    });
  });

  it('throws when more is reserved than budgeted, or on amounts not in fen', () => {
    expect(() => reservedShare(POLICY, { totalFen: 10, reservedFen: 11 })).toThrow(RangeError);
    expect(() => reservedShare(POLICY, { totalFen: 10.5, reservedFen: 1 })).toThrow(RangeError);
  });

  it('property: the target is met exactly when reserved × 100 ≥ total × target', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (totalFen, share) => {
          const reservedFen = Math.floor(totalFen * share);
          const result = reservedShare(POLICY, { totalFen, reservedFen });
          expect(result.meetsTarget).toBe(BigInt(reservedFen) * 100n >= BigInt(totalFen) * 30n);
          expect(result.sharePercent).toBeGreaterThanOrEqual(0);
          expect(result.sharePercent).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});
