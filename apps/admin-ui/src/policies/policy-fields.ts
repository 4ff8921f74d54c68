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
  | 'weight'
  | 'days'
  | 'instalments'
  | 'fen';

/** One number of a policy body, by its dotted path (`bonuses.rural`). */
export interface FieldSpec {
  path: string;
  /** None for a number the UI does not know yet: shown as it is. */
  unit?: FieldUnit;
}

/**
 * The kinds shown field by field and edited with number inputs: their numbers, and the numbers of
 * a list of objects in them (the purchase methods' minimum bids and panels, R25); their words are
 * kept as they are. The tranches (R19), the banned-use keywords (R22), the holiday notices (R16)
 * and the negative list's clauses (R25) are lists, edited as JSON.
 */
export type NumericKind = Exclude<
  PolicyKind,
  'TRANCHES' | 'BANNED_USES' | 'CALENDAR' | 'NEGATIVE_LIST'
>;

const points = (name: string): FieldSpec => ({ path: `bonuses.${name}`, unit: 'points' });

/**
 * The numbers of each kind, in the order domain.md gives them: R13's bonuses, R14's rural
 * reserve, R21's eldercare floor, R16's deadlines and incubation defaults, R18's look-back and
 * kinship, R5's tier thresholds (R2's registered funds in fen, R26), R25's purchase policy (its
 * thresholds in fen; each method's minimum bids and panel follow, see `METHOD_NUMBER`).
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
  PURCHASE: [
    { path: 'thresholds.smallPurchaseFen', unit: 'fen' },
    { path: 'thresholds.publicTenderFen', unit: 'fen' },
    { path: 'contractTerm.maxMonths', unit: 'months' },
    { path: 'contractTerm.stableMaxMonths', unit: 'months' },
    { path: 'instalments.maxCount', unit: 'instalments' },
    { path: 'instalments.finalMinPercent', unit: 'percent' },
    { path: 'performance.passMark', unit: 'score' },
    { path: 'performance.reduceBand', unit: 'score' },
    { path: 'performance.reducePercent', unit: 'percent' },
    { path: 'tilt.reservedShareTargetPercent', unit: 'percent' },
    { path: 'tilt.maxTiltWeight', unit: 'weight' },
    { path: 'evaluation.priceWeightMin', unit: 'weight' },
    { path: 'evaluation.priceWeightMax', unit: 'weight' },
    { path: 'award.objectionDays', unit: 'days' },
  ],
};

/** rule R25: a purchase method's number, `methods.<i>.minBidders` or `methods.<i>.minPanel`. */
export const METHOD_NUMBER = /^methods\.(\d+)\.(minBidders|minPanel)$/;

export function isNumericKind(kind: PolicyKind): kind is NumericKind {
  return kind in NUMERIC_FIELDS;
}

/**
 * A number the UI does not know by its path: a bonus reads as points, a purchase method's minimum
 * bids as undertakers and its panel as people (R25), a `…Percent` as a percent.
 */
function guessedSpec(path: string): FieldSpec {
  if (path.startsWith('bonuses.')) return { path, unit: 'points' };
  const method = METHOD_NUMBER.exec(path);
  if (method) return { path, unit: method[2] === 'minBidders' ? 'organizations' : 'people' };
  return /Percent$/.test(path) ? { path, unit: 'percent' } : { path };
}

/** The spec of a number of a numeric kind: one of those above, or guessed from its path. */
export function fieldSpec(kind: PolicyKind, path: string): FieldSpec | undefined {
  if (!isNumericKind(kind)) return undefined;
  return NUMERIC_FIELDS[kind].find((f) => f.path === path) ?? guessedSpec(path);
}

/**
 * The dotted paths of every number in a body, in its order (`bonuses.rural`, …), those of a list
 * of objects by index (`methods.0.minBidders`); a list of numbers or words is not walked.
 */
export function numberPaths(body: unknown, prefix = ''): string[] {
  if (typeof body !== 'object' || body === null) return [];
  if (Array.isArray(body) && !body.every((item) => typeof item === 'object' && item !== null)) {
    return [];
  }
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

/**
 * The form item of a number at a dotted path of a body, as the API's violation of it is matched
 * (`methods.4.minBidders` → ['body', 'methods', 4, 'minBidders']: a list index is a number).
 */
export function fieldName(path: string): (string | number)[] {
  return ['body', ...path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))];
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
