/** What a lottery welfare fund subsidy is for; every subsidy names one. rule R20 */
export const LotteryPurpose = {
  ELDERLY: 'ELDERLY',
  DISABILITY: 'DISABILITY',
  ORPHANS: 'ORPHANS',
  HARDSHIP: 'HARDSHIP',
} as const;
export type LotteryPurpose = (typeof LotteryPurpose)[keyof typeof LotteryPurpose];

export const LOTTERY_PURPOSES: readonly LotteryPurpose[] = Object.values(LotteryPurpose);

/** The four words of the Guangxi guidance: 扶老、助残、救孤、济困. rule R20 */
export const LOTTERY_PURPOSE_LABELS_ZH: Readonly<Record<LotteryPurpose, string>> = Object.freeze({
  ELDERLY: '扶老',
  DISABILITY: '助残',
  ORPHANS: '救孤',
  HARDSHIP: '济困',
});

export const LOTTERY_PURPOSE_LABELS_EN: Readonly<Record<LotteryPurpose, string>> = Object.freeze({
  ELDERLY: 'services for the elderly',
  DISABILITY: 'services for people with disabilities',
  ORPHANS: 'services for orphans',
  HARDSHIP: 'services for people in hardship',
});

// rule R20: a value from outside data (JSON, a form) is one of the four purposes.
export function isLotteryPurpose(value: unknown): value is LotteryPurpose {
  return typeof value === 'string' && (LOTTERY_PURPOSES as readonly string[]).includes(value);
}
