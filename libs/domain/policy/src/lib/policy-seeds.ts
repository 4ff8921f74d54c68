import { DEFAULT_CALENDAR_POLICY } from '@civic/domain/calendar';
import { DEFAULT_CONFLICT_POLICY } from '@civic/domain/conflicts';
import { DEFAULT_INCUBATION_POLICY } from '@civic/domain/incubation';
import { DEFAULT_BANNED_USE_POLICY, DEFAULT_ELDERCARE_POLICY } from '@civic/domain/lottery';
import { DEFAULT_TIER_POLICY } from '@civic/domain/organizations';
import { DEFAULT_PRIORITY_POLICY, PRIORITY_POLICY_WITH_R6 } from '@civic/domain/priority';
import { DEFAULT_NEGATIVE_LIST_POLICY, DEFAULT_PURCHASE_POLICY } from '@civic/domain/procurement';
import { DEFAULT_TRANCHES } from '@civic/domain/venture';
import type { PolicyKind } from './policy-kind';

/** The kinds an administrator edits through the store: every kind of policy (issue #17). */
export const EDITABLE_POLICY_KINDS = Object.freeze([
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
] as const satisfies readonly PolicyKind[]);

export type EditablePolicyKind = (typeof EDITABLE_POLICY_KINDS)[number];

/** A policy document's body: its own version and the numbers of its kind. */
export type PolicyBody = { version: string } & Record<string, unknown>;

/** The province the platform serves: a seed is its first version, for every county in it. */
export const PROVINCE_REGION = '450000';

/**
 * The day each kind's first version applies from: any day before the platform's later versions,
 * so that a decision about an earlier year (a 2025 fiscal year's report, say) has a policy too.
 */
export const SEED_EFFECTIVE_FROM = '2000-01-01';

const { bonuses, ruralReservePercent, version: priorityVersion } = DEFAULT_PRIORITY_POLICY;

/**
 * The first version of each kind (issue #17, "no [policy] number lives in code except as the seed
 * of a policy's first version"): what the domain libraries default to, as documents. A service
 * uses its seed until the store has approved a version in force. Procurement's two kinds are the
 * 2026.1 versions its own table held before the store took them (the same numbers and words, so
 * what was stamped 2026.1 keeps its meaning). rule R5, rule R12, rule R13, rule R14, rule R16,
 * rule R18, rule R19, rule R21, rule R22, rule R24, rule R25
 */
export const SEED_POLICIES: Readonly<Record<EditablePolicyKind, PolicyBody>> = Object.freeze({
  TIERS: DEFAULT_TIER_POLICY as unknown as PolicyBody,
  PRIORITY: { version: priorityVersion, bonuses },
  RESERVE: { version: priorityVersion, ruralReservePercent },
  INCUBATION_DEADLINES: DEFAULT_INCUBATION_POLICY as unknown as PolicyBody,
  CONFLICTS: DEFAULT_CONFLICT_POLICY as unknown as PolicyBody,
  TRANCHES: { version: '2026.1', tranches: DEFAULT_TRANCHES },
  ELDERCARE_FLOOR: DEFAULT_ELDERCARE_POLICY as unknown as PolicyBody,
  BANNED_USES: DEFAULT_BANNED_USE_POLICY as unknown as PolicyBody,
  CALENDAR: DEFAULT_CALENDAR_POLICY as unknown as PolicyBody,
  PURCHASE: DEFAULT_PURCHASE_POLICY as unknown as PolicyBody,
  NEGATIVE_LIST: DEFAULT_NEGATIVE_LIST_POLICY as unknown as PolicyBody,
});

/** A version the platform ships: a seed of the store, and what a service uses until it has copies. */
export interface SeedVersion {
  kind: EditablePolicyKind;
  regionCode: string;
  version: string;
  effectiveFrom: string;
  body: PolicyBody;
  reason: string;
}

/**
 * rule R6, rule R9: the day the platform's priority policy took R6's and R9's bonuses (version
 * 2026.2).
 */
export const R6_EFFECTIVE_FROM = '2026-12-01';

/**
 * Every version the platform ships, oldest first: each kind's first version from
 * SEED_EFFECTIVE_FROM, then the versions that brought rules the first ones lacked (R6's and R9's
 * bonuses).
 * Frozen: the organizations migrations seed the store with them (PolicyStore, then
 * ProcurementPolicies for PURCHASE and NEGATIVE_LIST, which procurement kept until then), and
 * decisions stamped them; a change is a new version, never an edit; a new kind adds its first
 * version here and a migration that seeds it. rule R6, rule R9, rule R13, rule R25
 */
export const SEED_VERSIONS: readonly SeedVersion[] = Object.freeze([
  ...(Object.keys(SEED_POLICIES) as EditablePolicyKind[]).map((kind) => ({
    kind,
    regionCode: PROVINCE_REGION,
    version: SEED_POLICIES[kind].version,
    effectiveFrom: SEED_EFFECTIVE_FROM,
    body: SEED_POLICIES[kind],
    reason: 'domain.md 默认值（首个版本）',
  })),
  {
    kind: 'PRIORITY' as const,
    regionCode: PROVINCE_REGION,
    version: PRIORITY_POLICY_WITH_R6.version,
    effectiveFrom: R6_EFFECTIVE_FROM,
    body: { version: PRIORITY_POLICY_WITH_R6.version, bonuses: PRIORITY_POLICY_WITH_R6.bonuses },
    reason:
      'R6：生活服务类、居（村）民互助类组织各加 5 分；R9：个人或企业出资举办养老托育等领域的组织加 5 分',
  },
]);

/** The newest shipped version of each kind: the shape a proposed body must have. rule R13 */
export const POLICY_SHAPES: Readonly<Record<EditablePolicyKind, PolicyBody>> = Object.freeze(
  Object.fromEntries(SEED_VERSIONS.map((seed) => [seed.kind, seed.body])) as Record<
    EditablePolicyKind,
    PolicyBody
  >,
);

// rule R13 (policy as data, issue #17): a value from outside is one of the kinds the store edits.
export function isEditablePolicyKind(value: unknown): value is EditablePolicyKind {
  return typeof value === 'string' && (EDITABLE_POLICY_KINDS as readonly string[]).includes(value);
}
