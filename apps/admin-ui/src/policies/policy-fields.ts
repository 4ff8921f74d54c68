import type { PolicyBody, PolicyKind } from './policy-types';

/** How a number of a policy reads: a percent, bonus points, working days… or fen shown as yuan. */
export type FieldUnit =
  | 'percent'
  | 'points'
  | 'workingDays'
  | 'months'
  | 'years'
  | 'generations'
  | 'people'
  | 'organizations'
  | 'score'
  | 'fen';

/** One number of a policy body, by its dotted path (`bonuses.rural`). */
export interface FieldSpec {
  path: string;
  /** None for a number the UI does not know yet: shown as it is. */
  unit?: FieldUnit;
}

/**
 * The kinds whose body is numbers only: shown field by field and edited with number inputs. The
 * tranches (R19), the banned-use keywords (R22) and the holiday notices (R16) are lists.
 */
export type NumericKind = Exclude<PolicyKind, 'TRANCHES' | 'BANNED_USES' | 'CALENDAR'>;

const points = (name: string): FieldSpec => ({ path: `bonuses.${name}`, unit: 'points' });

/**
 * The numbers of each kind, in the order domain.md gives them: R13's bonuses, R14's rural
 * reserve, R21's eldercare floor, R16's deadlines and incubation defaults, R18's look-back and
 * kinship, R5's tier thresholds (R2's registered funds in fen, R26).
 */
export const NUMERIC_FIELDS: Readonly<Record<NumericKind, readonly FieldSpec[]>> = {
  PRIORITY: [
    points('rural'),
    points('publicWelfare'),
    points('governmentFunctions'),
    points('perPriorityGroup'),
    points('priorityGroupsCap'),
    points('ruralFounder'),
    points('incubationGraduate'),
    // rule R6: life-service and mutual-aid organizations, from version 2026.2 (not in 2026.1).
    points('lifeService'),
    points('mutualAid'),
    // rule R9: organizations an individual or an enterprise founded in a priority field (2026.2).
    points('priorityFounder'),
  ],
  RESERVE: [{ path: 'ruralReservePercent', unit: 'percent' }],
  ELDERCARE_FLOOR: [{ path: 'floorPercent', unit: 'percent' }],
  INCUBATION_DEADLINES: [
    { path: 'answerWithinWorkingDays', unit: 'workingDays' },
    { path: 'returnSpaceWithinWorkingDays', unit: 'workingDays' },
    { path: 'defaultTermMonths', unit: 'months' },
    { path: 'ruralReservePercent', unit: 'percent' },
    { path: 'minFounders', unit: 'people' },
    { path: 'passingMerit', unit: 'score' },
  ],
  CONFLICTS: [
    { path: 'lookbackYears', unit: 'years' },
    { path: 'collateralGenerations', unit: 'generations' },
  ],
  TIERS: [
    { path: 'registration.minRegisteredFundsFen', unit: 'fen' },
    { path: 'registration.federationMinMemberOrganizations', unit: 'organizations' },
    { path: 'streetFiled.minMembers', unit: 'people' },
    { path: 'streetFiled.minActiveMonths', unit: 'months' },
    { path: 'streetFiled.windowMonths', unit: 'months' },
  ],
};

export function isNumericKind(kind: PolicyKind): kind is NumericKind {
  return kind in NUMERIC_FIELDS;
}

/** A number the UI does not know: a bonus reads as points, a `…Percent` as a percent. */
function guessedSpec(path: string): FieldSpec {
  if (path.startsWith('bonuses.')) return { path, unit: 'points' };
  return /Percent$/.test(path) ? { path, unit: 'percent' } : { path };
}

/** The spec of a number of a numeric kind: one of those above, or guessed from its path. */
export function fieldSpec(kind: PolicyKind, path: string): FieldSpec | undefined {
  if (!isNumericKind(kind)) return undefined;
  return NUMERIC_FIELDS[kind].find((f) => f.path === path) ?? guessedSpec(path);
}

/** The dotted paths of every number in a body, in its order (`bonuses.rural`, …). */
export function numberPaths(body: unknown, prefix = ''): string[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [];
  return Object.entries(body).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'number' ? [path] : numberPaths(value, path);
  });
}

/**
 * The numbers a version of a numeric kind holds, to show and to edit: the known ones it has, in
 * their order, then any other number in it (a field added to the kind since this UI was built:
 * a bonus shows as points, a `…Percent` as a percent, anything else as it is). Nothing is left
 * out, and a field a version does not have is not asked for.
 */
export function fieldsOf(kind: NumericKind, body: unknown): FieldSpec[] {
  const known = NUMERIC_FIELDS[kind];
  const paths = numberPaths(body);
  const present = known.filter((spec) => paths.includes(spec.path));
  const others = paths.filter((path) => !known.some((spec) => spec.path === path)).map(guessedSpec);
  return [...present, ...others];
}

/** The value at a dotted path of a body (`bonuses.rural`, `tranches.0.percent`). */
export function valueAt(body: PolicyBody | undefined, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[key]
          : undefined,
      body,
    );
}
