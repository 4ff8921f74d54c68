/**
 * The kinds of policy an administrator changes without a programmer (issue #17; domain.md's
 * "[policy]" numbers), each one document per version and region: procurement's purchase policy
 * (methods, thresholds, terms, instalments, performance, the R12 tilt) is `PURCHASE`, its negative
 * list of Order 102 art. 10 `NEGATIVE_LIST`. rule R5, rule R12, rule R13, rule R14, rule R16,
 * rule R18, rule R19, rule R21, rule R22, rule R24, rule R25
 */
export const POLICY_KINDS = Object.freeze([
  'TIERS',
  'PRIORITY',
  'RESERVE',
  'INCUBATION_DEADLINES',
  'CONFLICTS',
  'TRANCHES',
  'ELDERCARE_FLOOR',
  'BANNED_USES',
  'CALENDAR',
  'PURCHASE',
  'NEGATIVE_LIST',
] as const);

export type PolicyKind = (typeof POLICY_KINDS)[number];

/** The rule each kind carries the numbers of, cited in its refusals. */
export const RULE_OF_KIND: Readonly<Record<PolicyKind, string>> = Object.freeze({
  TIERS: 'R5',
  PRIORITY: 'R13',
  RESERVE: 'R14',
  INCUBATION_DEADLINES: 'R16',
  CONFLICTS: 'R18',
  TRANCHES: 'R19',
  ELDERCARE_FLOOR: 'R21',
  BANNED_USES: 'R22',
  CALENDAR: 'R16',
  PURCHASE: 'R25',
  NEGATIVE_LIST: 'R25',
});

// rule R13 (policy as data): a value from outside (JSON, a form) is one of the policy kinds.
export function isPolicyKind(value: unknown): value is PolicyKind {
  return typeof value === 'string' && (POLICY_KINDS as readonly string[]).includes(value);
}
