import { Button, Select } from 'antd';
import type { SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { yearOptions } from '../../finance/funds/years';
import { PROJECT_STATUSES, type ProjectFilter, type ProjectStatus } from './project-types';

/** The projects' filters: fiscal year, status, the buyer's region; each asks for the first page. */
export function ProjectFilters(props: {
  filter: ProjectFilter;
  onChange: (filter: ProjectFilter) => void;
  regions: SelectProps<string>['options'];
}) {
  const { filter, onChange, regions } = props;
  const { t } = useTranslation();
  const patch = (change: ProjectFilter) => onChange({ ...filter, ...change });
  return (
    <div className="catalogue-filters" data-testid="project-filters">
      <Select<number>
        id="projects-year"
        allowClear
        className="catalogue-filter-year"
        aria-label={t('finance.funds.fiscalYear')}
        placeholder={t('procurement.catalogue.allYears')}
        value={filter.fiscalYear}
        onChange={(fiscalYear) => patch({ fiscalYear })}
        options={yearOptions(t)}
      />
      <Select<ProjectStatus>
        id="projects-status"
        allowClear
        className="directory-filter-status"
        aria-label={t('procurement.projects.status')}
        placeholder={t('procurement.projects.allStatuses')}
        value={filter.status}
        onChange={(status) => patch({ status })}
        options={PROJECT_STATUSES.map((status) => ({
          value: status,
          label: t(`procurement.projects.statuses.${status}`),
        }))}
      />
      <Select<string>
        id="projects-region"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        className="catalogue-filter-region"
        aria-label={t('procurement.projects.region')}
        placeholder={t('procurement.region.all')}
        value={filter.regionCode}
        onChange={(regionCode) => patch({ regionCode })}
        options={regions}
      />
      <Button onClick={() => onChange({})}>{t('common.reset')}</Button>
    </div>
  );
}
