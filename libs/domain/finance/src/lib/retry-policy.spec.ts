import {
  afterFailedAttempt,
  assertRetryPolicy,
  DEFAULT_RETRY_POLICY,
  retryDelayMs,
  RetryPolicy,
  shouldRetry,
} from './retry-policy';

const retryable = { retryable: true };
const permanent = { retryable: false };

describe('rule R28: payment retries', () => {
  it('rule R28: the default policy is 1 s doubling, capped at 60 s, 5 attempts', () => {
    expect(DEFAULT_RETRY_POLICY).toEqual({ baseMs: 1000, factor: 2, maxMs: 60000, maxAttempts: 5 });
    expect(Object.isFrozen(DEFAULT_RETRY_POLICY)).toBe(true);
  });

  it.each([
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [4, 8000],
    [5, 16000],
    [6, 32000],
    [7, 60000],
    [100, 60000],
    [5000, 60000],
  ])('rule R28: retryDelayMs(%d) is %d ms by default', (attempt, ms) => {
    expect(retryDelayMs(attempt)).toBe(ms);
  });

  it.each([
    [{ baseMs: 500, factor: 3, maxMs: 10_000, maxAttempts: 3 }, [500, 1500, 4500, 10_000]],
    [{ baseMs: 250, factor: 1, maxMs: 250, maxAttempts: 9 }, [250, 250, 250, 250]],
    [{ baseMs: 0, factor: 2, maxMs: 0, maxAttempts: 2 }, [0, 0, 0, 0]],
    [{ baseMs: 100, factor: 1.5, maxMs: 1000, maxAttempts: 4 }, [100, 150, 225, 338]],
  ])('rule R28: retryDelayMs under %p', (policy, delays) => {
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, policy))).toEqual(delays);
  });

  it.each([
    [1, retryable, true],
    [4, retryable, true],
    [5, retryable, false],
    [6, retryable, false],
    [1, permanent, false],
    [4, permanent, false],
  ])('rule R28: shouldRetry after attempt %d of a %p failure is %p', (attempt, error, expected) => {
    expect(shouldRetry(attempt, error)).toBe(expected);
  });

  it.each([
    [1, retryable, { status: 'PENDING', nextAttempt: 2, retryInMs: 1000 }],
    [4, retryable, { status: 'PENDING', nextAttempt: 5, retryInMs: 8000 }],
    [5, retryable, { status: 'FAILED' }],
    [1, permanent, { status: 'FAILED' }],
  ])('rule R28: afterFailedAttempt(%d, %p)', (attempt, error, expected) => {
    expect(afterFailedAttempt(attempt, error)).toEqual(expected);
  });

  it.each([0, -1, 1.5, Number.NaN])('rule R28: attempt %p is refused', (attempt) => {
    expect(() => retryDelayMs(attempt)).toThrow('rule R28: attempt must be a positive integer');
    expect(() => shouldRetry(attempt, retryable)).toThrow(RangeError);
  });

  it.each([
    ['a negative base', { baseMs: -1 }, 'baseMs'],
    ['a factor below 1', { factor: 0.5 }, 'factor'],
    ['an infinite factor', { factor: Infinity }, 'factor'],
    ['a cap below the base', { maxMs: 999 }, 'maxMs'],
    ['zero attempts', { maxAttempts: 0 }, 'maxAttempts'],
  ])('rule R28: a policy with %s is refused', (_name, change, field) => {
    const policy = { ...DEFAULT_RETRY_POLICY, ...change } as RetryPolicy;
    expect(() => assertRetryPolicy(policy)).toThrow(`rule R28: retry policy ${field}`);
    expect(() => retryDelayMs(1, policy)).toThrow(RangeError);
  });
});
