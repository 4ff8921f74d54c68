import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCounties } from './use-divisions';

/** A county (区/县/市) picker, searchable by name, labelled with its city. */
export function CountySelect(props: Omit<SelectProps<string>, 'options' | 'loading'>) {
  const { t } = useTranslation();
  const counties = useCounties();
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('divisions.county')}
      // Outside a form item (a filter) the placeholder is its only label; in one, the item's label.
      aria-label={props.id ? undefined : t('divisions.county')}
      {...props}
      loading={counties.isLoading}
      options={(counties.data ?? []).map((c) => ({
        value: c.code,
        label: `${c.cityName} ${c.name}`,
      }))}
    />
  );
}
