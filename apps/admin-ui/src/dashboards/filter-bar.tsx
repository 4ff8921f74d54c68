import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  DASHBOARD_FUNDS,
  DASHBOARD_PROGRAMMES,
  type DashboardFilters,
  FILTERS_OF,
  yearChoices,
} from './dashboard-filters';
import type { FundCode, ProgrammeName } from './dashboard-types';

const ALL = 'all' as const;

/**
 * The filters above a dashboard: the year (only those its view has data for), and the fund (R27)
 * and programme where the dashboard takes them. Each change goes into the address.
 */
export function FilterBar(props: {
  years: readonly number[];
  filters: DashboardFilters;
  go: (next: Partial<DashboardFilters>) => void;
}) {
  const { t } = useTranslation();
  const { filters, go } = props;
  const takes = FILTERS_OF[filters.tab];
  return (
    <Space wrap className="filter-bar dashboard-filters">
      <Select
        className="filter-select"
        id="dashboard-year"
        data-testid="dashboard-year"
        aria-label={t('dashboards.filters.year')}
        value={filters.year ?? ALL}
        onChange={(year) => go({ year: year === ALL ? undefined : Number(year) })}
        options={[
          { value: ALL, label: t('dashboards.filters.allYears') },
          ...yearChoices(props.years, filters.year).map((year) => ({
            value: year,
            label: t('dashboards.filters.yearOption', { year }),
          })),
        ]}
      />
      {takes.fund && (
        <Select
          className="filter-fund"
          id="dashboard-fund"
          data-testid="dashboard-fund"
          aria-label={t('dashboards.filters.fund')}
          value={filters.fund ?? ALL}
          onChange={(fund: FundCode | typeof ALL) => go({ fund: fund === ALL ? undefined : fund })}
          options={[
            { value: ALL, label: t('dashboards.filters.allFunds') },
            ...DASHBOARD_FUNDS.map((fund) => ({ value: fund, label: t(`enums.fund.${fund}`) })),
          ]}
        />
      )}
      {takes.programme && (
        <Select
          className="filter-fund"
          id="dashboard-programme"
          data-testid="dashboard-programme"
          aria-label={t('dashboards.filters.programme')}
          value={filters.programme ?? ALL}
          onChange={(programme: ProgrammeName | typeof ALL) =>
            go({ programme: programme === ALL ? undefined : programme })
          }
          options={[
            { value: ALL, label: t('dashboards.filters.allProgrammes') },
            ...DASHBOARD_PROGRAMMES.map((programme) => ({
              value: programme,
              label: t(`enums.programme.${programme}`),
            })),
          ]}
        />
      )}
    </Space>
  );
}
