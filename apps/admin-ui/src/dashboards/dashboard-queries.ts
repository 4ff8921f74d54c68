import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { DashboardQuery } from './dashboard-filters';

/**
 * The dashboards' views, read from the services' tallies through the gateway (issue #18). The
 * view on screen stays while the next year or area loads, so a drill-down does not flicker.
 */
const viewQuery = <T>(name: string, query: DashboardQuery, read: () => Promise<T>) => ({
  queryKey: ['dashboards', name, query],
  queryFn: read,
  placeholderData: keepPreviousData,
});

/** Registry (R1, R5, R6, R8, R10): organizations by area and tier. */
export function useRegistryDashboard(query: DashboardQuery, enabled = true) {
  const { year, areaCode } = query;
  return useQuery({
    ...viewQuery('registry', query, () =>
      unwrap(api.GET('/api/v1/dashboards/registry', { params: { query: { year, areaCode } } })),
    ),
    enabled,
  });
}

/** Incubation cohorts (R16): applicants' outcomes by base, cohort and area. */
export function useCohortDashboard(query: DashboardQuery, enabled = true) {
  const { year, areaCode } = query;
  return useQuery({
    ...viewQuery('cohorts', query, () =>
      unwrap(api.GET('/api/v1/dashboards/cohorts', { params: { query: { year, areaCode } } })),
    ),
    enabled,
  });
}

/** Funding (R26–R28): money by programme, fund and the recipients' areas, shares against targets. */
export function useFundingDashboard(query: DashboardQuery, enabled = true) {
  const { year, areaCode, fund, programme } = query;
  return useQuery({
    ...viewQuery('funding', query, () =>
      unwrap(
        api.GET('/api/v1/dashboards/funding', {
          params: { query: { year, areaCode, fund, programme } },
        }),
      ),
    ),
    enabled,
  });
}

/** Timeliness (R16, R28): days from application to decision and to payment. */
export function useTimelinessDashboard(query: DashboardQuery, enabled = true) {
  const { year, areaCode, programme } = query;
  return useQuery({
    ...viewQuery('timeliness', query, () =>
      unwrap(
        api.GET('/api/v1/dashboards/timeliness', {
          params: { query: { year, areaCode, programme } },
        }),
      ),
    ),
    enabled,
  });
}
