import { Button, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountySelect } from '../divisions/county-select';
import { useEnumOptions } from './enum-options';
import type { OrganizationFilters } from './queries';
import { ExportButton } from '../common/export-button';

interface Props {
  filters: OrganizationFilters;
  onChange: (patch: Partial<OrganizationFilters>) => void;
}

/** County, tier, category, urban/rural and a name search above the list. */
export function OrganizationFilterBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const tiers = useEnumOptions('tier');
  const categories = useEnumOptions('category');
  const areaTypes = useEnumOptions('areaType');
  return (
    <Space wrap className="filter-bar">
      <CountySelect
        allowClear
        className="filter-county"
        value={filters.countyCode}
        onChange={(countyCode) => onChange({ countyCode })}
      />
      <Select
        allowClear
        className="filter-select"
        placeholder={t('organizations.fields.tier')}
        aria-label={t('organizations.fields.tier')}
        value={filters.tier}
        onChange={(tier) => onChange({ tier })}
        options={tiers}
      />
      <Select
        allowClear
        className="filter-select"
        placeholder={t('organizations.fields.category')}
        aria-label={t('organizations.fields.category')}
        value={filters.category}
        onChange={(category) => onChange({ category })}
        options={categories}
      />
      <Select
        allowClear
        className="filter-select"
        placeholder={t('organizations.fields.areaType')}
        aria-label={t('organizations.fields.areaType')}
        value={filters.areaType}
        onChange={(areaType) => onChange({ areaType })}
        options={areaTypes}
      />
      <Input.Search
        allowClear
        key={filters.q ?? ''}
        defaultValue={filters.q}
        placeholder={t('organizations.list.search')}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
        data-testid="organization-search"
      />
      <Button onClick={() => onChange({ ...CLEARED })}>{t('common.reset')}</Button>
      <ExportButton path="/api/v1/organizations/export.xlsx" filters={filters} />
    </Space>
  );
}

const CLEARED = {
  countyCode: undefined,
  tier: undefined,
  category: undefined,
  areaType: undefined,
  q: undefined,
};
