import { Button, Input, Select } from 'antd';
import type { SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { yearOptions } from '../finance/funds/years';
import type { CatalogueFilter } from './types';

interface Props {
  filter: CatalogueFilter;
  onChange: (filter: CatalogueFilter) => void;
  regions: SelectProps<string>['options'];
  /** Prefix of the controls' ids, e.g. `catalogue` → `catalogue-region`. */
  idPrefix: string;
  /** The years offered when not all the usual ones (the public's: those with items; `null` while counted). */
  years?: { value: number; label: string }[] | null;
}

/**
 * The catalogue's filters (R24): a region, a fiscal year and a category name at any level (as
 * the API matches it: the whole name); each change asks the API for the first page.
 */
export function CatalogueFilters({ filter, onChange, regions, idPrefix, years }: Props) {
  const { t } = useTranslation();
  const patch = (change: CatalogueFilter) => onChange({ ...filter, ...change });
  return (
    <div className="catalogue-filters" data-testid={`${idPrefix}-filters`}>
      <Select<string>
        id={`${idPrefix}-region`}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        className="catalogue-filter-region"
        aria-label={t('procurement.fields.region')}
        placeholder={t('procurement.region.all')}
        value={filter.regionCode}
        onChange={(regionCode) => patch({ regionCode })}
        options={regions}
      />
      <Select<number>
        id={`${idPrefix}-year`}
        allowClear
        className="catalogue-filter-year"
        aria-label={t('finance.funds.fiscalYear')}
        placeholder={t('procurement.catalogue.allYears')}
        value={filter.fiscalYear}
        onChange={(fiscalYear) => patch({ fiscalYear })}
        loading={years === null}
        options={years === undefined ? yearOptions(t) : (years ?? [])}
      />
      <Input.Search
        id={`${idPrefix}-category`}
        allowClear
        className="catalogue-filter-category"
        key={filter.category ?? ''}
        defaultValue={filter.category}
        aria-label={t('procurement.fields.categories')}
        placeholder={t('procurement.catalogue.categorySearch')}
        onSearch={(category) => patch({ category: category.trim() || undefined })}
      />
      <Button onClick={() => onChange({})}>{t('common.reset')}</Button>
    </div>
  );
}
