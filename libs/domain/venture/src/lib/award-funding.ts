import type { CommitmentState, PaymentState } from '@civic/domain/programme';
import type { MilestoneState } from './tranche-state';

/**
 * An award's commitment at finance, in the words officers see (rule R19, rule R27): AWARDED
 * (asked), COMMITTED, COMMITMENT_REFUSED, CLOSING (a milestone failed, so it will pay no more: the
 * unpaid rest is being released) and CLOSED (released).
 */
export type AwardStatus = 'AWARDED' | 'COMMITTED' | 'COMMITMENT_REFUSED' | 'CLOSING' | 'CLOSED';

/**
 * A tranche's payment (rule R19, rule R28): NOT_RELEASED (its milestone is open), REQUESTED,
 * PAID, PAYMENT_FAILED (re-issued by finance, or released with the award), CANCELLED (never to be
 * paid: the award closed first).
 */
export type TranchePayment = 'NOT_RELEASED' | 'REQUESTED' | 'PAID' | 'PAYMENT_FAILED' | 'CANCELLED';

const AWARD: Readonly<Record<AwardStatus, CommitmentState>> = Object.freeze({
  AWARDED: 'REQUESTED',
  COMMITTED: 'COMMITTED',
  COMMITMENT_REFUSED: 'REFUSED',
  CLOSING: 'RELEASING',
  CLOSED: 'RELEASED',
});

const TRANCHE: Readonly<Record<TranchePayment, PaymentState>> = Object.freeze({
  NOT_RELEASED: 'NOT_REQUESTED',
  REQUESTED: 'REQUESTED',
  PAID: 'PAID',
  PAYMENT_FAILED: 'FAILED',
  CANCELLED: 'CANCELLED',
});

export const AWARD_STATUSES = Object.freeze(Object.keys(AWARD)) as readonly AwardStatus[];
export const TRANCHE_PAYMENTS = Object.freeze(Object.keys(TRANCHE)) as readonly TranchePayment[];

// rule R27: the programme kit's commitment state of an award.
export function awardCommitment(status: AwardStatus): CommitmentState {
  return AWARD[status];
}

// rule R27: an award's status from the programme kit's commitment state.
export function awardStatusOf(state: CommitmentState): AwardStatus {
  return AWARD_STATUSES.find((s) => AWARD[s] === state)!;
}

// rule R28: the programme kit's payment state of a tranche.
export function tranchePaymentState(payment: TranchePayment): PaymentState {
  return TRANCHE[payment];
}

// rule R28: a tranche's payment from the programme kit's payment state.
export function tranchePaymentOf(state: PaymentState): TranchePayment {
  return TRANCHE_PAYMENTS.find((p) => TRANCHE[p] === state)!;
}

/**
 * rule R19: an award pays no more once a milestone failed: a failed evaluation holds every later
 * tranche for good (no milestone is evaluated twice), so what is unpaid is released.
 */
export function paysNoMore(milestones: readonly MilestoneState[]): boolean {
  return milestones.includes('FAILED');
}
