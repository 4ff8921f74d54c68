/**
 * One payment of a batch (rule R28): PENDING → SENT → SETTLED | FAILED, and SENT → PENDING when
 * an attempt failed in a way that may be retried (see afterFailedAttempt). SETTLED and FAILED are
 * final, so a payment settles at most once.
 */
export type PaymentStatus = 'PENDING' | 'SENT' | 'SETTLED' | 'FAILED';

export type PaymentEvent = 'SEND' | 'SETTLE' | 'FAIL' | 'RETRY';

export const PAYMENT_TRANSITIONS: Readonly<
  Record<PaymentStatus, Readonly<Partial<Record<PaymentEvent, PaymentStatus>>>>
> = Object.freeze({
  PENDING: { SEND: 'SENT' },
  SENT: { SETTLE: 'SETTLED', FAIL: 'FAILED', RETRY: 'PENDING' },
  SETTLED: {},
  FAILED: {},
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
