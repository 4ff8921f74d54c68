import {
  childLevelOf,
  DIVISION_CODE_LENGTH,
  DIVISION_LEVELS,
  divisionLevelOf,
  isDivisionCode,
} from '@civic/domain/dashboards';
import type { DivisionLevel } from './dashboard-types';

/**
 * rule R1: the areas from the province down to `code`, each a prefix of the next (45 → 4501 →
 * 450103 → 450103001), for the breadcrumb that goes back up.
 */
export function areaPath(code: string): string[] {
  const level = DIVISION_LEVELS.indexOf(divisionLevelOf(code));
  return DIVISION_LEVELS.slice(0, level + 1).map((l) => code.slice(0, DIVISION_CODE_LENGTH[l]));
}

/** rule R1: whether an area has children to drill into (a street is as far as the tallies go). */
export function canDrillFrom(code: string): boolean {
  return childLevelOf(divisionLevelOf(code)) !== null;
}

/**
 * rule R1: where a click on `clicked` (a bar or a region) leads from `current`: into it when it is
 * a division inside `current` (a city's county, or at the province a county straight away), else
 * nowhere (a click on a total, or on `current` itself, does nothing).
 */
export function drillTarget(current: string, clicked: unknown): string | null {
  if (!isDivisionCode(clicked) || !isDivisionCode(current)) return null;
  return clicked.length > current.length && clicked.startsWith(current) ? clicked : null;
}

/** The level one down from an area, whose divisions the charts show (null below a street). */
export function childLevelOfArea(code: string): DivisionLevel | null {
  return childLevelOf(divisionLevelOf(code));
}

/** Names for the breadcrumb: the province, cities and counties from the counties list, streets. */
export interface DivisionNameSources {
  province: string;
  counties: readonly { code: string; name: string; cityName: string }[];
  streets: readonly { code: string; name: string }[];
}

/** Each area of the path with its name; an area the lists do not hold shows its code. */
export function namedPath(
  code: string,
  names: DivisionNameSources,
): { code: string; name: string }[] {
  return areaPath(code).map((area) => ({ code: area, name: nameOf(area, names) ?? area }));
}

function nameOf(code: string, names: DivisionNameSources): string | undefined {
  switch (divisionLevelOf(code)) {
    case 'PROVINCE':
      return names.province;
    case 'CITY':
      return names.counties.find((c) => c.code.startsWith(code))?.cityName;
    case 'COUNTY':
      return names.counties.find((c) => c.code === code)?.name;
    case 'STREET':
      return names.streets.find((s) => s.code === code)?.name;
  }
}
