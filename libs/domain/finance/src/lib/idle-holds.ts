import type { Fen } from '@civic/domain/money';
import { IN_FLIGHT_PAYMENT_STATUSES, type PaymentStatus } from './payment-status';

/** A commitment finance holds money for, as reconciliation reads it. rule R27 */
export interface HeldCommitment {
  id: string;
  programme: string;
  organizationId: string;
  status: 'ACCEPTED' | 'REFUSED' | 'CLOSED';
  amountFen: Fen;
  releasedFen: Fen;
}

/** One of its payments, oldest first. rule R28 */
export interface HeldPayment {
  commitmentId: string;
  status: PaymentStatus;
  amountFen: Fen;
}

/** Money held for a commitment with nothing left on its way to pay it. rule R27 */
export interface IdleHold {
  commitmentId: string;
  programme: string;
  organizationId: string;
  /** Held and not paid: what a re-issue would pay, or a withdrawal release. */
  heldFen: Fen;
}

/**
 * rule R27: commitments still holding money whose payments all ended without paying it: no
 * payment is waiting for a batch, in one or at the bank, and the last one failed, was refused or
 * was cancelled. Finance re-issues the payment to corrected bank details (R28) or the programme
 * withdraws it and the money is released; until then it is listed, so nothing is held unseen. A
 * commitment whose programme has simply not asked yet (a tranche whose milestone is open) has no
 * ended payment last, and is not listed.
 */
export function idleHolds(
  commitments: readonly HeldCommitment[],
  payments: readonly HeldPayment[],
): IdleHold[] {
  const byCommitment = new Map<string, HeldPayment[]>();
  for (const payment of payments) {
    byCommitment.set(payment.commitmentId, [
      ...(byCommitment.get(payment.commitmentId) ?? []),
      payment,
    ]);
  }
  const holds: IdleHold[] = [];
  for (const commitment of commitments) {
    if (commitment.status !== 'ACCEPTED') continue;
    const own = byCommitment.get(commitment.id) ?? [];
    if (own.length === 0 || own.some((p) => IN_FLIGHT_PAYMENT_STATUSES.includes(p.status))) {
      continue;
    }
    const last = own[own.length - 1];
    if (!['FAILED', 'REFUSED', 'CANCELLED'].includes(last.status)) continue;
    const settled = own.filter((p) => p.status === 'SETTLED').reduce((s, p) => s + p.amountFen, 0);
    const heldFen = commitment.amountFen - commitment.releasedFen - settled;
    if (heldFen > 0) {
      holds.push({
        commitmentId: commitment.id,
        programme: commitment.programme,
        organizationId: commitment.organizationId,
        heldFen,
      });
    }
  }
  return holds;
}
