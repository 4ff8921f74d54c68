import {
  BANNED_USE_LABELS_EN,
  BANNED_USE_LABELS_ZH,
  BannedUse,
  BUDGET_CATEGORY_LABELS_ZH,
  BudgetCategory,
  isBannedUse,
  isBudgetCategory,
} from './budget-category';
import {
  assertBannedUsePolicy,
  BannedUsePolicy,
  DEFAULT_BANNED_USE_POLICY,
} from './banned-use-policy';
import { findBannedKeyword } from './keyword-match';

/** One line of a subsidy application's budget, amount in integer fen (rule R26). */
export interface BudgetLine {
  category: BudgetCategory;
  description: string;
  amountFen: number;
}

export type BudgetLineRefusalReason =
  'UNKNOWN_CATEGORY' | 'BANNED_CATEGORY' | 'MISSING_DESCRIPTION' | 'BANNED_KEYWORD';

interface Refusal<R extends BudgetLineRefusalReason> {
  ok: false;
  rule: 'R22';
  reason: R;
  /** The banned-use policy the line was checked against, shown to the user. */
  policyVersion: string;
  message: string;
  messageZh: string;
}

/** Whether a budget line's use is lawful (rule R22); a refusal says which banned class and why. */
export type BudgetLineCheck =
  | { ok: true }
  | Refusal<'UNKNOWN_CATEGORY' | 'MISSING_DESCRIPTION'>
  | (Refusal<'BANNED_CATEGORY'> & { bannedUse: BannedUse; keyword: null })
  | (Refusal<'BANNED_KEYWORD'> & { bannedUse: BannedUse; keyword: string });

/**
 * rule R22: a budget line in a banned class is rejected at entry, with its reason. A line is
 * refused when its category is a banned class, or when its description names one by a keyword of
 * the policy in force (an "物资" line for "工作人员工资" is still staff pay). A line with an
 * unknown category or no description cannot be judged and is refused too. The amount is not
 * looked at here (see checkBudget).
 */
export function checkBudgetLine(
  line: BudgetLine,
  policy: BannedUsePolicy = DEFAULT_BANNED_USE_POLICY,
): BudgetLineCheck {
  assertBannedUsePolicy(policy);
  const policyVersion = policy.version;
  const category: unknown = line?.category;
  if (!isBudgetCategory(category)) {
    return {
      ok: false,
      rule: 'R22',
      reason: 'UNKNOWN_CATEGORY',
      policyVersion,
      message: `rule R22: budget category ${JSON.stringify(category)} is not one of the lottery fund's categories`,
      messageZh: `规则 R22：预算科目 ${JSON.stringify(category)} 不是彩票公益金的预算科目`,
    };
  }
  if (isBannedUse(category)) {
    return {
      ok: false,
      rule: 'R22',
      reason: 'BANNED_CATEGORY',
      bannedUse: category,
      keyword: null,
      policyVersion,
      message: `rule R22: the lottery welfare fund may not pay for ${BANNED_USE_LABELS_EN[category]} (${category})`,
      messageZh: `规则 R22：彩票公益金不得用于${BANNED_USE_LABELS_ZH[category]}`,
    };
  }
  const description: unknown = line.description;
  if (typeof description !== 'string' || description.trim() === '') {
    return {
      ok: false,
      rule: 'R22',
      reason: 'MISSING_DESCRIPTION',
      policyVersion,
      message: 'rule R22: a budget line must describe what it pays for, so its use can be checked',
      messageZh: '规则 R22：预算明细须写明支出用途，以便核查是否属于禁止列支范围',
    };
  }
  const match = findBannedKeyword(description, policy.keywords, policy.allowedPhrases);
  if (match === null) return { ok: true };
  const { bannedUse, keyword } = match;
  return {
    ok: false,
    rule: 'R22',
    reason: 'BANNED_KEYWORD',
    bannedUse,
    keyword,
    policyVersion,
    message: `rule R22: "${description}" mentions "${keyword}", which is ${BANNED_USE_LABELS_EN[bannedUse]} (${bannedUse}); the lottery welfare fund may not pay for it, even under ${category}`,
    messageZh: `规则 R22：用途“${description}”含“${keyword}”，属于${BANNED_USE_LABELS_ZH[bannedUse]}，彩票公益金不得列支（即使列入“${BUDGET_CATEGORY_LABELS_ZH[category]}”科目）`,
  };
}
