import { Permission } from '@civic/domain/access';
import { MAX_DASHBOARD_YEAR, MIN_DASHBOARD_YEAR } from '@civic/domain/dashboards';
import type { FundCode, ProgrammeName } from './dashboard-types';

/** The dashboards (issue #18), one tab each, in the order shown. */
export const DASHBOARD_TABS = ['registry', 'cohorts', 'funding', 'timeliness'] as const;
export type DashboardTab = (typeof DASHBOARD_TABS)[number];

/** The permission each dashboard's route asks for (apps/gateway/src/dashboards); the API checks again. */
export const DASHBOARD_PERMISSIONS: Readonly<Record<DashboardTab, Permission>> = {
  registry: Permission.ORGANIZATION_STATS,
  cohorts: Permission.INCUBATION_READ,
  funding: Permission.FINANCE_READ,
  timeliness: Permission.FINANCE_READ,
};

/** The funds of rule R27 and the programmes, as the programme dashboards filter by them. */
export const DASHBOARD_FUNDS: readonly FundCode[] = [
  'LOTTERY_WELFARE',
  'GOVERNMENT_PURCHASE',
  'INCUBATION',
  'VENTURE_PHILANTHROPY',
  'SOCIAL_DONATIONS',
];
export const DASHBOARD_PROGRAMMES: readonly ProgrammeName[] = [
  'incubation',
  'venture',
  'lottery-fund',
  'procurement',
];

/** Which filters a dashboard takes besides year and area (its route's query). */
export const FILTERS_OF: Readonly<Record<DashboardTab, { fund: boolean; programme: boolean }>> = {
  registry: { fund: false, programme: false },
  cohorts: { fund: false, programme: false },
  funding: { fund: true, programme: true },
  timeliness: { fund: false, programme: true },
};

/** Guangxi: where every drill-down starts (R1). */
export const PROVINCE_CODE = '45';
const AREA_CODE = /^45(\d{2}(\d{2}(\d{3})?)?)?$/;

/** What a dashboard shows: which one, for which year, area, fund and programme. */
export interface DashboardFilters {
  tab: DashboardTab;
  year?: number;
  area: string;
  fund?: FundCode;
  programme?: ProgrammeName;
}

/** The dashboards a user may open, by their permissions. */
export function dashboardTabsFor(permissions: readonly string[]): DashboardTab[] {
  return DASHBOARD_TABS.filter((tab) => permissions.includes(DASHBOARD_PERMISSIONS[tab]));
}

const pick = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.find((item) => item === value);

/**
 * The filters in the address (`/dashboards?tab=funding&year=2026&area=4501&fund=INCUBATION`), so a
 * view can be linked to and reloaded. Anything unknown or out of range is left out; a tab the user
 * may not open gives way to the first one they may.
 */
export function readDashboardParams(
  params: URLSearchParams,
  tabs: readonly DashboardTab[],
): DashboardFilters {
  const tab = pick(tabs, params.get('tab')) ?? tabs[0] ?? 'registry';
  const year = Number(params.get('year'));
  const area = params.get('area') ?? '';
  const filters: DashboardFilters = { tab, area: AREA_CODE.test(area) ? area : PROVINCE_CODE };
  if (Number.isInteger(year) && year >= MIN_DASHBOARD_YEAR && year <= MAX_DASHBOARD_YEAR) {
    filters.year = year;
  }
  const fund = pick(DASHBOARD_FUNDS, params.get('fund'));
  if (fund && FILTERS_OF[tab].fund) filters.fund = fund;
  const programme = pick(DASHBOARD_PROGRAMMES, params.get('programme'));
  if (programme && FILTERS_OF[tab].programme) filters.programme = programme;
  return filters;
}

/** The address of the filters: what is not set (and the province) is left out. */
export function dashboardParams(filters: DashboardFilters): URLSearchParams {
  const params = new URLSearchParams({ tab: filters.tab });
  if (filters.year !== undefined) params.set('year', String(filters.year));
  if (filters.area !== PROVINCE_CODE) params.set('area', filters.area);
  if (filters.fund && FILTERS_OF[filters.tab].fund) params.set('fund', filters.fund);
  if (filters.programme && FILTERS_OF[filters.tab].programme) {
    params.set('programme', filters.programme);
  }
  return params;
}

/** The query a dashboard's route (and its .xlsx) is asked with. */
export interface DashboardQuery {
  year?: number;
  areaCode?: string;
  fund?: FundCode;
  programme?: ProgrammeName;
}

export function dashboardQuery(filters: DashboardFilters): DashboardQuery {
  const query: DashboardQuery = { areaCode: filters.area };
  if (filters.year !== undefined) query.year = filters.year;
  if (filters.fund && FILTERS_OF[filters.tab].fund) query.fund = filters.fund;
  if (filters.programme && FILTERS_OF[filters.tab].programme) query.programme = filters.programme;
  return query;
}

/** The years a year filter offers: those the view has data for, and the one chosen (newest first). */
export function yearChoices(years: readonly number[], chosen: number | undefined): number[] {
  const all = new Set(years);
  if (chosen !== undefined) all.add(chosen);
  return [...all].sort((a, b) => b - a);
}
