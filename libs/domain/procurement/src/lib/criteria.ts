import { PurchasePolicy, PurchaseRefusal, refusal } from './purchase-policy';

/** One evaluation criterion, announced with the project before bidding (R25, R12). */
export interface EvaluationCriterion {
  /** 1–30 lower-case letters, digits or underscores, starting with a letter; unique. */
  key: string;
  name: string;
  nameZh: string;
  /** A positive whole number; the weights of the criteria sum to 100. */
  weight: number;
  /** The full score, a whole number from 1 to 100; panel scores go from 0 to it. */
  max: number;
  /** PANEL (scored by each member, the default) or PRICE (the lowest-price method, not scored). */
  kind?: 'PANEL' | 'PRICE';
  /** R12: a tilt factor (rural, public welfare) named in the announcement. */
  tilt?: boolean;
}

const KEY_FORM = /^[a-z][a-z0-9_]{0,29}$/;
const MAX_CRITERIA = 20;
const isWhole = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;

/**
 * rule R25: the form of announced criteria, without the policy: 1 to 20 criteria with unique
 * keys, whole weights from 1 to 100 summing to 100, whole full scores from 1 to 100, at most one
 * PRICE criterion and it not a tilt. The first problem, or null.
 */
export function criteriaProblem(criteria: readonly EvaluationCriterion[]): PurchaseRefusal | null {
  const bad = (reason: string, field: string, message: string, messageZh: string) =>
    refusal('R25', reason, field, message, messageZh);
  if (!Array.isArray(criteria) || criteria.length < 1 || criteria.length > MAX_CRITERIA) {
    return bad(
      'CRITERIA_COUNT',
      'criteria',
      `an announcement names 1 to ${MAX_CRITERIA} evaluation criteria`,
      `公告须列明 1 至 ${MAX_CRITERIA} 项评审因素`,
    );
  }
  const seen = new Set<string>();
  for (const [i, c] of criteria.entries()) {
    if (typeof c?.key !== 'string' || !KEY_FORM.test(c.key) || seen.has(c.key)) {
      return bad(
        'CRITERION_KEY',
        `criteria.${i}.key`,
        `criterion ${i + 1}: the key must be unique lower-case letters, digits or underscores, got ${String(c?.key)}`,
        `第 ${i + 1} 项评审因素的代码须唯一，由小写字母、数字或下划线组成，实际为 ${String(c?.key)}`,
      );
    }
    seen.add(c.key);
    for (const prop of ['weight', 'max'] as const) {
      if (!isWhole(c[prop], 1, 100)) {
        return bad(
          'CRITERION_NUMBER',
          `criteria.${i}.${prop}`,
          `criterion ${c.key}: the ${prop} must be a whole number from 1 to 100, got ${String(c[prop])}`,
          `评审因素 ${c.key} 的${prop === 'weight' ? '权重' : '满分'}须为 1 至 100 的整数，实际为 ${String(c[prop])}`,
        );
      }
    }
  }
  const sum = criteria.reduce((total, c) => total + c.weight, 0);
  if (sum !== 100) {
    return bad(
      'CRITERIA_WEIGHTS',
      'criteria',
      `the weights add up to ${sum}, not 100`,
      `各评审因素权重合计为 ${sum}，应为 100`,
    );
  }
  const prices = criteria.filter((c) => c.kind === 'PRICE');
  if (prices.length > 1 || prices.some((c) => c.tilt)) {
    return bad(
      'PRICE_CRITERION',
      'criteria',
      'at most one criterion is the price, and it is no tilt factor',
      '价格因素至多一项，且不得作为倾斜因素',
    );
  }
  return null;
}

/**
 * rule R25, rule R12: criteria an announcement may carry under the policy: the form of
 * criteriaProblem; the tilt criteria (R12) together weigh at most `tilt.maxTiltWeight`; a price
 * criterion weighs from `evaluation.priceWeightMin` to `priceWeightMax` (财政部令第87号 art. 55).
 */
export function checkCriteria(
  policy: PurchasePolicy,
  criteria: readonly EvaluationCriterion[],
): { ok: true; policyVersion: string } | PurchaseRefusal {
  const problem = criteriaProblem(criteria);
  if (problem) return problem;
  const tiltWeight = criteria.filter((c) => c.tilt).reduce((total, c) => total + c.weight, 0);
  const { maxTiltWeight, source } = policy.tilt;
  if (tiltWeight > maxTiltWeight) {
    return refusal(
      'R12',
      'TILT_WEIGHT',
      'criteria',
      `the tilt criteria weigh ${tiltWeight} together, more than the ${maxTiltWeight} the policy allows (${source}; policy ${policy.version})`,
      `倾斜评审因素权重合计 ${tiltWeight}，超过政策上限 ${maxTiltWeight}（${source}，政策版本 ${policy.version}）`,
    );
  }
  const price = criteria.find((c) => c.kind === 'PRICE');
  const { priceWeightMin: min, priceWeightMax: max } = policy.evaluation;
  if (price && (price.weight < min || price.weight > max)) {
    return refusal(
      'R25',
      'PRICE_WEIGHT',
      `criteria.${criteria.indexOf(price)}.weight`,
      `the price weighs ${price.weight}; for services it weighs ${min} to ${max} (${policy.evaluation.source})`,
      `价格权重为 ${price.weight}，服务项目须为 ${min} 至 ${max}（${policy.evaluation.source}）`,
    );
  }
  return { ok: true, policyVersion: policy.version };
}
