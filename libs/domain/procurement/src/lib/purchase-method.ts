import { articleZh } from './article-zh';
import { assertNonNegativeFen } from '@civic/domain/money';
import {
  methodRule,
  PurchaseMethod,
  PurchasePolicy,
  PurchaseRefusal,
  refusal,
} from './purchase-policy';

export interface PurchaseMethodInput {
  /** The project's budget in fen (R26). */
  budgetFen: number;
  method: string;
  /** Why the method's legal conditions are met (recorded with the project). */
  justification?: string | null;
}

export type PurchaseMethodCheck =
  | {
      ok: true;
      policyVersion: string;
      method: PurchaseMethod;
      minBidders: number;
      minPanel: number;
      /** Whether the decision rests on the recorded justification. */
      justified: boolean;
    }
  | PurchaseRefusal;

const yuan = (fen: number) => (fen / 100).toFixed(2);

/**
 * rule R25: the purchase method a project may use, by its budget and the policy's thresholds:
 * - below `smallPurchaseFen` (采购限额标准) any method of the policy;
 * - at or above `publicTenderFen` (公开招标数额标准) PUBLIC_TENDER, or another method only with a
 *   recorded justification (Government Procurement Law art. 27: approved before purchasing);
 * - in between any method, but one whose `justificationRequired` is set (its conditions in the
 *   law, e.g. single source art. 31) needs a recorded justification.
 * A refusal names the field `method`.
 */
export function checkPurchaseMethod(
  policy: PurchasePolicy,
  input: PurchaseMethodInput,
): PurchaseMethodCheck {
  assertNonNegativeFen(input.budgetFen, 'rule R25: budgetFen');
  const rule = methodRule(policy, input.method);
  if (!rule) {
    const known = policy.methods.map((m) => m.method).join(', ');
    return refusal(
      'R25',
      'METHOD_UNKNOWN',
      'method',
      `${String(input.method)} is not a purchase method of policy ${policy.version} (${known})`,
      `${String(input.method)} 不是政策版本 ${policy.version} 中的采购方式（${known}）`,
    );
  }
  const justified = (input.justification ?? '').trim() !== '';
  const ok = (usedJustification: boolean): PurchaseMethodCheck => ({
    ok: true,
    policyVersion: policy.version,
    method: rule.method,
    minBidders: rule.minBidders,
    minPanel: rule.minPanel,
    justified: usedJustification,
  });
  const { smallPurchaseFen, publicTenderFen, source } = policy.thresholds;
  if (input.budgetFen < smallPurchaseFen) return ok(false);
  if (input.budgetFen >= publicTenderFen) {
    if (rule.method === 'PUBLIC_TENDER') return ok(false);
    if (justified) return ok(true);
    return refusal(
      'R25',
      'PUBLIC_TENDER_REQUIRED',
      'method',
      `a budget of ${yuan(input.budgetFen)} yuan is at or above the public-tender threshold of ${yuan(publicTenderFen)} yuan (${source}); ${rule.name} needs a recorded justification (policy ${policy.version})`,
      `预算 ${yuan(input.budgetFen)} 元达到公开招标数额标准 ${yuan(publicTenderFen)} 元（${source}），采用${rule.nameZh}须记录理由（政策版本 ${policy.version}）`,
    );
  }
  if (!rule.justificationRequired) return ok(false);
  if (justified) return ok(true);
  return refusal(
    'R25',
    'METHOD_JUSTIFICATION_REQUIRED',
    'method',
    `${rule.name} may be used only when the conditions of ${rule.article} are met; record a justification (policy ${policy.version})`,
    `采用${rule.nameZh}须符合${articleZh(rule.article)}规定的情形，并记录理由（政策版本 ${policy.version}）`,
  );
}

/**
 * rule R25: whether enough valid bids came in for the method (政府采购法 art. 36: fewer than the
 * minimum and the purchase fails, FAILED). A refusal names the field `bids`.
 */
export function checkBidCount(
  policy: PurchasePolicy,
  method: PurchaseMethod,
  validBids: number,
): { ok: true; minBidders: number } | PurchaseRefusal {
  const rule = methodRule(policy, method);
  if (!rule)
    throw new RangeError(`rule R25: ${method} is not a method of policy ${policy.version}`);
  if (validBids >= rule.minBidders) return { ok: true, minBidders: rule.minBidders };
  return refusal(
    'R25',
    'TOO_FEW_BIDS',
    'bids',
    `${rule.name} needs at least ${rule.minBidders} valid bids, got ${validBids} (${rule.article}); the purchase fails`,
    `${rule.nameZh}须至少有 ${rule.minBidders} 家有效响应，实际为 ${validBids} 家（${articleZh(rule.article)}），采购失败`,
  );
}
