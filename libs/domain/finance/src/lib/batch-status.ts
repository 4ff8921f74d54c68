import { PaymentStatus } from './payment-status';

/**
 * A disbursement batch (rule R28): DRAFT → SUBMITTED → APPROVED | REJECTED;
 * APPROVED → PAYING → PAID | PARTLY_FAILED. REJECTED, PAID and PARTLY_FAILED are final: a
 * rejected batch is replaced by a new one, and the failed payments of a PARTLY_FAILED batch go
 * into a new batch, checked again.
 */
export type BatchStatus =
  'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'PAYING' | 'PAID' | 'PARTLY_FAILED';

export type BatchEvent =
  'SUBMIT' | 'APPROVE' | 'REJECT' | 'START_PAYING' | 'ALL_SETTLED' | 'SOME_FAILED';

export const BATCH_TRANSITIONS: Readonly<
  Record<BatchStatus, Readonly<Partial<Record<BatchEvent, BatchStatus>>>>
> = Object.freeze({
  DRAFT: { SUBMIT: 'SUBMITTED' },
  SUBMITTED: { APPROVE: 'APPROVED', REJECT: 'REJECTED' },
  APPROVED: { START_PAYING: 'PAYING' },
  REJECTED: {},
  PAYING: { ALL_SETTLED: 'PAID', SOME_FAILED: 'PARTLY_FAILED' },
  PAID: {},
  PARTLY_FAILED: {},
});

// rule R28: the status after an event; paying only ever follows an approval. Throws on anything else.
export function nextBatchStatus(status: BatchStatus, event: BatchEvent): BatchStatus {
  const next = BATCH_TRANSITIONS[status]?.[event];
  if (next === undefined) {
    throw new RangeError(
      `rule R28: a batch in status ${String(status)} cannot take event ${String(event)}`,
    );
  }
  return next;
}

/**
 * rule R28: where a PAYING batch stands given its payments: PAYING while any is PENDING or SENT,
 * PAID when all SETTLED, PARTLY_FAILED when all are final and at least one FAILED (even all of
 * them: the name says "not all paid"). FAILED is final: a retried payment is PENDING again.
 */
export function batchOutcome(
  paymentStatuses: readonly PaymentStatus[],
): 'PAYING' | 'PAID' | 'PARTLY_FAILED' {
  if (paymentStatuses.length === 0) {
    throw new RangeError('rule R28: a disbursement batch has at least one payment');
  }
  if (paymentStatuses.some((s) => s === 'PENDING' || s === 'SENT')) return 'PAYING';
  return paymentStatuses.every((s) => s === 'SETTLED') ? 'PAID' : 'PARTLY_FAILED';
}
