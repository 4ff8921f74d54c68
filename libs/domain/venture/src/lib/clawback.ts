import { formatYuan, sumFen } from '@civic/domain/money';
import { assertTranches, TrancheState } from './tranche-state';

/** Whether money paid on an award may be clawed back, and how much at most. rule R19 */
export interface Clawback {
  eligible: boolean;
  /** Paid so far. */
  paidFen: number;
  /** Paid and not claimed by an earlier clawback: the most a new one may recover. */
  recoverableFen: number;
  message: string;
  messageZh: string;
}

/**
 * rule R19: money paid against a failed final evaluation may be clawed back: eligible when the
 * last tranche's milestone (the final evaluation) FAILED and something paid is not claimed by an
 * earlier clawback (`claimedFen`: what earlier clawbacks asked for). A tranche still at the bank
 * when the evaluation failed may be paid later, and is then clawed back by a further clawback.
 * An earlier failure only holds the next tranches (trancheRelease).
 */
export function clawbackOf(tranches: readonly TrancheState[], claimedFen = 0): Clawback {
  assertTranches(tranches);
  if (!Number.isSafeInteger(claimedFen) || claimedFen < 0) {
    throw new RangeError(`rule R19: claimedFen must be a non-negative whole number of fen`);
  }
  const paidFen = sumFen(tranches.map((t) => t.paidFen));
  const recoverableFen = Math.max(0, paidFen - claimedFen);
  const paid = formatYuan(paidFen);
  const final = tranches[tranches.length - 1];
  if (final.milestone !== 'FAILED') {
    return {
      eligible: false,
      paidFen,
      recoverableFen: 0,
      message: `rule R19: no clawback: only a failed final evaluation allows it (${paid} yuan paid so far)`,
      messageZh: `规则 R19：不予追回：仅结项评估未通过时方可追回资金（已拨付 ${paid} 元）`,
    };
  }
  if (recoverableFen === 0) {
    return {
      eligible: false,
      paidFen,
      recoverableFen,
      message: `rule R19: nothing left to claw back: the ${paid} yuan paid are claimed by earlier clawbacks`,
      messageZh: `规则 R19：已拨付的 ${paid} 元均已追回或正在追回，无可再追回的资金`,
    };
  }
  const recoverable = formatYuan(recoverableFen);
  return {
    eligible: true,
    paidFen,
    recoverableFen,
    message: `rule R19: the final evaluation failed; up to ${recoverable} of the ${paid} yuan paid may be clawed back`,
    messageZh: `规则 R19：结项评估未通过，已拨付 ${paid} 元，可追回 ${recoverable} 元`,
  };
}
