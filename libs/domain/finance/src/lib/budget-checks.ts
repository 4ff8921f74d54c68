import { Fen, formatYuan } from '@civic/domain/money';
import { FundPosition } from './balances';

export type BudgetRefusalReason =
  | 'EXCEEDS_BUDGET'
  | 'EXCEEDS_COMMITMENT'
  | 'RELEASE_EXCEEDS_COMMITMENT'
  | 'CLAWBACK_EXCEEDS_DISBURSED';

/**
 * Whether a movement fits (rule R27). On refusal `availableFen` is what the movement could have
 * drawn on: the uncommitted budget, the commitment's remaining amount, or what was disbursed.
 * The service runs the check and the posting in one serialized transaction ("whatever runs at the
 * same time").
 */
export type BudgetCheck =
  | { ok: true }
  | {
      ok: false;
      reason: BudgetRefusalReason;
      message: string;
      messageZh: string;
      availableFen: Fen;
    };

const yuan = (fen: Fen) => `${formatYuan(fen)} yuan`;
const yuanZh = (fen: Fen) => `${formatYuan(fen)} 元`;

// rule R27: a commitment (award) may never exceed the budget still available.
export function checkCommitment(position: FundPosition, amountFen: Fen): BudgetCheck {
  const availableFen = within('checkCommitment', position.availableFen, amountFen);
  if (amountFen <= availableFen) return { ok: true };
  return {
    ok: false,
    reason: 'EXCEEDS_BUDGET',
    message: `rule R27: a commitment of ${yuan(amountFen)} exceeds the ${yuan(availableFen)} left in the budget`,
    messageZh: `承诺金额 ${yuanZh(amountFen)}超过预算可用余额 ${yuanZh(availableFen)}`,
    availableFen,
  };
}

// rule R27: a disbursement may never exceed what remains of its commitment.
export function checkDisbursement(committedRemainingFen: Fen, amountFen: Fen): BudgetCheck {
  const availableFen = within('checkDisbursement', committedRemainingFen, amountFen);
  if (amountFen <= availableFen) return { ok: true };
  return {
    ok: false,
    reason: 'EXCEEDS_COMMITMENT',
    message: `rule R27: a disbursement of ${yuan(amountFen)} exceeds the ${yuan(availableFen)} left of the commitment`,
    messageZh: `拨付金额 ${yuanZh(amountFen)}超过承诺剩余金额 ${yuanZh(availableFen)}`,
    availableFen,
  };
}

// rule R27: only what remains committed can be released back to the budget.
export function checkRelease(committedRemainingFen: Fen, amountFen: Fen): BudgetCheck {
  const availableFen = within('checkRelease', committedRemainingFen, amountFen);
  if (amountFen <= availableFen) return { ok: true };
  return {
    ok: false,
    reason: 'RELEASE_EXCEEDS_COMMITMENT',
    message: `rule R27: releasing ${yuan(amountFen)} exceeds the ${yuan(availableFen)} still committed`,
    messageZh: `释放金额 ${yuanZh(amountFen)}超过尚未使用的承诺金额 ${yuanZh(availableFen)}`,
    availableFen,
  };
}

// rule R27: only what was disbursed (net of earlier clawbacks) can be clawed back.
export function checkClawback(disbursedFen: Fen, amountFen: Fen): BudgetCheck {
  const availableFen = within('checkClawback', disbursedFen, amountFen);
  if (amountFen <= availableFen) return { ok: true };
  return {
    ok: false,
    reason: 'CLAWBACK_EXCEEDS_DISBURSED',
    message: `rule R27: clawing back ${yuan(amountFen)} exceeds the ${yuan(availableFen)} disbursed`,
    messageZh: `追回金额 ${yuanZh(amountFen)}超过已拨付金额 ${yuanZh(availableFen)}`,
    availableFen,
  };
}

function within(check: string, limitFen: Fen, amountFen: Fen): Fen {
  if (typeof amountFen !== 'number' || !Number.isSafeInteger(amountFen) || amountFen <= 0) {
    throw new RangeError(
      `rule R26: ${check} amountFen must be a positive safe integer number of fen, got ${String(amountFen)}`,
    );
  }
  if (typeof limitFen !== 'number' || !Number.isSafeInteger(limitFen)) {
    throw new RangeError(
      `rule R26: ${check} limit must be a safe integer number of fen, got ${String(limitFen)}`,
    );
  }
  // A negative limit is an inconsistent ledger; nothing fits it.
  return limitFen;
}
