import type {
  CohortDashboardView,
  FundingDashboardView,
  RegistryDashboardView,
  TimelinessDashboardView,
} from '@civic/contracts';
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

/** The funding dashboard with its divisions named (R1). */
export function namedFunding(
  view: FundingDashboardView,
  names: DivisionNames,
): FundingDashboardView {
  return {
    ...view,
    area: names.named(view.area),
    children: view.children.map((child) => names.named(child)),
    counties: view.counties.map((county) => names.named(county)),
  };
}

/** The timeliness dashboard with its divisions named (R1). */
export function namedTimeliness(
  view: TimelinessDashboardView,
  names: DivisionNames,
): TimelinessDashboardView {
  return {
    ...view,
    area: names.named(view.area),
    children: view.children.map((child) => names.named(child)),
  };
}
