import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useStreets } from './use-divisions';

/** The streets/townships of one county. */
export function StreetSelect({
  countyCode,
  ...props
}: { countyCode?: string } & Omit<SelectProps<string>, 'options' | 'loading'>) {
  const { t } = useTranslation();
  const streets = useStreets(countyCode);
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('divisions.street')}
      disabled={!countyCode}
      {...props}
      loading={streets.isLoading}
      options={(streets.data ?? []).map((s) => ({ value: s.code, label: s.name }))}
    />
  );
}
