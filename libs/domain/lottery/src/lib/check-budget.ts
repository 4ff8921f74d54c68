import { formatYuan } from '@civic/domain/money';
import {
  assertBannedUsePolicy,
  BannedUsePolicy,
  DEFAULT_BANNED_USE_POLICY,
} from './banned-use-policy';
import { BannedUse } from './budget-category';
import { BudgetLine, BudgetLineRefusalReason, checkBudgetLine } from './check-budget-line';

export type BudgetViolationCode =
  | BudgetLineRefusalReason
  | 'INVALID_AMOUNT'
  | 'NO_LINES'
  | 'INVALID_REQUESTED_AMOUNT'
  | 'TOTAL_MISMATCH';

/**
 * One problem with a budget. `index` is the 0-based line (messages count lines from 1), or null
 * for the budget as a whole. rule R22 (uses), rule R26 (amounts), rule R17 (lines add up).
 */
export interface BudgetViolation {
  index: number | null;
  field: 'category' | 'description' | 'amountFen' | 'lines' | 'requestedFen';
  rule: 'R17' | 'R22' | 'R26';
  code: BudgetViolationCode;
  message: string;
  messageZh: string;
  bannedUse?: BannedUse;
  keyword?: string | null;
}

export type BudgetCheckResult =
  { ok: true; totalFen: number } | { ok: false; violations: BudgetViolation[] };

/**
 * rule R22, rule R26, rule R17: a subsidy budget is accepted only when every line is a lawful use
 * (R22), every amount is a positive whole number of fen (R26), and the lines add up exactly to
 * the amount requested (R17 states it for proposals; subsidy applications follow it too). Every
 * problem is reported, one violation per bad line and field. The total is compared only when all
 * amounts are valid, since a sum of bad amounts says nothing.
 */
export function checkBudget(
  lines: readonly BudgetLine[],
  requestedFen: number,
  policy: BannedUsePolicy = DEFAULT_BANNED_USE_POLICY,
): BudgetCheckResult {
  assertBannedUsePolicy(policy);
  const violations: BudgetViolation[] = [];
  if (!Array.isArray(lines) || lines.length === 0) {
    violations.push({
      index: null,
      field: 'lines',
      rule: 'R17',
      code: 'NO_LINES',
      message: 'rule R17: a budget needs at least one line',
      messageZh: '规则 R17：预算至少应有一条明细',
    });
  }
  const requestedValid = isPositiveFen(requestedFen);
  if (!requestedValid) {
    violations.push({
      index: null,
      field: 'requestedFen',
      rule: 'R26',
      code: 'INVALID_REQUESTED_AMOUNT',
      message: `rule R26: the requested amount must be a positive whole number of fen, got ${String(requestedFen)}`,
      messageZh: `规则 R26：申请金额须为正整数（单位：分），实际为 ${String(requestedFen)}`,
    });
  }
  const list = Array.isArray(lines) ? lines : [];
  list.forEach((line, index) => violations.push(...lineViolations(line, index, policy)));
  const amountsValid = list.every((line) => isPositiveFen(line?.amountFen));
  if (amountsValid && list.length > 0) {
    const total = list.reduce((sum, line) => sum + BigInt(line.amountFen), 0n);
    if (requestedValid && total !== BigInt(requestedFen)) {
      violations.push(totalMismatch(total, requestedFen));
    }
    if (violations.length === 0) return { ok: true, totalFen: Number(total) };
  }
  return { ok: false, violations };
}

function lineViolations(line: BudgetLine, index: number, policy: BannedUsePolicy) {
  const violations: BudgetViolation[] = [];
  const check = checkBudgetLine(line, policy);
  if (!check.ok) {
    const onCategory = check.reason === 'UNKNOWN_CATEGORY' || check.reason === 'BANNED_CATEGORY';
    violations.push({
      index,
      field: onCategory ? 'category' : 'description',
      rule: 'R22',
      code: check.reason,
      message: `line ${index + 1}: ${check.message}`,
      messageZh: `第 ${index + 1} 行：${check.messageZh}`,
      ...('bannedUse' in check ? { bannedUse: check.bannedUse, keyword: check.keyword } : {}),
    });
  }
  const amount: unknown = line?.amountFen;
  if (!isPositiveFen(amount)) {
    violations.push({
      index,
      field: 'amountFen',
      rule: 'R26',
      code: 'INVALID_AMOUNT',
      message: `line ${index + 1}: rule R26: the amount must be a positive whole number of fen, got ${String(amount)}`,
      messageZh: `第 ${index + 1} 行：规则 R26：金额须为正整数（单位：分），实际为 ${String(amount)}`,
    });
  }
  return violations;
}

function totalMismatch(total: bigint, requestedFen: number): BudgetViolation {
  // The sum of safe amounts may pass the safe range; show it from the bigint, as formatYuan does.
  const whole = (total / 100n).toString().replace(/\B(?=(\d{3})+$)/g, ',');
  const lines = `${whole}.${(total % 100n).toString().padStart(2, '0')}`;
  const requested = formatYuan(requestedFen);
  return {
    index: null,
    field: 'lines',
    rule: 'R17',
    code: 'TOTAL_MISMATCH',
    message: `rule R17: the budget lines add up to ${lines} yuan, not the ${requested} yuan requested`,
    messageZh: `规则 R17：预算明细合计 ${lines} 元，与申请金额 ${requested} 元不符`,
  };
}

function isPositiveFen(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}
