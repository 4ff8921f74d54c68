import type { MatrixCase, MatrixUser } from './access-matrix.procurement';

/**
 * The dashboards in the access matrix (issue #18): the registry's for those who supervise the
 * registry (a street officer sees its own street), the cohorts' for those who read incubation
 * (base staff see their own base), funding and timeliness for those who read finance (officers,
 * administrators, finance makers and checkers). Reads only: nothing to prepare.
 */
const REGISTRY_READERS: readonly MatrixUser[] = ['officer', 'street', 'admin'];
const COHORT_READERS: readonly MatrixUser[] = ['incubator', 'officer', 'admin'];
const FINANCE_READERS: readonly MatrixUser[] = ['officer', 'maker', 'checker', 'admin'];

export function dashboardCases(): MatrixCase[] {
  return [
    {
      route: 'GET /api/v1/dashboards/registry',
      path: () => '/v1/dashboards/registry',
      allowed: REGISTRY_READERS,
      why: 'registry figures by area (R5, R10), each in scope',
    },
    {
      route: 'GET /api/v1/dashboards/registry.xlsx',
      path: () => '/v1/dashboards/registry.xlsx?areaCode=4501',
      allowed: REGISTRY_READERS,
      why: 'the registry dashboard as Excel',
    },
    {
      route: 'GET /api/v1/dashboards/cohorts',
      path: () => '/v1/dashboards/cohorts',
      allowed: COHORT_READERS,
      why: 'cohort outcomes (R16), base staff their own base',
    },
    {
      route: 'GET /api/v1/dashboards/cohorts.xlsx',
      path: () => '/v1/dashboards/cohorts.xlsx?year=2026',
      allowed: COHORT_READERS,
      why: 'the cohort dashboard as Excel',
    },
    {
      route: 'GET /api/v1/dashboards/funding',
      path: () => '/v1/dashboards/funding',
      allowed: FINANCE_READERS,
      why: 'money by programme and area, shares against R10, R12, R14, R21 (finance reads)',
    },
    {
      route: 'GET /api/v1/dashboards/funding.xlsx',
      path: () => '/v1/dashboards/funding.xlsx?fund=LOTTERY_WELFARE',
      allowed: FINANCE_READERS,
      why: 'the funding dashboard as Excel',
    },
    {
      route: 'GET /api/v1/dashboards/timeliness',
      path: () => '/v1/dashboards/timeliness',
      allowed: FINANCE_READERS,
      why: 'days to decision and payment, every programme asked (R16, R28)',
    },
    {
      route: 'GET /api/v1/dashboards/timeliness.xlsx',
      path: () => '/v1/dashboards/timeliness.xlsx?programme=venture',
      allowed: FINANCE_READERS,
      why: 'the timeliness dashboard as Excel',
    },
  ];
}
