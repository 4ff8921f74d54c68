import type { CommitmentState } from './funding-commitment';
import type { PaymentState } from './funding-payment';

/**
 * Where money paid at once (a subsidy) stands, from its commitment and its one payment at
 * finance. rule R27, rule R28
 */
export type SinglePayoutStatus =
  | 'AWAITING_COMMITMENT'
  | 'COMMITTED'
  | 'COMMITMENT_REFUSED'
  | 'PAID'
  | 'PAYMENT_FAILED'
  | 'WITHDRAWING'
  | 'WITHDRAWN';

/**
 * rule R27, rule R28: the status of a single payout. A payment made stays PAID whatever happened
 * to the commitment after; a withdrawal is WITHDRAWING until finance released it and nothing is
 * on its way to the bank any more.
 */
export function singlePayoutStatus(
  commitment: CommitmentState,
  payment: PaymentState,
): SinglePayoutStatus {
  if (payment === 'PAID') return 'PAID';
  switch (commitment) {
    case 'REQUESTED':
      return 'AWAITING_COMMITMENT';
    case 'REFUSED':
      return 'COMMITMENT_REFUSED';
    case 'COMMITTED':
      return payment === 'FAILED' ? 'PAYMENT_FAILED' : 'COMMITTED';
    case 'RELEASING':
      return 'WITHDRAWING';
    case 'RELEASED':
      return payment === 'REQUESTED' ? 'WITHDRAWING' : 'WITHDRAWN';
  }
}

/** Why a single payout cannot be withdrawn now. rule R27 */
export type WithdrawalCheck =
  | { ok: true }
  | { ok: false; reason: 'NOT_COMMITTED' | 'PAID'; message: string; messageZh: string };

// rule R27: an officer withdraws a payout finance holds that was not paid: committed, or failed.
export function withdrawalCheck(status: SinglePayoutStatus): WithdrawalCheck {
  if (status === 'COMMITTED' || status === 'PAYMENT_FAILED') return { ok: true };
  if (status === 'PAID') {
    return {
      ok: false,
      reason: 'PAID',
      message: 'rule R27: it was paid; money paid is recovered, not withdrawn',
      messageZh: '规则 R27：该款项已拨付，已付资金须追回，不能撤销',
    };
  }
  return {
    ok: false,
    reason: 'NOT_COMMITTED',
    message: `rule R27: only money finance holds and has not paid can be withdrawn; this is ${status}`,
    messageZh: `规则 R27：只有财务已承诺且尚未拨付的款项可以撤销，当前状态：${status}`,
  };
}
