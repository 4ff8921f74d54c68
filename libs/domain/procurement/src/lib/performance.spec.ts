import fc from 'fast-check';
import { finalInstalmentAfterEvaluation } from './performance';
import { POLICY } from './purchase-policy.fixture';

describe('rule R25, rule R19: the final instalment follows the final evaluation', () => {
  it('pays in full at or above the pass mark', () => {
    expect(
      finalInstalmentAfterEvaluation(POLICY, { score: 60, amountFen: 2_000_000 }),
    ).toMatchObject({
      outcome: 'PAY',
      payFen: 2_000_000,
      releasedFen: 0,
      policyVersion: 'test.1',
    });
  });

  it('reduces it by the policy percent in the band below the pass mark', () => {
    const decision = finalInstalmentAfterEvaluation(POLICY, { score: 55.5, amountFen: 2_000_000 });
    expect(decision).toMatchObject({ outcome: 'REDUCE', payFen: 1_400_000, releasedFen: 600_000 });
    expect(decision.reason).toContain('30%');
    expect(decision.reasonZh).toContain('扣减 30%');
  });

  it('rounds the reduction up to the fen, so the pay never exceeds its share', () => {
    expect(finalInstalmentAfterEvaluation(POLICY, { score: 50, amountFen: 101 })).toMatchObject({
      payFen: 70,
      releasedFen: 31,
    });
  });

  it('holds it all when the evaluation fails below the band', () => {
    expect(
      finalInstalmentAfterEvaluation(POLICY, { score: 49.99, amountFen: 2_000_000 }),
    ).toMatchObject({
      outcome: 'HOLD',
      payFen: 0,
      releasedFen: 2_000_000,
    });
  });

  it('throws on a score outside 0–100 or with a third decimal, and on an amount not in fen', () => {
    for (const score of [-1, 100.01, 59.999, Number.NaN]) {
      expect(() => finalInstalmentAfterEvaluation(POLICY, { score, amountFen: 100 })).toThrow(
        RangeError,
      );
    }
    expect(() => finalInstalmentAfterEvaluation(POLICY, { score: 80, amountFen: 1.5 })).toThrow(
      RangeError,
    );
  });

  it('property: pay + released is always the instalment, both whole fen, pay never above the outcome', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }).map((h) => h / 100),
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        (score, amountFen) => {
          const d = finalInstalmentAfterEvaluation(POLICY, { score, amountFen });
          expect(Number.isSafeInteger(d.payFen) && Number.isSafeInteger(d.releasedFen)).toBe(true);
          expect(BigInt(d.payFen) + BigInt(d.releasedFen)).toBe(BigInt(amountFen));
          expect(d.payFen).toBeGreaterThanOrEqual(0);
          expect(d.releasedFen).toBeGreaterThanOrEqual(0);
          const outcome = score >= 60 ? 'PAY' : score >= 50 ? 'REDUCE' : 'HOLD';
          expect(d.outcome).toBe(outcome);
          if (outcome === 'REDUCE')
            expect(BigInt(d.payFen) * 100n).toBeLessThanOrEqual(BigInt(amountFen) * 70n);
        },
      ),
    );
  });

  it('property: a higher score never pays less', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 1e12 }),
        (a, b, amountFen) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const pay = (h: number) =>
            finalInstalmentAfterEvaluation(POLICY, { score: h / 100, amountFen }).payFen;
          expect(pay(high)).toBeGreaterThanOrEqual(pay(low));
        },
      ),
    );
  });
});
