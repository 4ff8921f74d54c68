import { DEFAULT_CONFLICT_POLICY } from '@civic/domain/conflicts';
import { DEFAULT_INCUBATION_POLICY } from '@civic/domain/incubation';
import { DEFAULT_BANNED_USE_POLICY, DEFAULT_ELDERCARE_POLICY } from '@civic/domain/lottery';
import { DEFAULT_TIER_POLICY } from '@civic/domain/organizations';
import { DEFAULT_PRIORITY_POLICY } from '@civic/domain/priority';
import { DEFAULT_TRANCHES } from '@civic/domain/venture';
import type { PolicyKind } from './policy-kind';

/** The kinds an administrator edits through the store today; the others follow (issue #17). */
export const EDITABLE_POLICY_KINDS = Object.freeze([
  'TIERS',
  'PRIORITY',
  'RESERVE',
  'INCUBATION_DEADLINES',
  'CONFLICTS',
  'TRANCHES',
  'ELDERCARE_FLOOR',
  'BANNED_USES',
] as const satisfies readonly PolicyKind[]);

export type EditablePolicyKind = (typeof EDITABLE_POLICY_KINDS)[number];

/** A policy document's body: its own version and the numbers of its kind. */
export type PolicyBody = { version: string } & Record<string, unknown>;

/** The province the platform serves: a seed is its first version, for every county in it. */
export const PROVINCE_REGION = '450000';

/** The day the seeds apply from. */
export const SEED_EFFECTIVE_FROM = '2026-01-01';

const { bonuses, ruralReservePercent, version: priorityVersion } = DEFAULT_PRIORITY_POLICY;

/**
 * The first version of each kind (issue #17, "no [policy] number lives in code except as the seed
 * of a policy's first version"): what the domain libraries default to, as documents. A service
 * uses its seed until the store has approved a version in force. rule R5, rule R13, rule R14,
 * rule R16, rule R18, rule R19, rule R21, rule R22
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
});

// rule R13 (policy as data, issue #17): a value from outside is one of the kinds the store edits.
export function isEditablePolicyKind(value: unknown): value is EditablePolicyKind {
  return typeof value === 'string' && (EDITABLE_POLICY_KINDS as readonly string[]).includes(value);
}
