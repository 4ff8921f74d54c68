import { articleZh } from './article-zh';
import { assertNonNegativeFen, percentOf, splitByPercents, sumFen } from '@civic/domain/money';
import { PurchasePolicy, PurchaseRefusal, refusal } from './purchase-policy';

/** What releases an instalment, in the order they come: signing, monitoring, final evaluation. */
export type InstalmentTrigger = 'SIGNING' | 'MONITORING' | 'FINAL_EVALUATION';
export const INSTALMENT_TRIGGERS: readonly InstalmentTrigger[] = Object.freeze([
  'SIGNING',
  'MONITORING',
  'FINAL_EVALUATION',
]);

/** An instalment as the schedule states it: a fixed amount in fen or a whole percent, not both. */
export interface InstalmentInput {
  key: string;
  trigger: InstalmentTrigger;
  amountFen?: number;
  percent?: number;
}

export interface Instalment {
  key: string;
  trigger: InstalmentTrigger;
  amountFen: number;
}

export type InstalmentSchedule =
  { ok: true; policyVersion: string; instalments: Instalment[] } | PurchaseRefusal;

const KEY_FORM = /^[A-Z][A-Z0-9_]{0,29}$/;
const has = (v: unknown) => v !== undefined && v !== null;

/**
 * rule R25, rule R26, rule R19: an instalment schedule a contract may carry: 1 to
 * `instalments.maxCount` instalments with unique upper-case keys, triggers in order (SIGNING,
 * MONITORING, FINAL_EVALUATION) and only the last tied to the final evaluation, so payment follows
 * the evaluation (R25); all fixed amounts (positive whole fen summing exactly to `amountFen`) or
 * all whole percents (summing to 100, split into fen by largest remainder, R26); and the final
 * instalment at least `finalMinPercent` of the amount (rounded down to the fen). Returns the
 * instalments in fen, or the first problem.
 */
export function checkInstalmentSchedule(
  policy: PurchasePolicy,
  amountFen: number,
  instalments: readonly InstalmentInput[],
): InstalmentSchedule {
  assertNonNegativeFen(amountFen, 'rule R26: amountFen');
  const { maxCount, finalMinPercent, article } = policy.instalments;
  const count = Array.isArray(instalments) ? instalments.length : 0;
  if (count < 1 || count > maxCount) {
    return refusal(
      'R25',
      'INSTALMENT_COUNT',
      'instalments',
      `a schedule has 1 to ${maxCount} instalments, got ${count} (policy ${policy.version})`,
      `分期付款须为 1 至 ${maxCount} 期，实际为 ${count} 期（政策版本 ${policy.version}）`,
    );
  }
  const keys = new Set<string>();
  let order = 0;
  for (const [i, it] of instalments.entries()) {
    const at = `instalments.${i}`;
    if (typeof it.key !== 'string' || !KEY_FORM.test(it.key) || keys.has(it.key)) {
      return refusal(
        'R25',
        'INSTALMENT_KEY',
        `${at}.key`,
        `instalment ${i + 1}: the key must be unique upper-case letters, digits or underscores`,
        `第 ${i + 1} 期的代码须唯一，由大写字母、数字或下划线组成`,
      );
    }
    keys.add(it.key);
    const rank = INSTALMENT_TRIGGERS.indexOf(it.trigger);
    const last = i === count - 1;
    if (rank < order || last !== (it.trigger === 'FINAL_EVALUATION')) {
      return refusal(
        'R25',
        'INSTALMENT_TRIGGER',
        `${at}.trigger`,
        `instalments follow signing, then monitoring, and only the last, the final instalment, is paid after the final evaluation (${article}); instalment ${it.key} has ${String(it.trigger)}`,
        `各期依次按签约、履约监测拨付，仅最后一期（尾款）在结项评价后支付（${articleZh(article)}）；第 ${i + 1} 期 ${it.key} 的触发条件为 ${String(it.trigger)}`,
      );
    }
    order = rank;
  }
  const byPercent = instalments.every((it) => has(it.percent) && !has(it.amountFen));
  const byAmount = instalments.every((it) => has(it.amountFen) && !has(it.percent));
  if (!byPercent && !byAmount) {
    return refusal(
      'R26',
      'INSTALMENT_FORM',
      'instalments',
      'every instalment gives either an amount in fen or a percent, all the same way',
      '各期须统一按金额（分）或按比例填写，二者择一',
    );
  }
  const values = instalments.map((it) => (byPercent ? it.percent : it.amountFen) as number);
  const bad = values.findIndex((v) => !Number.isSafeInteger(v) || v < 1 || (byPercent && v > 100));
  if (bad >= 0) {
    const what = byPercent
      ? 'percent, a whole number from 1 to 100'
      : 'amountFen, a positive whole number of fen';
    return refusal(
      'R26',
      'INSTALMENT_VALUE',
      `instalments.${bad}.${byPercent ? 'percent' : 'amountFen'}`,
      `instalment ${bad + 1}: the ${what}, got ${String(values[bad])}`,
      `第 ${bad + 1} 期的${byPercent ? '比例须为 1 至 100 的整数' : '金额须为正整数（分）'}，实际为 ${String(values[bad])}`,
    );
  }
  const sum = sumFen(values);
  const target = byPercent ? 100 : amountFen;
  if (sum !== target) {
    const unit = byPercent ? '%' : ' fen';
    return refusal(
      'R26',
      'INSTALMENT_SUM',
      'instalments',
      `the instalments add up to ${sum}${unit}, not ${target}${unit}`,
      `各期合计为 ${sum}${byPercent ? '%' : ' 分'}，应为 ${target}${byPercent ? '%' : ' 分'}`,
    );
  }
  const amounts = byPercent ? splitByPercents(amountFen, values) : values;
  const finalFen = amounts[count - 1];
  const floorFen = percentOf(amountFen, finalMinPercent);
  if (finalFen < floorFen) {
    return refusal(
      'R25',
      'FINAL_INSTALMENT_SHARE',
      `instalments.${count - 1}`,
      `the final instalment is ${finalFen} fen; it must be at least ${finalMinPercent}% of the contract, ${floorFen} fen (policy ${policy.version})`,
      `尾款为 ${finalFen} 分，不得低于合同金额的 ${finalMinPercent}%，即 ${floorFen} 分（政策版本 ${policy.version}）`,
    );
  }
  return {
    ok: true,
    policyVersion: policy.version,
    instalments: instalments.map((it, i) => ({
      key: it.key,
      trigger: it.trigger,
      amountFen: amounts[i],
    })),
  };
}
