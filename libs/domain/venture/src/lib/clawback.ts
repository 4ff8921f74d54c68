import { formatYuan, sumFen } from '@civic/domain/money';
import { assertTranches, TrancheState } from './tranche-state';

/** Whether money paid on an award may be clawed back, and how much at most. rule R19 */
export interface Clawback {
  eligible: boolean;
  /** Paid so far: the most that may be clawed back. */
  paidFen: number;
  message: string;
  messageZh: string;
}

/**
 * rule R19: money paid against a failed final evaluation may be clawed back: eligible when the
 * last tranche's milestone (the final evaluation) FAILED; paidFen is everything paid so far, the
 * most that may be recovered. An earlier failure only holds the next tranches (trancheRelease).
 */
export function clawbackOf(tranches: readonly TrancheState[]): Clawback {
  assertTranches(tranches);
  const paidFen = sumFen(tranches.map((t) => t.paidFen));
  const paid = formatYuan(paidFen);
  const final = tranches[tranches.length - 1];
  if (final.milestone === 'FAILED') {
    return {
      eligible: true,
      paidFen,
      message: `rule R19: the final evaluation failed; up to the ${paid} yuan paid so far may be clawed back`,
      messageZh: `规则 R19：结项评估未通过，已拨付的 ${paid} 元可予追回`,
    };
  }
  return {
    eligible: false,
    paidFen,
    message: `rule R19: no clawback: only a failed final evaluation allows it (${paid} yuan paid so far)`,
    messageZh: `规则 R19：不予追回：仅结项评估未通过时方可追回资金（已拨付 ${paid} 元）`,
  };
}
