/**
 * One payment (rule R28). Before the bank: AWAITING_BATCH (its programme asked, a finance maker
 * has not batched it yet) → IN_BATCH (its batch waits for a checker; a rejection puts it back) →
 * PENDING (its batch was approved). At the bank: PENDING → SENT → SETTLED | FAILED, and SENT →
 * PENDING when an attempt failed in a way that may be retried (see afterFailedAttempt). A request
 * that exceeds its commitment is REFUSED at once. SETTLED, FAILED and REFUSED are final, so a
 * payment settles at most once.
 */
export type PaymentStatus =
  'AWAITING_BATCH' | 'IN_BATCH' | 'PENDING' | 'SENT' | 'SETTLED' | 'FAILED' | 'REFUSED';

export type PaymentEvent = 'BATCH' | 'UNBATCH' | 'APPROVE' | 'SEND' | 'SETTLE' | 'FAIL' | 'RETRY';

export const PAYMENT_TRANSITIONS: Readonly<
  Record<PaymentStatus, Readonly<Partial<Record<PaymentEvent, PaymentStatus>>>>
> = Object.freeze({
  AWAITING_BATCH: { BATCH: 'IN_BATCH' },
  IN_BATCH: { UNBATCH: 'AWAITING_BATCH', APPROVE: 'PENDING' },
  PENDING: { SEND: 'SENT' },
  SENT: { SETTLE: 'SETTLED', FAIL: 'FAILED', RETRY: 'PENDING' },
  SETTLED: {},
  FAILED: {},
  REFUSED: {},
});

// rule R28: the status after an event; a settled or failed payment never moves again. Throws otherwise.
export function nextPaymentStatus(status: PaymentStatus, event: PaymentEvent): PaymentStatus {
  const next = PAYMENT_TRANSITIONS[status]?.[event];
  if (next === undefined) {
    throw new RangeError(
      `rule R28: a payment in status ${String(status)} cannot take event ${String(event)}`,
    );
  }
  return next;
}
