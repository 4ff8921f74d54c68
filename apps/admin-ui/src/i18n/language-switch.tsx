import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Language, LANGUAGES, setLanguage } from './i18n';

/** 中文 / English; the choice is kept in localStorage. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      data-testid="language-switch"
      aria-label={t('language.label')}
      size="small"
      value={i18n.language as Language}
      onChange={(language) => void setLanguage(language)}
      options={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
    />
  );
}
