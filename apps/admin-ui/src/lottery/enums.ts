import { useTranslation } from 'react-i18next';
import { ALLOWED_BUDGET_CATEGORIES, LOTTERY_PURPOSES } from '@civic/domain/lottery';

// Purposes (R20), budget categories (R22) and application statuses come from the domain library
// the services use.
export {
  ALLOWED_BUDGET_CATEGORIES,
  APPLICATION_STATUSES,
  BANNED_USES,
  LOTTERY_PURPOSES,
} from '@civic/domain/lottery';

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
