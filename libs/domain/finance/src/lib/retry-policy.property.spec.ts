import fc from 'fast-check';
import { afterFailedAttempt, retryDelayMs } from './retry-policy';

describe('rule R28: retry policy properties', () => {
  const policyArb = fc
    .record({
      baseMs: fc.integer({ min: 0, max: 10_000 }),
      factor: fc.oneof(fc.constantFrom(1, 2, 3), fc.double({ min: 1, max: 10, noNaN: true })),
      extraMs: fc.integer({ min: 0, max: 1_000_000 }),
      maxAttempts: fc.integer({ min: 1, max: 20 }),
    })
    .map(({ extraMs, ...p }) => ({ ...p, maxMs: p.baseMs + extraMs }));

  it('rule R28: delays are whole ms, between the base and the cap, and never shrink', () => {
    fc.assert(
      fc.property(policyArb, fc.integer({ min: 1, max: 2000 }), (policy, attempt) => {
        const delay = retryDelayMs(attempt, policy);
        expect(Number.isSafeInteger(delay)).toBe(true);
        expect(delay).toBeGreaterThanOrEqual(policy.baseMs);
        expect(delay).toBeLessThanOrEqual(policy.maxMs);
        expect(retryDelayMs(attempt + 1, policy)).toBeGreaterThanOrEqual(delay);
      }),
    );
  });

  it('rule R28: a payment is attempted at most maxAttempts times, and a permanent failure never retried', () => {
    fc.assert(
      fc.property(
        policyArb,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }),
        (policy, errors) => {
          let attempt = 1;
          for (const isRetryable of errors) {
            const next = afterFailedAttempt(attempt, { retryable: isRetryable }, policy);
            if (next.status === 'FAILED') break;
            expect(isRetryable).toBe(true);
            expect(next.nextAttempt).toBe(attempt + 1);
            attempt = next.nextAttempt;
          }
          expect(attempt).toBeLessThanOrEqual(policy.maxAttempts);
        },
      ),
    );
  });
});
