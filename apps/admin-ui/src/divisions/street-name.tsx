import { useTranslation } from 'react-i18next';
import { useStreetName } from './use-divisions';

/** A street/township shown by name and code, e.g. 新竹街道（450103001）. */
export function StreetName({ code }: { code: string }) {
  const { t } = useTranslation();
  const name = useStreetName(code);
  return <>{name ? t('divisions.nameWithCode', { name, code }) : code}</>;
}
