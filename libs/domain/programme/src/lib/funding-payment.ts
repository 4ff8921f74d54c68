import { stateMachine } from './state-machine';

/**
 * One payment a programme asks of finance against its commitment (a subsidy paid once, a
 * tranche), as the programme sees it (rule R28). NOT_REQUESTED: not due yet (a tranche whose
 * milestone is open). REQUESTED: asked; finance batches it, a checker approves, the bank pays.
 * PAID: the bank paid it, at most once. FAILED: the bank declined it for good or every retry
 * failed; finance may re-issue it to corrected bank details (REQUESTED again, under a new payment
 * id), or the programme withdraws and the money is released. CANCELLED: it will never be paid
 * (the commitment was refused or released before it was paid).
 */
export type PaymentState = 'NOT_REQUESTED' | 'REQUESTED' | 'PAID' | 'FAILED' | 'CANCELLED';

export type PaymentEvent = 'REQUEST' | 'SETTLE' | 'FAIL' | 'REISSUE' | 'CANCEL';

export const PAYMENT_STATES: readonly PaymentState[] = Object.freeze([
  'NOT_REQUESTED',
  'REQUESTED',
  'PAID',
  'FAILED',
  'CANCELLED',
]);

export const fundingPayment = stateMachine<PaymentState, PaymentEvent>({
  name: 'payment',
  nameZh: '拨付',
  rule: 'R28',
  transitions: {
    NOT_REQUESTED: { REQUEST: 'REQUESTED', CANCEL: 'CANCELLED' },
    REQUESTED: { SETTLE: 'PAID', FAIL: 'FAILED', CANCEL: 'CANCELLED' },
    FAILED: { REISSUE: 'REQUESTED', CANCEL: 'CANCELLED' },
    PAID: {},
    CANCELLED: {},
  },
});
