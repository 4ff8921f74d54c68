import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';

/** antd's own texts (pagination, pickers, empty states) in the UI language. */
export function useAntdLocale() {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? enUS : zhCN;
}
