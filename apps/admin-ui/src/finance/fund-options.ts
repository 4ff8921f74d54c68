import { useTranslation } from 'react-i18next';
import type { FundCode } from '../api/types';

/** The funds of rule R27, in the order of domain.md (the API answers them in this order too). */
export const FUND_CODES: readonly FundCode[] = [
  'LOTTERY_WELFARE',
  'GOVERNMENT_PURCHASE',
  'INCUBATION',
  'VENTURE_PHILANTHROPY',
  'SOCIAL_DONATIONS',
];

export function useFundOptions() {
  const { t } = useTranslation();
  return FUND_CODES.map((fund) => ({ value: fund, label: t(`enums.fund.${fund}`) }));
}
