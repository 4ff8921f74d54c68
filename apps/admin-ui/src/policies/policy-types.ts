// The policy store's shapes as the UI reads and sends them (issue #17), from the generated schema.
import type { components } from '../api/schema';

type Schemas = components['schemas'];
type Generated = Schemas['PolicyDocumentView'];

/** One version of a policy, with who proposed and decided it. */
export type PolicyView = Generated;

export type PolicyKind = Generated['kind'];
export type PolicyStatus = Generated['status'];
export type ProposePolicyDto = Schemas['ProposePolicyDto'];

/** A policy body: its version and the numbers of its kind. */
export type PolicyBody = Record<string, unknown>;

/** The page of the policy list and the versions in force, with the versions typed as above. */
export interface PolicyPage {
  items: PolicyView[];
  total: number;
  page: number;
  pageSize: number;
}
export interface PoliciesInForce {
  regionCode: string;
  on: string;
  items: PolicyView[];
}

/** The kinds, in the order the page shows them; the Record follows the API's enum. */
const KINDS: Record<PolicyKind, true> = {
  PRIORITY: true,
  RESERVE: true,
  ELDERCARE_FLOOR: true,
  BANNED_USES: true,
  TRANCHES: true,
  INCUBATION_DEADLINES: true,
  CALENDAR: true,
  CONFLICTS: true,
  TIERS: true,
  PURCHASE: true,
  NEGATIVE_LIST: true,
};
export const POLICY_KINDS = Object.keys(KINDS) as PolicyKind[];

export function isPolicyKind(value: unknown): value is PolicyKind {
  return typeof value === 'string' && (POLICY_KINDS as string[]).includes(value);
}

const STATUSES: Record<PolicyStatus, true> = {
  PROPOSED: true,
  APPROVED: true,
  REJECTED: true,
  WITHDRAWN: true,
};
export const POLICY_STATUSES = Object.keys(STATUSES) as PolicyStatus[];

/** The province the platform serves: its versions apply to every county without one of its own. */
export const PROVINCE_REGION = '450000';
