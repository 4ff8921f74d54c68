import type { RetryPolicy } from '@civic/domain/finance';
import type { FinanceEnv } from '../finance.env';
import type { SimulatedTreasurySettings } from '../treasury/simulated-treasury';

/** How payments are worked through (rule R28); see FinanceEnv for each value's meaning. */
export interface PaymentSettings {
  redisUrl: string;
  prefix: string;
  worker: boolean;
  chunkSize: number;
  concurrency: number;
  leaseMs: number;
  sweepMs: number;
  requeueMs: number;
  treasuryTimeoutMs: number;
  retry: RetryPolicy;
}

export const PAYMENT_SETTINGS = Symbol('PAYMENT_SETTINGS');

export function paymentSettingsFrom(env: FinanceEnv): PaymentSettings {
  return {
    redisUrl: env.REDIS_URL,
    prefix: env.CIVIC_PREFIX,
    worker: env.PAYMENTS_WORKER === 'true',
    chunkSize: env.PAYMENT_CHUNK_SIZE,
    concurrency: env.PAYMENT_CONCURRENCY,
    leaseMs: env.PAYMENT_LEASE_MS,
    sweepMs: env.PAYMENT_SWEEP_MS,
    requeueMs: env.PAYMENT_REQUEUE_MS,
    treasuryTimeoutMs: env.TREASURY_TIMEOUT_MS,
    retry: {
      baseMs: env.PAYMENT_RETRY_BASE_MS,
      factor: 2,
      maxMs: Math.max(env.PAYMENT_RETRY_MAX_MS, env.PAYMENT_RETRY_BASE_MS),
      maxAttempts: env.PAYMENT_MAX_ATTEMPTS,
    },
  };
}

export function treasurySettingsFrom(env: FinanceEnv): SimulatedTreasurySettings {
  return {
    latencyMs: env.TREASURY_LATENCY_MS,
    declineRate: env.TREASURY_DECLINE_RATE,
    unavailableRate: env.TREASURY_UNAVAILABLE_RATE,
    slowRate: env.TREASURY_SLOW_RATE,
    slowAnswerMs: env.TREASURY_TIMEOUT_MS * 2,
    frozenAccounts: env.TREASURY_FROZEN_ACCOUNTS.split(',')
      .map((n) => n.trim())
      .filter(Boolean),
  };
}
