import { useTranslation } from 'react-i18next';
import { ALLOWED_BUDGET_CATEGORIES, LOTTERY_PURPOSES } from '@civic/domain/lottery';
import type { ApplicationStatus } from '../api/types';

// Purposes (R20) and budget categories (R22) come from the domain library the services use.
export { ALLOWED_BUDGET_CATEGORIES, BANNED_USES, LOTTERY_PURPOSES } from '@civic/domain/lottery';

export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  'SUBMITTED',
  'APPROVED',
  'COMMITTED',
  'PAID',
  'REJECTED',
  'COMMITMENT_REFUSED',
  'PAYMENT_FAILED',
  'WITHDRAWING',
  'WITHDRAWN',
];

export function usePurposeOptions() {
  const { t } = useTranslation();
  return LOTTERY_PURPOSES.map((value) => ({ value, label: t(`enums.lotteryPurpose.${value}`) }));
}

export function useCategoryOptions() {
  const { t } = useTranslation();
  return ALLOWED_BUDGET_CATEGORIES.map((value) => ({
    value,
    label: t(`enums.budgetCategory.${value}`),
  }));
}
