import {
  type CommitmentState,
  type PaymentState,
  singlePayoutStatus,
  type SinglePayoutStatus,
  stateMachine,
  withdrawalCheck as payoutWithdrawalCheck,
  type WithdrawalCheck,
} from '@civic/domain/programme';

/**
 * A subsidy application's status as the applicant and officers see it (rule R20, rule R23,
 * rule R27). Before the decision: SUBMITTED → APPROVED | REJECTED (the officer's decision, see
 * lotteryDecision). After an approval the status follows the programme kit's commitment and
 * payment at finance (applicationStatus): APPROVED (asked) → COMMITTED (held, payment asked) →
 * PAID; COMMITMENT_REFUSED (the fund's budget); PAYMENT_FAILED (the bank declined it: finance may
 * re-issue it to corrected details, or the officer withdraws it); WITHDRAWING (withdrawn, the
 * release asked of finance) → WITHDRAWN (released).
 */
export type ApplicationStatus =
  | 'SUBMITTED'
  | 'APPROVED'
  | 'COMMITTED'
  | 'PAID'
  | 'REJECTED'
  | 'COMMITMENT_REFUSED'
  | 'PAYMENT_FAILED'
  | 'WITHDRAWING'
  | 'WITHDRAWN';

export const APPLICATION_STATUSES: readonly ApplicationStatus[] = Object.freeze([
  'SUBMITTED',
  'APPROVED',
  'COMMITTED',
  'PAID',
  'REJECTED',
  'COMMITMENT_REFUSED',
  'PAYMENT_FAILED',
  'WITHDRAWING',
  'WITHDRAWN',
]);

/** The officer's decision: only a SUBMITTED application is assessed, approved or rejected. */
export const lotteryDecision = stateMachine<
  'SUBMITTED' | 'APPROVED' | 'REJECTED',
  'ASSESS' | 'APPROVE' | 'REJECT'
>({
  name: 'subsidy application',
  nameZh: '补助申请',
  rule: 'R20',
  transitions: {
    SUBMITTED: { ASSESS: 'SUBMITTED', APPROVE: 'APPROVED', REJECT: 'REJECTED' },
    APPROVED: {},
    REJECTED: {},
  },
});

// rule R27: the status of an approved application from its commitment and payment at finance.
export function applicationStatus(
  commitment: CommitmentState,
  payment: PaymentState,
): ApplicationStatus {
  const status = singlePayoutStatus(commitment, payment);
  return status === 'AWAITING_COMMITMENT' ? 'APPROVED' : status;
}

/**
 * rule R27: statuses that hold programme money: what the programme's budget has given away.
 * A withdrawn application holds it until finance has released it, so the programme never counts
 * on money finance still holds.
 */
export const HOLDING_STATUSES: readonly ApplicationStatus[] = Object.freeze([
  'APPROVED',
  'COMMITTED',
  'PAID',
  'PAYMENT_FAILED',
  'WITHDRAWING',
]);

/**
 * rule R23: statuses of a subsidy the public notices show as approved: its publicity notice is in
 * force. A refused or withdrawn one has a correction notice in its place.
 */
export const DISCLOSED_STATUSES: readonly ApplicationStatus[] = Object.freeze([
  'APPROVED',
  'COMMITTED',
  'PAID',
  'PAYMENT_FAILED',
]);

// rule R27: an officer withdraws a subsidy finance holds and has not paid: committed, or failed.
export function withdrawalCheck(status: ApplicationStatus): WithdrawalCheck {
  const payout = status === 'APPROVED' ? 'AWAITING_COMMITMENT' : status;
  if (payout === 'SUBMITTED' || payout === 'REJECTED') {
    return payoutWithdrawalCheck('AWAITING_COMMITMENT');
  }
  return payoutWithdrawalCheck(payout satisfies SinglePayoutStatus);
}
