import { assertNonNegativeFen, splitByPercents } from '@civic/domain/money';
import { isIntegerIn, isRecord, shown } from './values';
import { VentureRefusal } from './violation';

/** One tranche of an award: what share is paid, on which milestone. rule R19 */
export interface TrancheShare {
  key: string;
  percent: number;
}

/** 50 % on signing, 30 % on the mid-term review, 20 % on the final evaluation. rule R19 [policy] */
export const DEFAULT_TRANCHES = Object.freeze([
  Object.freeze({ key: 'SIGNING', percent: 50 } as const),
  Object.freeze({ key: 'MID_TERM', percent: 30 } as const),
  Object.freeze({ key: 'FINAL', percent: 20 } as const),
] as const);

/** Names of the default tranches, for people. rule R19 */
export const TRANCHE_LABELS_ZH: Readonly<Record<string, string>> = Object.freeze({
  SIGNING: '签约拨付',
  MID_TERM: '中期评估拨付',
  FINAL: '结项评估拨付',
});
export const TRANCHE_LABELS_EN: Readonly<Record<string, string>> = Object.freeze({
  SIGNING: 'on signing',
  MID_TERM: 'on the mid-term review',
  FINAL: 'on the final evaluation',
});

const MAX_TRANCHES = 6;
const KEY_FORM = /^[A-Z][A-Z0-9_]{0,29}$/;

/**
 * rule R19: a tranche plan a programme may use: 1 to 6 tranches with unique keys (upper-case
 * letters, digits and underscores, starting with a letter), the first being SIGNING, and positive
 * whole percents that sum to exactly 100. The first problem found is reported.
 */
export function checkTranchePlan(plan: unknown): { ok: true } | VentureRefusal {
  const refuse = (message: string, messageZh: string): VentureRefusal => ({
    ok: false,
    message: `rule R19: ${message}`,
    messageZh: `规则 R19：${messageZh}`,
  });
  if (!Array.isArray(plan) || plan.length < 1 || plan.length > MAX_TRANCHES) {
    const got = Array.isArray(plan) ? `${plan.length}` : shown(plan);
    return refuse(
      `a tranche plan has 1 to ${MAX_TRANCHES} tranches, got ${got}`,
      `分期拨付计划须为 1 至 ${MAX_TRANCHES} 期，实际为 ${got}`,
    );
  }
  const seen = new Set<string>();
  for (const [index, tranche] of plan.entries()) {
    const n = index + 1;
    const key: unknown = isRecord(tranche) ? tranche.key : undefined;
    if (typeof key !== 'string' || !KEY_FORM.test(key)) {
      return refuse(
        `tranche ${n}: the key must be 1 to 30 upper-case letters, digits or underscores, starting with a letter, got ${shown(key)}`,
        `第 ${n} 期的代码须为 1 至 30 位大写字母、数字或下划线，并以字母开头，实际为 ${shown(key)}`,
      );
    }
    if (seen.has(key)) {
      return refuse(`tranche ${n}: the key ${key} is used twice`, `第 ${n} 期的代码 ${key} 重复`);
    }
    seen.add(key);
    const percent: unknown = (tranche as Record<string, unknown>).percent;
    if (!isIntegerIn(percent, 1, 100)) {
      return refuse(
        `tranche ${n} (${key}): the percent must be a whole number from 1 to 100, got ${shown(percent)}`,
        `第 ${n} 期（${key}）的比例须为 1 至 100 的整数，实际为 ${shown(percent)}`,
      );
    }
  }
  if (plan[0].key !== 'SIGNING') {
    return refuse(
      `the first tranche must be SIGNING (paid on signing), got ${plan[0].key}`,
      `第一期须为签约拨付（SIGNING），实际为 ${plan[0].key}`,
    );
  }
  const sum = plan.reduce((total: number, t: TrancheShare) => total + t.percent, 0);
  if (sum !== 100) {
    return refuse(
      `the tranche percents add up to ${sum}, not 100`,
      `各期比例合计为 ${sum}%，应为 100%`,
    );
  }
  return { ok: true };
}

/**
 * rule R19 (amounts per R26): split an award into its tranches exactly: the amounts sum to
 * amountFen, each within 1 fen of its share (splitByPercents, largest remainder; a leftover fen
 * goes to the larger remainder, then the earlier tranche). The plan must pass checkTranchePlan.
 */
export function splitAward(
  amountFen: number,
  plan: readonly TrancheShare[] = DEFAULT_TRANCHES,
): { key: string; percent: number; amountFen: number }[] {
  assertNonNegativeFen(amountFen, 'rule R19: amountFen');
  const check = checkTranchePlan(plan);
  if (!check.ok) throw new RangeError(`plan is invalid: ${check.message}`);
  const amounts = splitByPercents(
    amountFen,
    plan.map((t) => t.percent),
  );
  return plan.map((t, i) => ({ key: t.key, percent: t.percent, amountFen: amounts[i] }));
}
