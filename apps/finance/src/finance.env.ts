import { PiiServiceEnv } from '@civic/platform/pii';
import { IsIn, IsInt, IsNumber, IsString, Matches, Max, Min } from 'class-validator';

/**
 * The finance service: the common service variables, how payments are worked through (rule R28)
 * and how the simulated treasury behaves (a real bank integration replaces the TREASURY_* ones).
 * PII_KEY seals payees' account numbers at rest (R30).
 */
export class FinanceEnv extends PiiServiceEnv {
  /** Run the payment worker in this process ('false' for an RPC-only replica). */
  @IsIn(['true', 'false'])
  PAYMENTS_WORKER: 'true' | 'false' = 'true';

  /** Payments sent to the bank in one call, and settled in one transaction. */
  @IsInt()
  @Min(1)
  @Max(2000)
  PAYMENT_CHUNK_SIZE: number = 250;

  /** Chunks worked on at once by this process. */
  @IsInt()
  @Min(1)
  @Max(64)
  PAYMENT_CONCURRENCY: number = 4;

  /** How long a payment at the bank is held by one worker before others presume it dead. */
  @IsInt()
  @Min(500)
  @Max(3_600_000)
  PAYMENT_LEASE_MS: number = 60_000;

  /** How often the sweeper looks for payments whose queued job was lost. */
  @IsInt()
  @Min(100)
  @Max(600_000)
  PAYMENT_SWEEP_MS: number = 5_000;

  /** A payment due this long after its job was queued is queued again. */
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  PAYMENT_REQUEUE_MS: number = 60_000;

  /** Sends before a payment that keeps failing is given up as FAILED. */
  @IsInt()
  @Min(1)
  @Max(20)
  PAYMENT_MAX_ATTEMPTS: number = 5;

  @IsInt()
  @Min(0)
  @Max(600_000)
  PAYMENT_RETRY_BASE_MS: number = 1_000;

  @IsInt()
  @Min(0)
  @Max(3_600_000)
  PAYMENT_RETRY_MAX_MS: number = 60_000;

  /** How long to wait for the bank's answer before treating it as unknown. */
  @IsInt()
  @Min(50)
  @Max(600_000)
  TREASURY_TIMEOUT_MS: number = 10_000;

  @IsInt()
  @Min(0)
  @Max(600_000)
  TREASURY_LATENCY_MS: number = 50;

  @IsNumber()
  @Min(0)
  @Max(1)
  TREASURY_DECLINE_RATE: number = 0;

  @IsNumber()
  @Min(0)
  @Max(1)
  TREASURY_UNAVAILABLE_RATE: number = 0;

  @IsNumber()
  @Min(0)
  @Max(1)
  TREASURY_SLOW_RATE: number = 0;

  /**
   * Account numbers the simulated bank treats as frozen: every transfer to them is declined for
   * good (comma-separated; empty: none). Shows a failed payment re-issued to corrected details.
   */
  @IsString()
  @Matches(/^[0-9A-Za-z,\s-]*$/, {
    message: 'TREASURY_FROZEN_ACCOUNTS lists account numbers, comma-separated',
  })
  TREASURY_FROZEN_ACCOUNTS: string = '';
}
