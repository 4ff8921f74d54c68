import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bankMatches, bankOptions } from './bank-options';

/** Picks the bank of a payee account from the CNAPS list, searchable by code or name (R28). */
export function BankSelect(props: Omit<SelectProps<string>, 'options' | 'showSearch'>) {
  const { t, i18n } = useTranslation();
  const options = useMemo(() => bankOptions(i18n.language), [i18n.language]);
  return (
    <Select<string>
      {...props}
      showSearch={{ filterOption: (input, option) => bankMatches(input, String(option?.value)) }}
      options={options}
      placeholder={t('bank.placeholder')}
    />
  );
}
