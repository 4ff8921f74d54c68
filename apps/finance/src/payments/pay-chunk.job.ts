/**
 * The payment worker's queue. Jobs carry ids only: the payments' state is read again from
 * Postgres, which is the record. A lost job (Redis lost its data) is queued again by the sweeper.
 * NEVER rename: add a v2.
 */
export const PAYMENTS_QUEUE = '{finance.payments}';
export const PAY_CHUNK_JOB = 'finance.pay-chunk.v1';

/** Up to PAYMENT_CHUNK_SIZE payments of one batch, sent to the bank in one call. */
export interface PayChunkJob {
  batchId: string;
  paymentIds: string[];
}
