import { useTranslation } from 'react-i18next';

/** Picks the API's Chinese or English text of a reason (`messageZh` / `message`). */
export function useLocalizedMessage() {
  const { i18n } = useTranslation();
  return (item: { message: string; messageZh: string }) =>
    i18n.language === 'en' ? item.message : item.messageZh;
}
