import { assertNonNegativeFen, formatYuan } from '@civic/domain/money';
import { isPositiveFen } from './values';
import { VentureRefusal } from './violation';

/** The least and most a call funds one project with, in fen. rule R17 */
export interface FundingRange {
  minFen: number;
  maxFen: number;
}

/**
 * rule R17 (amounts per R26): the amount a proposal requests is a positive whole number of fen
 * within the call's funding range, both ends included. The range must be valid (minFen ≤ maxFen,
 * whole fen), or a RangeError names the field.
 */
export function checkRequestedAmount(
  amountFen: number,
  range: FundingRange,
): { ok: true } | VentureRefusal {
  assertFundingRange(range);
  if (!isPositiveFen(amountFen)) {
    return {
      ok: false,
      message: `rule R26: the requested amount must be a positive whole number of fen, got ${String(amountFen)}`,
      messageZh: `规则 R26：申请金额须为正整数（单位：分），实际为 ${String(amountFen)}`,
    };
  }
  const [amount, min, max] = [amountFen, range.minFen, range.maxFen].map((f) => formatYuan(f));
  if (amountFen < range.minFen) {
    return {
      ok: false,
      message: `rule R17: the requested ${amount} yuan is below the call's minimum of ${min} yuan`,
      messageZh: `规则 R17：申请金额 ${amount} 元低于本次公益创投单个项目最低资助额 ${min} 元`,
    };
  }
  if (amountFen > range.maxFen) {
    return {
      ok: false,
      message: `rule R17: the requested ${amount} yuan is above the call's maximum of ${max} yuan`,
      messageZh: `规则 R17：申请金额 ${amount} 元高于本次公益创投单个项目最高资助额 ${max} 元`,
    };
  }
  return { ok: true };
}

// rule R17: a call's funding range is whole fen, not negative, and not upside down.
export function assertFundingRange(range: FundingRange): void {
  assertNonNegativeFen(range?.minFen, 'rule R17: range.minFen');
  assertNonNegativeFen(range.maxFen, 'rule R17: range.maxFen');
  if (range.minFen > range.maxFen) {
    throw new RangeError(
      `rule R17: range.minFen ${range.minFen} must not be more than range.maxFen ${range.maxFen}`,
    );
  }
}
