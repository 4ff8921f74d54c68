/**
 * The funds of domain.md R27, each with a budget per fiscal year. rule R27
 */
export const FundCode = {
  LOTTERY_WELFARE: 'LOTTERY_WELFARE',
  GOVERNMENT_PURCHASE: 'GOVERNMENT_PURCHASE',
  INCUBATION: 'INCUBATION',
  VENTURE_PHILANTHROPY: 'VENTURE_PHILANTHROPY',
  SOCIAL_DONATIONS: 'SOCIAL_DONATIONS',
} as const;

/** One of the funds of rule R27. */
export type FundCode = (typeof FundCode)[keyof typeof FundCode];

/** Every fund, in the order of domain.md R27. */
export const ALL_FUND_CODES: readonly FundCode[] = Object.freeze(Object.values(FundCode));

/** How users name each fund (rule R27). */
export const FUND_LABELS_ZH: Readonly<Record<FundCode, string>> = Object.freeze({
  LOTTERY_WELFARE: '彩票公益金',
  GOVERNMENT_PURCHASE: '政府购买服务预算',
  INCUBATION: '孵化资金',
  VENTURE_PHILANTHROPY: '公益创投资金',
  SOCIAL_DONATIONS: '社会捐赠',
});

// rule R27: whether a value names one of the funds.
export function isFundCode(value: unknown): value is FundCode {
  return typeof value === 'string' && (ALL_FUND_CODES as readonly string[]).includes(value);
}
