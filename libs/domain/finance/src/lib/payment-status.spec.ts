import {
  nextPaymentStatus,
  PAYMENT_TRANSITIONS,
  PaymentEvent,
  PaymentStatus,
} from './payment-status';

const LEGAL: [PaymentStatus, PaymentEvent, PaymentStatus][] = [
  ['AWAITING_BATCH', 'BATCH', 'IN_BATCH'],
  ['IN_BATCH', 'UNBATCH', 'AWAITING_BATCH'],
  ['IN_BATCH', 'APPROVE', 'PENDING'],
  ['PENDING', 'SEND', 'SENT'],
  ['SENT', 'SETTLE', 'SETTLED'],
  ['SENT', 'FAIL', 'FAILED'],
  ['SENT', 'RETRY', 'PENDING'],
  ['AWAITING_BATCH', 'CANCEL', 'CANCELLED'],
];
const STATUSES = Object.keys(PAYMENT_TRANSITIONS) as PaymentStatus[];
const EVENTS: PaymentEvent[] = [
  'BATCH',
  'UNBATCH',
  'APPROVE',
  'SEND',
  'SETTLE',
  'FAIL',
  'RETRY',
  'CANCEL',
];
const ILLEGAL = STATUSES.flatMap((s) =>
  EVENTS.filter((e) => !LEGAL.some(([f, ev]) => f === s && ev === e)).map((e) => [s, e] as const),
);

describe('rule R28: payment status', () => {
  it.each(LEGAL)('rule R28: %s --%s--> %s', (from, event, to) => {
    expect(nextPaymentStatus(from, event)).toBe(to);
  });

  it.each(ILLEGAL)('rule R28: %s refuses %s, naming both', (status, event) => {
    expect(() => nextPaymentStatus(status, event)).toThrow(
      `rule R28: a payment in status ${status} cannot take event ${event}`,
    );
  });

  it('rule R28: a payment is sent only after its batch was approved by a checker', () => {
    expect(() => nextPaymentStatus('AWAITING_BATCH', 'SEND')).toThrow(RangeError);
    expect(() => nextPaymentStatus('IN_BATCH', 'SEND')).toThrow(RangeError);
    expect(() => nextPaymentStatus('REFUSED', 'BATCH')).toThrow(RangeError);
  });

  it('rule R28: a settled payment can never be sent or settled again (at most once)', () => {
    for (const event of EVENTS)
      expect(() => nextPaymentStatus('SETTLED', event)).toThrow(RangeError);
    expect(ILLEGAL).toHaveLength(8 * 8 - LEGAL.length);
  });
});
