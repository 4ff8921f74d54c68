import fc from 'fast-check';
import { checkTranchePlan, splitAward, TrancheShare } from './tranche-plan';

/** 1–6 tranches with positive whole percents summing to 100, the first SIGNING. */
const planArb: fc.Arbitrary<TrancheShare[]> = fc
  .uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 5 })
  .map((cuts) => {
    const bounds = [0, ...[...cuts].sort((a, b) => a - b), 100];
    return bounds.slice(1).map((end, i) => ({
      key: i === 0 ? 'SIGNING' : `T${i}`,
      percent: end - bounds[i],
    }));
  });

describe('rule R19: tranche properties', () => {
  it('rule R19: every generated plan is valid', () => {
    fc.assert(fc.property(planArb, (plan) => expect(checkTranchePlan(plan)).toEqual({ ok: true })));
  });

  it('rule R19: tranches sum exactly to the award, each within 1 fen of its share', () => {
    fc.assert(
      fc.property(planArb, fc.integer({ min: 0, max: 10 ** 13 }), (plan, amountFen) => {
        const tranches = splitAward(amountFen, plan);
        expect(tranches.map((t) => t.key)).toEqual(plan.map((t) => t.key));
        expect(tranches.reduce((sum, t) => sum + t.amountFen, 0)).toBe(amountFen);
        for (const t of tranches) {
          expect(Number.isSafeInteger(t.amountFen)).toBe(true);
          const exact = (BigInt(amountFen) * BigInt(t.percent)) / 100n;
          expect(BigInt(t.amountFen) - exact).toBeGreaterThanOrEqual(0n);
          expect(BigInt(t.amountFen) - exact).toBeLessThanOrEqual(1n);
        }
      }),
    );
  });

  it('rule R19: with the default plan, tranches sum exactly to the award', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (amountFen) => {
        const total = splitAward(amountFen).reduce((sum, t) => sum + BigInt(t.amountFen), 0n);
        expect(total).toBe(BigInt(amountFen));
      }),
    );
  });
});
