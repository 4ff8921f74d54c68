import { formatYuan } from '@civic/domain/money';
import { useTranslation } from 'react-i18next';

/** Integer fen shown as yuan with two decimals, in the UI language (rule R26). */
export function useYuan(): (fen: number) => string {
  const { t } = useTranslation();
  return (fen) => t('common.yuan', { amount: formatYuan(fen) });
}
