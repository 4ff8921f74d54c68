import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';

/** The one rule the form checks itself; everything else is the API's to decide. */
export function useRequired(): Rule[] {
  const { t } = useTranslation();
  return [{ required: true, message: t('form.required') }];
}
