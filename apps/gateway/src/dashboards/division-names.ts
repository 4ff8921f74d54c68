import { DIVISION_CODE_LENGTH, divisionLevelOf } from '@civic/domain/dashboards';
import { Divisions } from '../divisions/divisions';

/** Guangxi, the province every division code here starts with. */
const PROVINCE: Readonly<Record<string, string>> = { '45': '广西壮族自治区' };

/**
 * Names for the division codes the services answer with (R1): the province, a city (the first 4
 * digits of its counties, which carry the city's name), a county, a street. A code the divisions
 * list does not hold keeps its code as its name, never an empty label.
 */
export class DivisionNames {
  private readonly counties = new Map<string, { name: string; cityName: string }>();
  private readonly cities = new Map<string, string>();
  private readonly streets = new Map<string, string>();

  constructor(private readonly divisions = Divisions.load()) {
    for (const county of divisions.counties) {
      this.counties.set(county.code, county);
      this.cities.set(county.code.slice(0, DIVISION_CODE_LENGTH.CITY), county.cityName);
    }
  }

  nameOf(code: string): string {
    switch (divisionLevelOf(code)) {
      case 'PROVINCE':
        return PROVINCE[code] ?? code;
      case 'CITY':
        return this.cities.get(code) ?? code;
      case 'COUNTY':
        return this.counties.get(code)?.name ?? code;
      case 'STREET':
        return this.streetName(code);
    }
  }

  /** The city a county belongs to. */
  cityNameOf(countyCode: string): string {
    return this.counties.get(countyCode)?.cityName ?? this.nameOf(countyCode.slice(0, 4));
  }

  /** Each `name` of the area and its children filled in from its `code`. */
  named<T extends { code: string; name: string }>(area: T): T {
    return { ...area, name: this.nameOf(area.code) };
  }

  private streetName(code: string): string {
    if (!this.streets.has(code)) {
      for (const street of this.divisions.streets(code.slice(0, DIVISION_CODE_LENGTH.COUNTY))) {
        this.streets.set(street.code, street.name);
      }
    }
    return this.streets.get(code) ?? code;
  }
}
