import fc from 'fast-check';
import { checkInstalmentSchedule, type InstalmentInput } from './instalments';
import { POLICY } from './purchase-policy.fixture';

/** 1–4 whole percents summing to 100, the last (the final instalment) at least 20. */
const scheduleArb: fc.Arbitrary<InstalmentInput[]> = fc
  .uniqueArray(fc.integer({ min: 1, max: 79 }), { maxLength: 3 })
  .map((cuts) => {
    const bounds = [0, ...[...cuts].sort((a, b) => a - b), 80];
    const early = bounds.slice(1).map((end, i) => end - bounds[i]);
    return [...early.slice(0, -1), early[early.length - 1] + 20];
  })
  .map((percents) =>
    percents.map((percent, i) => ({
      key: i === percents.length - 1 ? 'FINAL' : `I${i}`,
      trigger: i === percents.length - 1 ? 'FINAL_EVALUATION' : i === 0 ? 'SIGNING' : 'MONITORING',
      percent,
    })),
  );

describe('rule R26: instalment properties', () => {
  it('sums exactly to the contract amount in whole fen, each within 1 fen of its share', () => {
    fc.assert(
      fc.property(
        scheduleArb,
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        (schedule, amountFen) => {
          const check = checkInstalmentSchedule(POLICY, amountFen, schedule);
          if (!check.ok) throw new Error(check.message);
          const total = check.instalments.reduce((sum, it) => sum + BigInt(it.amountFen), 0n);
          expect(total).toBe(BigInt(amountFen));
          check.instalments.forEach((it, i) => {
            expect(Number.isSafeInteger(it.amountFen)).toBe(true);
            const exact = (BigInt(amountFen) * BigInt(schedule[i].percent!)) / 100n;
            expect(BigInt(it.amountFen) - exact).toBeGreaterThanOrEqual(0n);
            expect(BigInt(it.amountFen) - exact).toBeLessThanOrEqual(1n);
          });
        },
      ),
    );
  });

  it('fixed amounts pass exactly when they sum to the contract amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e12 }),
        fc.integer({ min: 1, max: 1e12 }),
        fc.integer({ min: -2, max: 2 }),
        (first, final, delta) => {
          const schedule: InstalmentInput[] = [
            { key: 'SIGNING', trigger: 'SIGNING', amountFen: first },
            { key: 'FINAL', trigger: 'FINAL_EVALUATION', amountFen: final },
          ];
          const check = checkInstalmentSchedule(POLICY, first + final + delta, schedule);
          if (delta !== 0)
            expect(check).toMatchObject({ ok: false, code: 'RULE_R26_INSTALMENT_SUM' });
          else expect(check.ok).toBe(BigInt(final) * 100n >= BigInt(first + final) * 20n);
        },
      ),
    );
  });
});
