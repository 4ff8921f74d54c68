import {
  type CommitmentState,
  type PaymentState,
  singlePayoutStatus,
} from '@civic/domain/programme';

/**
 * A start-up subsidy (rule R15) as incubation staff see it: REQUESTED (a commitment asked of the
 * incubation fund, with its payment) → COMMITTED → PAID; REFUSED by finance (the budget, R27);
 * PAYMENT_FAILED (re-issued by finance, or withdrawn); WITHDRAWING → WITHDRAWN (released).
 */
export type SubsidyStatus =
  'REQUESTED' | 'COMMITTED' | 'PAID' | 'REFUSED' | 'PAYMENT_FAILED' | 'WITHDRAWING' | 'WITHDRAWN';

export const SUBSIDY_STATUSES: readonly SubsidyStatus[] = Object.freeze([
  'REQUESTED',
  'COMMITTED',
  'PAID',
  'REFUSED',
  'PAYMENT_FAILED',
  'WITHDRAWING',
  'WITHDRAWN',
]);

// rule R15, rule R27: the subsidy's status from its commitment and payment at finance.
export function subsidyStatus(commitment: CommitmentState, payment: PaymentState): SubsidyStatus {
  const status = singlePayoutStatus(commitment, payment);
  if (status === 'AWAITING_COMMITMENT') return 'REQUESTED';
  if (status === 'COMMITMENT_REFUSED') return 'REFUSED';
  return status;
}
