import { assertNonNegativeFen } from '@civic/domain/money';
import { toHundredths } from './fraction';
import { PurchasePolicy } from './purchase-policy';

export interface FinalEvaluationInput {
  /** The final evaluation's score out of 100, at most 2 decimals. */
  score: number;
  /** The final instalment in fen (R26). */
  amountFen: number;
}

export interface FinalInstalmentDecision {
  /** PAY in full, REDUCE by the policy's percent, or HOLD it all. */
  outcome: 'PAY' | 'REDUCE' | 'HOLD';
  /** Paid to the undertaker. */
  payFen: number;
  /** Not paid: withheld from the undertaker and released from the commitment (R27). */
  releasedFen: number;
  policyVersion: string;
  reason: string;
  reasonZh: string;
}

/**
 * rule R25, rule R19, rule R26: the final instalment follows the final evaluation. With the
 * policy's `performance` rule (pass mark P, band B, reduction R %):
 * - score ≥ P: PAY the whole instalment;
 * - P − B ≤ score < P: REDUCE it by R %, the reduction rounded up to the fen, so the pay never
 *   exceeds (100 − R) % of the instalment;
 * - score < P − B: HOLD it, nothing is paid (a failed evaluation holds the final instalment).
 * Always payFen + releasedFen === amountFen, both whole fen. The score must be from 0 to 100
 * with at most 2 decimals (a RangeError otherwise).
 */
export function finalInstalmentAfterEvaluation(
  policy: PurchasePolicy,
  input: FinalEvaluationInput,
): FinalInstalmentDecision {
  const { score, amountFen } = input;
  assertNonNegativeFen(amountFen, 'rule R26: amountFen');
  const hundredths = toHundredths(score);
  if (hundredths === null || hundredths < 0n || hundredths > 10000n) {
    throw new RangeError(
      `rule R25: score must be from 0 to 100 with at most 2 decimals, got ${String(score)}`,
    );
  }
  const { passMark, reduceBand, reducePercent } = policy.performance;
  const at = `policy ${policy.version}`;
  if (hundredths >= BigInt(Math.round(passMark * 100))) {
    return {
      outcome: 'PAY',
      payFen: amountFen,
      releasedFen: 0,
      policyVersion: policy.version,
      reason: `the final evaluation scored ${score}, at or above the pass mark of ${passMark}: the final instalment is paid in full (${at})`,
      reasonZh: `结项评价得分 ${score}，达到合格分 ${passMark}，尾款全额支付（政策版本 ${policy.version}）`,
    };
  }
  const floor = passMark - reduceBand;
  if (hundredths >= BigInt(Math.round(floor * 100))) {
    const cut = (BigInt(amountFen) * BigInt(reducePercent) + 99n) / 100n;
    const releasedFen = Number(cut);
    return {
      outcome: 'REDUCE',
      payFen: amountFen - releasedFen,
      releasedFen,
      policyVersion: policy.version,
      reason: `the final evaluation scored ${score}, below the pass mark of ${passMark} but at least ${floor}: the final instalment is reduced by ${reducePercent}% (${at})`,
      reasonZh: `结项评价得分 ${score}，低于合格分 ${passMark} 但不低于 ${floor}，尾款扣减 ${reducePercent}%（政策版本 ${policy.version}）`,
    };
  }
  return {
    outcome: 'HOLD',
    payFen: 0,
    releasedFen: amountFen,
    policyVersion: policy.version,
    reason: `the final evaluation scored ${score}, below ${floor}: the evaluation failed and the final instalment is held (${at})`,
    reasonZh: `结项评价得分 ${score}，低于 ${floor}，评价不合格，尾款暂停支付（政策版本 ${policy.version}）`,
  };
}
