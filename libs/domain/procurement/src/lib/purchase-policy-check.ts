import { PURCHASE_METHODS, PurchasePolicy } from './purchase-policy';

type Bounds = Record<string, [number, number]>;

const SECTIONS: Record<string, Bounds> = {
  thresholds: {
    smallPurchaseFen: [0, Number.MAX_SAFE_INTEGER],
    publicTenderFen: [0, Number.MAX_SAFE_INTEGER],
  },
  contractTerm: { maxMonths: [1, 120], stableMaxMonths: [1, 120] },
  instalments: { maxCount: [1, 12], finalMinPercent: [0, 100] },
  performance: { passMark: [0, 100], reduceBand: [0, 100], reducePercent: [0, 100] },
  tilt: { reservedShareTargetPercent: [0, 100], maxTiltWeight: [0, 100] },
  evaluation: { priceWeightMin: [0, 100], priceWeightMax: [0, 100] },
  award: { objectionDays: [1, 60] },
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const whole = (v: unknown, [min, max]: [number, number]) =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;

/**
 * rule R25, rule R12: the problems of purchase policy data (a version of the policy store's kind
 * `PURCHASE`, issue #17), so an administrator's new version cannot break a decision: every
 * section present with whole numbers in range, each method of the law exactly once with
 * minBidders ≥ 1 and minPanel ≥ 1, the small purchase threshold not above the public tender one,
 * the stable term not below the general one, and the price weights in order. Each problem is
 * `<dotted field>: <what is wrong>`; an empty list means the policy is usable.
 */
export function purchasePolicyProblems(policy: unknown): string[] {
  if (!isRecord(policy)) return ['policy: must be an object'];
  const problems: string[] = [];
  if (typeof policy.version !== 'string' || policy.version === '')
    problems.push('version: missing');
  for (const [section, bounds] of Object.entries(SECTIONS)) {
    const value = policy[section];
    if (!isRecord(value)) {
      problems.push(`${section}: missing`);
      continue;
    }
    for (const [key, range] of Object.entries(bounds)) {
      if (!whole(value[key], range)) {
        problems.push(`${section}.${key}: must be a whole number from ${range[0]} to ${range[1]}`);
      }
    }
  }
  const methods: unknown[] = Array.isArray(policy.methods) ? policy.methods : [];
  for (const method of PURCHASE_METHODS) {
    const at = methods.flatMap((m, i) => (isRecord(m) && m.method === method ? [i] : []));
    if (at.length !== 1) {
      problems.push(`methods: must have ${method} exactly once`);
      continue;
    }
    const rule = methods[at[0]] as Record<string, unknown>;
    for (const key of ['minBidders', 'minPanel']) {
      if (!whole(rule[key], [1, 100])) {
        problems.push(`methods.${at[0]}.${key}: must be a whole number from 1 to 100`);
      }
    }
  }
  const unknown = methods.findIndex(
    (m) => !isRecord(m) || !(PURCHASE_METHODS as readonly unknown[]).includes(m.method),
  );
  if (unknown >= 0) {
    problems.push(`methods.${unknown}.method: must be one of ${PURCHASE_METHODS.join(', ')}`);
  }
  if (problems.length > 0) return problems;
  const p = policy as unknown as PurchasePolicy;
  if (p.thresholds.smallPurchaseFen > p.thresholds.publicTenderFen) {
    problems.push('thresholds.smallPurchaseFen: must not exceed thresholds.publicTenderFen');
  }
  if (p.contractTerm.stableMaxMonths < p.contractTerm.maxMonths) {
    problems.push('contractTerm.stableMaxMonths: must not be below contractTerm.maxMonths');
  }
  if (p.evaluation.priceWeightMin > p.evaluation.priceWeightMax) {
    problems.push('evaluation.priceWeightMin: must not exceed evaluation.priceWeightMax');
  }
  return problems;
}
