import { formatYuan } from '@civic/domain/money';
import { isNonBlank, isPositiveFen, isRecord } from './values';
import { checkOf, VentureCheck, VentureViolation } from './violation';

/** One line of a proposal's budget. rule R17 */
export interface ProposalBudgetLine {
  description: string;
  amountFen: number;
}

/**
 * rule R17 (amounts per R26): a proposal's budget has at least one line, each with a description
 * and a positive whole amount of fen, and the lines add up exactly to the amount requested.
 * Fields: `budgetLines`, `budgetLines.N.description`, `budgetLines.N.amountFen` (N from 0),
 * `requestedFen`. The total is compared only when every amount is valid; it is summed in bigint,
 * so a total past the safe range is still exact.
 */
export function checkBudgetLinesAddUp(
  lines: readonly ProposalBudgetLine[],
  requestedFen: number,
): VentureCheck {
  const violations: VentureViolation[] = [];
  const list: readonly unknown[] = Array.isArray(lines) ? lines : [];
  if (list.length === 0) {
    violations.push({
      field: 'budgetLines',
      message: 'rule R17: a budget needs at least one line',
      messageZh: '规则 R17：预算至少应有一条明细',
    });
  }
  const requestedValid = isPositiveFen(requestedFen);
  if (!requestedValid) {
    violations.push({
      field: 'requestedFen',
      message: `rule R26: the requested amount must be a positive whole number of fen, got ${String(requestedFen)}`,
      messageZh: `规则 R26：申请金额须为正整数（单位：分），实际为 ${String(requestedFen)}`,
    });
  }
  list.forEach((line, index) => violations.push(...lineViolations(line, index)));
  const amounts = list.map((line) => (isRecord(line) ? line.amountFen : undefined));
  if (requestedValid && list.length > 0 && amounts.every(isPositiveFen)) {
    const total = amounts.reduce((sum: bigint, a) => sum + BigInt(a as number), 0n);
    if (total !== BigInt(requestedFen)) {
      const [sum, requested] = [yuanOf(total), formatYuan(requestedFen)];
      violations.push({
        field: 'budgetLines',
        message: `rule R17: the budget lines add up to ${sum} yuan, not the ${requested} yuan requested`,
        messageZh: `规则 R17：预算明细合计 ${sum} 元，与申请金额 ${requested} 元不符`,
      });
    }
  }
  return checkOf(violations);
}

function lineViolations(line: unknown, index: number): VentureViolation[] {
  const n = index + 1;
  const record = isRecord(line) ? line : {};
  const violations: VentureViolation[] = [];
  if (!isNonBlank(record.description)) {
    violations.push({
      field: `budgetLines.${index}.description`,
      message: `rule R17: line ${n}: say what the money is for`,
      messageZh: `规则 R17：第 ${n} 行：请填写支出用途`,
    });
  }
  if (!isPositiveFen(record.amountFen)) {
    violations.push({
      field: `budgetLines.${index}.amountFen`,
      message: `rule R26: line ${n}: the amount must be a positive whole number of fen, got ${String(record.amountFen)}`,
      messageZh: `规则 R26：第 ${n} 行：金额须为正整数（单位：分），实际为 ${String(record.amountFen)}`,
    });
  }
  return violations;
}

// A bigint total shown as yuan, as formatYuan shows a safe one (rule R26).
function yuanOf(fen: bigint): string {
  const whole = (fen / 100n).toString().replace(/\B(?=(\d{3})+$)/g, ',');
  return `${whole}.${(fen % 100n).toString().padStart(2, '0')}`;
}
