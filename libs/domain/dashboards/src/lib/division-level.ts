/**
 * The levels of China's administrative divisions the dashboards drill through (rule R1: every
 * organization is located down to county → street/township → community). A division code is a
 * prefix of its children's: province 45, city 4501, county 450102, street 450102001.
 */
export const DivisionLevel = {
  PROVINCE: 'PROVINCE',
  CITY: 'CITY',
  COUNTY: 'COUNTY',
  STREET: 'STREET',
} as const;
export type DivisionLevel = (typeof DivisionLevel)[keyof typeof DivisionLevel];

export const DIVISION_LEVELS: readonly DivisionLevel[] = Object.values(DivisionLevel);

/**
 * rule R1: the street code a tally counts under when the area is not known (money asked before
 * requests named their recipient, a payee outside the registry): no division starts with 0, so it
 * lies in no area and drill-downs never show it; the province's view shows it apart.
 */
export const UNKNOWN_STREET_CODE = '000000000';

/** How many digits a code of each level has. */
export const DIVISION_CODE_LENGTH: Readonly<Record<DivisionLevel, number>> = {
  PROVINCE: 2,
  CITY: 4,
  COUNTY: 6,
  STREET: 9,
};

export const DIVISION_LEVEL_LABELS_ZH: Readonly<Record<DivisionLevel, string>> = {
  PROVINCE: '省（自治区）',
  CITY: '市',
  COUNTY: '县（市、区）',
  STREET: '街道（乡镇）',
};

const LEVEL_OF_LENGTH = new Map(DIVISION_LEVELS.map((l) => [DIVISION_CODE_LENGTH[l], l]));

// rule R1: the level of a division code, by its length; anything else is refused, naming it.
export function divisionLevelOf(code: string): DivisionLevel {
  const level = /^\d+$/.test(code) ? LEVEL_OF_LENGTH.get(code.length) : undefined;
  if (!level) {
    throw new RangeError(
      `rule R1: a division code has 2, 4, 6 or 9 digits (province, city, county, street), got "${code}"`,
    );
  }
  return level;
}

// rule R1: whether a string is a division code of one of the four levels.
export function isDivisionCode(code: unknown): code is string {
  return typeof code === 'string' && /^\d+$/.test(code) && LEVEL_OF_LENGTH.has(code.length);
}

// rule R1: the division one level up (a street's county, a county's city), or null for a province.
export function parentCodeOf(code: string): string | null {
  const index = DIVISION_LEVELS.indexOf(divisionLevelOf(code));
  return index === 0 ? null : code.slice(0, DIVISION_CODE_LENGTH[DIVISION_LEVELS[index - 1]]);
}

// rule R1: the level one down, where a drill-down goes next, or null below a street.
export function childLevelOf(level: DivisionLevel): DivisionLevel | null {
  return DIVISION_LEVELS[DIVISION_LEVELS.indexOf(level) + 1] ?? null;
}

// rule R1: whether `code` lies in `area` (or is it): a county in its city, a street in its province.
export function isWithin(code: string, area: string): boolean {
  divisionLevelOf(code);
  divisionLevelOf(area);
  return code.startsWith(area);
}

/**
 * rule R1 (domain.md "Actors": bound roles see their own): the area an actor is shown when it asks
 * for `requested` (the province when it names none) while bound to `bound` (a street officer's
 * street; none for province-wide roles). Inside the binding: what was asked. Above it (the
 * province, the street's county): the binding itself, never figures of others. Elsewhere: null,
 * for the caller to refuse.
 */
export function narrowArea(
  requested: string | undefined,
  bound: string | undefined,
  province: string,
): string | null {
  const asked = requested ?? province;
  if (bound === undefined) return asked;
  if (isWithin(asked, bound)) return asked;
  if (isWithin(bound, asked)) return bound;
  return null;
}
