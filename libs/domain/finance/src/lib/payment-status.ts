import { stateMachine } from '@civic/domain/programme';

/**
 * One payment (rule R28). Before the bank: AWAITING_BATCH (its programme asked, a finance maker
 * has not batched it yet) → IN_BATCH (its batch waits for a checker; a rejection puts it back) →
 * PENDING (its batch was approved). At the bank: PENDING → SENT → SETTLED | FAILED, and SENT →
 * PENDING when an attempt failed in a way that may be retried (see afterFailedAttempt). A request
 * that exceeds its commitment is REFUSED at once. A payment still awaiting a batch when its
 * commitment is released is CANCELLED (rule R27). SETTLED, FAILED, REFUSED and CANCELLED are
 * final, so a payment settles at most once; a FAILED one is paid, if at all, by a new payment
 * that re-issues it to corrected bank details.
 */
export type PaymentStatus =
  | 'AWAITING_BATCH'
  | 'IN_BATCH'
  | 'PENDING'
  | 'SENT'
  | 'SETTLED'
  | 'FAILED'
  | 'REFUSED'
  | 'CANCELLED';

export type PaymentEvent =
  'BATCH' | 'UNBATCH' | 'APPROVE' | 'SEND' | 'SETTLE' | 'FAIL' | 'RETRY' | 'CANCEL';

export const financePayment = stateMachine<PaymentStatus, PaymentEvent>({
  name: 'payment',
  nameZh: '付款',
  rule: 'R28',
  transitions: {
    AWAITING_BATCH: { BATCH: 'IN_BATCH', CANCEL: 'CANCELLED' },
    IN_BATCH: { UNBATCH: 'AWAITING_BATCH', APPROVE: 'PENDING' },
    PENDING: { SEND: 'SENT' },
    SENT: { SETTLE: 'SETTLED', FAIL: 'FAILED', RETRY: 'PENDING' },
    SETTLED: {},
    FAILED: {},
    REFUSED: {},
    CANCELLED: {},
  },
});

export const PAYMENT_TRANSITIONS = financePayment.transitions;

// rule R28: the status after an event; a settled or failed payment never moves again. Throws otherwise.
export function nextPaymentStatus(status: PaymentStatus, event: PaymentEvent): PaymentStatus {
  const check = financePayment.check(status, event);
  if (check.ok) return check.next;
  throw new RangeError(
    `rule R28: a payment in status ${String(status)} cannot take event ${String(event)}`,
  );
}

/**
 * rule R27, rule R28: statuses in which a payment still draws on its commitment: waiting for a
 * batch, in one, or at the bank. Settled ones have drawn on it; failed, refused and cancelled
 * ones never will.
 */
export const IN_FLIGHT_PAYMENT_STATUSES: readonly PaymentStatus[] = Object.freeze([
  'AWAITING_BATCH',
  'IN_BATCH',
  'PENDING',
  'SENT',
]);
