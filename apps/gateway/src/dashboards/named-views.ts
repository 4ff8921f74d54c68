import type { CohortDashboardView, RegistryDashboardView } from '@civic/contracts';
import type { DivisionNames } from './division-names';

/** The registry dashboard with its divisions named, counties with their city (R1). */
export function namedRegistry(
  view: RegistryDashboardView,
  names: DivisionNames,
): RegistryDashboardView {
  return {
    ...view,
    area: names.named(view.area),
    children: view.children.map((child) => names.named(child)),
    tiersByCounty: view.tiersByCounty.map((county) => ({
      ...names.named(county),
      cityName: names.cityNameOf(county.code),
    })),
  };
}

/** The cohort dashboard with its divisions named (R1). */
export function namedCohorts(view: CohortDashboardView, names: DivisionNames): CohortDashboardView {
  return {
    ...view,
    area: names.named(view.area),
    children: view.children.map((child) => names.named(child)),
  };
}
