import { Button, Select } from 'antd';
import type { SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDirectoryOptions } from './directory-tags';
import type { DirectoryFilter, DirectoryStatus, UndertakerKind } from './directory-types';

/**
 * The directory's filters (R24): the kind of undertaker, the entry's status and a region it
 * serves (the API matches a division inside it or one that holds it); each change asks the API
 * for the first page.
 */
export function DirectoryFilters(props: {
  filter: DirectoryFilter;
  onChange: (filter: DirectoryFilter) => void;
  regions: SelectProps<string>['options'];
}) {
  const { filter, onChange, regions } = props;
  const { t } = useTranslation();
  const options = useDirectoryOptions();
  const patch = (change: DirectoryFilter) => onChange({ ...filter, ...change });
  return (
    <div className="catalogue-filters" data-testid="directory-filters">
      <Select<UndertakerKind>
        id="directory-kind"
        allowClear
        className="directory-filter-kind"
        aria-label={t('procurement.directory.kind')}
        placeholder={t('procurement.directory.allKinds')}
        value={filter.kind}
        onChange={(kind) => patch({ kind })}
        options={options.kinds}
      />
      <Select<DirectoryStatus>
        id="directory-status"
        allowClear
        className="directory-filter-status"
        aria-label={t('procurement.directory.status')}
        placeholder={t('procurement.directory.allStatuses')}
        value={filter.status}
        onChange={(status) => patch({ status })}
        options={options.statuses}
      />
      <Select<string>
        id="directory-region"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        className="catalogue-filter-region"
        aria-label={t('procurement.directory.serviceAreas')}
        placeholder={t('procurement.region.all')}
        value={filter.regionCode}
        onChange={(regionCode) => patch({ regionCode })}
        options={regions}
      />
      <Button onClick={() => onChange({})}>{t('common.reset')}</Button>
    </div>
  );
}
