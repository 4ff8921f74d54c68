import { articleZh } from './article-zh';
import { PurchasePolicy, PurchaseRefusal, refusal } from './purchase-policy';

export interface ContractTermInput {
  /** The term in whole months, at least 1. */
  months: number;
  /** The catalogue item is flagged stable: fixed content, continuing need, little price change. */
  stable: boolean;
  /** Its funding is secured for the whole term (预算保障). */
  budgetSecured: boolean;
}

export type ContractTermCheck =
  { ok: true; policyVersion: string; maxMonths: number; years: number } | PurchaseRefusal;

/**
 * rule R25 (Order 102 art. 24): a contract runs at most `contractTerm.maxMonths` (1 year), or at
 * most `stableMaxMonths` (3 years) for an item flagged stable whose budget is secured. Anything
 * longer is refused naming the article, on the field `months`. On success `years` is the number
 * of budget years the contract spans (each renewed against its year's budget, renewalCheck).
 */
export function checkContractTerm(
  policy: PurchasePolicy,
  input: ContractTermInput,
): ContractTermCheck {
  const { maxMonths, stableMaxMonths, article } = policy.contractTerm;
  const { months, stable, budgetSecured } = input;
  if (!Number.isSafeInteger(months) || months < 1) {
    return refusal(
      'R25',
      'CONTRACT_TERM',
      'months',
      `the term must be a whole number of months, at least 1, got ${String(months)}`,
      `合同期限须为不少于 1 的整数月，实际为 ${String(months)}`,
    );
  }
  const allowed = stable && budgetSecured ? stableMaxMonths : maxMonths;
  if (months <= allowed) {
    return {
      ok: true,
      policyVersion: policy.version,
      maxMonths: allowed,
      years: Math.ceil(months / 12),
    };
  }
  if (stable && !budgetSecured && months <= stableMaxMonths) {
    return refusal(
      'R25',
      'CONTRACT_TERM_BUDGET_NOT_SECURED',
      'months',
      `${article}: a term of ${months} months for a stable item needs its budget secured; otherwise at most ${maxMonths} months (policy ${policy.version})`,
      `${articleZh(article)}：稳定类项目签订 ${months} 个月的合同须以预算保障为前提，否则不得超过 ${maxMonths} 个月（政策版本 ${policy.version}）`,
    );
  }
  const kind = stable ? 'a stable item' : 'an item not flagged stable';
  const kindZh = stable ? '稳定类项目' : '非稳定类项目';
  return refusal(
    'R25',
    'CONTRACT_TERM_TOO_LONG',
    'months',
    `${article}: a contract for ${kind} runs at most ${allowed} months, got ${months} (policy ${policy.version})`,
    `${articleZh(article)}：${kindZh}的合同履行期限不得超过 ${allowed} 个月，实际为 ${months} 个月（政策版本 ${policy.version}）`,
  );
}

export interface RenewalInput {
  /** The contract's term in months (it passed checkContractTerm). */
  termMonths: number;
  /** The contract year to renew: 2 for the second year, and so on. */
  year: number;
  /** Whether that year's budget holds the money (R27; Order 102 art. 14). */
  yearBudgetPresent: boolean;
}

export type RenewalCheck =
  { ok: true; year: number; months: number; lastYear: boolean } | PurchaseRefusal;

/**
 * rule R25, rule R27 (Order 102 art. 24, art. 14): a multi-year contract is renewed each year
 * against that year's budget: year 2 and later of its term, only when that year's budget is
 * present. `months` is how much of the term the year covers (a 30-month term: 12, 12, 6).
 */
export function renewalCheck(input: RenewalInput): RenewalCheck {
  const { termMonths, year, yearBudgetPresent } = input;
  if (!Number.isSafeInteger(termMonths) || termMonths < 1) {
    throw new RangeError(
      `rule R25: termMonths must be a whole number, at least 1, got ${termMonths}`,
    );
  }
  const years = Math.ceil(termMonths / 12);
  if (!Number.isSafeInteger(year) || year < 2 || year > years) {
    return refusal(
      'R25',
      'RENEWAL_YEAR',
      'year',
      `a ${termMonths}-month contract renews for its years 2 to ${years}, got year ${String(year)}`,
      `${termMonths} 个月的合同只能续签第 2 至第 ${years} 年，实际为第 ${String(year)} 年`,
    );
  }
  if (!yearBudgetPresent) {
    return refusal(
      'R27',
      'RENEWAL_NO_BUDGET',
      'year',
      `year ${year} of the contract has no budget for it; it is renewed only against that year's budget`,
      `合同第 ${year} 年没有当年预算，须在当年预算安排后方可续签`,
    );
  }
  return {
    ok: true,
    year,
    months: Math.min(12, termMonths - 12 * (year - 1)),
    lastYear: year === years,
  };
}
