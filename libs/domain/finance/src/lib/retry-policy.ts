/**
 * How often and how fast a failed payment attempt is retried (rule R28): the delay before retry n
 * is baseMs × factor^(n−1), capped at maxMs; at most maxAttempts attempts in all.
 */
export interface RetryPolicy {
  baseMs: number;
  factor: number;
  maxMs: number;
  maxAttempts: number;
}

/** 1 s, 2 s, 4 s … capped at 60 s; five attempts in all. rule R28 */
export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  baseMs: 1_000,
  factor: 2,
  maxMs: 60_000,
  maxAttempts: 5,
});

/**
 * What a failed attempt says about itself. `retryable` must mean the payment provably did not
 * happen (refused, never received); an ambiguous outcome (a timeout after sending) is resolved by
 * asking the bank about the payment's idempotency key first, never by sending again (rule R28:
 * at most once).
 */
export interface AttemptError {
  retryable: boolean;
}

export type AfterFailedAttempt =
  { status: 'PENDING'; nextAttempt: number; retryInMs: number } | { status: 'FAILED' };

// rule R28: refuse a retry policy that could not have been meant.
export function assertRetryPolicy(policy: RetryPolicy): void {
  const { baseMs, factor, maxMs, maxAttempts } = policy ?? ({} as RetryPolicy);
  const fail = (what: string) => {
    throw new RangeError(`rule R28: retry policy ${what}`);
  };
  if (!Number.isSafeInteger(baseMs) || baseMs < 0)
    fail(`baseMs must be a non-negative integer, got ${baseMs}`);
  if (!Number.isFinite(factor) || factor < 1)
    fail(`factor must be a finite number ≥ 1, got ${factor}`);
  if (!Number.isSafeInteger(maxMs) || maxMs < baseMs)
    fail(`maxMs must be an integer ≥ baseMs, got ${maxMs}`);
  if (!Number.isSafeInteger(maxAttempts) || maxAttempts < 1) {
    fail(`maxAttempts must be a positive integer, got ${maxAttempts}`);
  }
}

// rule R28: the wait, in whole ms, after failed attempt number `attempt` (1-based) before the next.
export function retryDelayMs(attempt: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  assertAttempt(attempt);
  assertRetryPolicy(policy);
  const { baseMs, factor, maxMs } = policy;
  if (baseMs === 0) return 0;
  const delay = baseMs * factor ** (attempt - 1);
  return Number.isFinite(delay) && delay < maxMs ? Math.round(delay) : maxMs;
}

// rule R28: retry only a retryable failure, and only while attempts remain.
export function shouldRetry(
  attempt: number,
  error: AttemptError,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): boolean {
  assertAttempt(attempt);
  assertRetryPolicy(policy);
  return error.retryable === true && attempt < policy.maxAttempts;
}

// rule R28: what a payment becomes after attempt `attempt` failed: PENDING again after a delay, or FAILED.
export function afterFailedAttempt(
  attempt: number,
  error: AttemptError,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): AfterFailedAttempt {
  return shouldRetry(attempt, error, policy)
    ? { status: 'PENDING', nextAttempt: attempt + 1, retryInMs: retryDelayMs(attempt, policy) }
    : { status: 'FAILED' };
}

function assertAttempt(attempt: number): void {
  if (!Number.isSafeInteger(attempt) || attempt < 1) {
    throw new RangeError(`rule R28: attempt must be a positive integer, got ${String(attempt)}`);
  }
}
