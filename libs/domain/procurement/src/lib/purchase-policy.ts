/**
 * The policy of government purchase of services (政府购买服务; R12, R25): purchase methods and
 * their thresholds, contract terms, instalments, the performance rule and the R12 tilt. All of
 * it is policy data, a version of the policy store's kind `PURCHASE` (issue #17) that the
 * procurement service reads from its copy; nothing here holds a number (the first version is
 * DEFAULT_PURCHASE_POLICY, the store's seed). Amounts are integer fen (R26).
 */

/** The purchase methods of the Government Procurement Law (政府采购法 art. 26) and 财库〔2014〕214号. */
export type PurchaseMethod =
  | 'PUBLIC_TENDER'
  | 'INVITATIONAL_TENDER'
  | 'COMPETITIVE_NEGOTIATION'
  | 'COMPETITIVE_CONSULTATION'
  | 'SINGLE_SOURCE'
  | 'INQUIRY';

export const PURCHASE_METHODS: readonly PurchaseMethod[] = Object.freeze([
  'PUBLIC_TENDER',
  'INVITATIONAL_TENDER',
  'COMPETITIVE_NEGOTIATION',
  'COMPETITIVE_CONSULTATION',
  'SINGLE_SOURCE',
  'INQUIRY',
]);

/** What the policy says of one method. */
export interface PurchaseMethodRule {
  method: PurchaseMethod;
  name: string;
  nameZh: string;
  /** Where the law sets the method's conditions, e.g. `Government Procurement Law art. 31`. */
  article: string;
  /** Fewer valid bids than this and the purchase fails (FAILED). */
  minBidders: number;
  /** The smallest evaluation panel (R18 draws it). */
  minPanel: number;
  /** The method's legal conditions must be stated in a recorded justification. */
  justificationRequired: boolean;
}

export interface PurchasePolicy {
  version: string;
  methods: readonly PurchaseMethodRule[];
  thresholds: {
    /** Below this (采购限额标准) the procurement law's methods are not required: any method. */
    smallPurchaseFen: number;
    /** At or above this (公开招标数额标准) only PUBLIC_TENDER, or another method justified. */
    publicTenderFen: number;
    source: string;
  };
  contractTerm: {
    /** Order 102 art. 24: at most 1 year … */
    maxMonths: number;
    /** … or at most 3 years for a stable item whose budget is secured. */
    stableMaxMonths: number;
    article: string;
  };
  instalments: {
    maxCount: number;
    /** The final instalment, paid after the final evaluation, is at least this share. */
    finalMinPercent: number;
    article: string;
  };
  performance: {
    /** Final evaluation score (out of 100) at or above which the final instalment is paid. */
    passMark: number;
    /** Scores in [passMark − reduceBand, passMark) reduce the final instalment; lower hold it. */
    reduceBand: number;
    /** By how much a score in the band reduces the final instalment, in percent. */
    reducePercent: number;
    article: string;
  };
  tilt: {
    /** R12: the share of a year's purchase budget meant for community social organizations. */
    reservedShareTargetPercent: number;
    /** R12: the largest total weight of announced tilt criteria (out of 100). */
    maxTiltWeight: number;
    source: string;
  };
  evaluation: {
    /** A price criterion, when announced, weighs this much at least and at most (services). */
    priceWeightMin: number;
    priceWeightMax: number;
    source: string;
  };
  award: {
    /**
     * Days after the result is published during which bidders may object (质疑); the contract is
     * signed only after them. The law counts working days; until the policy store keeps the
     * working-day calendar (issue #17) these are calendar days, which is never shorter.
     */
    objectionDays: number;
    source: string;
  };
}

/** A refusal with its rule, an error code for the 422, the field and both languages. rule R25 */
export interface PurchaseRefusal {
  ok: false;
  rule: `R${number}`;
  code: string;
  message: string;
  messageZh: string;
  field: string;
}

// rule R25: build a refusal; the code is `RULE_<rule>_<reason>` and both messages cite the rule.
export function refusal(
  rule: `R${number}`,
  reason: string,
  field: string,
  message: string,
  messageZh: string,
): PurchaseRefusal {
  return {
    ok: false,
    rule,
    code: `RULE_${rule}_${reason}`,
    message: `rule ${rule}: ${message}`,
    messageZh: `规则 ${rule}：${messageZh}`,
    field,
  };
}

// rule R25: the rule of a method in the policy, or undefined for a method the policy lacks.
export function methodRule(policy: PurchasePolicy, method: string): PurchaseMethodRule | undefined {
  return policy.methods.find((m) => m.method === method);
}
