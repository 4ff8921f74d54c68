import type { PolicyApprovedV1 } from '@civic/contracts';
import {
  beijingDayOf,
  type CalendarPolicy,
  calendarWithNotices,
  dateStringOfDay,
  type WorkingCalendar,
} from '@civic/domain/calendar';
import {
  type EditablePolicyKind,
  type PolicyBody,
  policyInForce,
  PROVINCE_REGION,
  regionChain,
  SEED_VERSIONS,
} from '@civic/domain/policy';
import type { HandlerContext } from '@civic/platform/messaging';
import type { PriorityPolicy } from '@civic/domain/priority';
import { ServiceError } from '@civic/platform/rpc';
import { type EntityManager, In } from 'typeorm';
import { PolicyCopy } from './policy-copy.entity';

/** A policy version as a decision uses it: its numbers, and the stamp it records. */
export interface PolicyUsed<B = PolicyBody> {
  kind: EditablePolicyKind;
  regionCode: string;
  version: string;
  effectiveFrom: string;
  body: B;
}

/** Keep an approved version from `organizations.policy-approved.v1`, in the inbox transaction. */
export async function keepPolicyCopy(
  payload: PolicyApprovedV1,
  { manager }: Pick<HandlerContext, 'manager'>,
): Promise<void> {
  const table = manager.connection
    .getMetadata(PolicyCopy)
    .tablePath.split('.')
    .map((part) => `"${part}"`)
    .join('.');
  await manager.query(
    `INSERT INTO ${table} (kind, region_code, version, effective_from, body, received_at)
     VALUES ($1, $2, $3, $4, $5, now()) ON CONFLICT DO NOTHING`,
    [
      payload.kind,
      payload.regionCode,
      payload.version,
      payload.effectiveFrom,
      JSON.stringify(payload.body),
    ],
  );
  copiesKept += 1;
}

/** The inbox handler that keeps policy copies, for a service's binding. */
export function policyCopyHandlers() {
  return { 'organizations.policy-approved.v1': keepPolicyCopy } as const;
}

/** The versions the platform ships of a kind: what a service uses until it has copies. */
function seedsOf(kind: EditablePolicyKind): PolicyUsed[] {
  return SEED_VERSIONS.filter((seed) => seed.kind === kind).map(
    ({ regionCode, version, effectiveFrom, body }) => ({
      kind,
      regionCode,
      version,
      effectiveFrom,
      body,
    }),
  );
}

/** Today in Beijing, `YYYY-MM-DD`: the day a decision made now resolves its policy for. */
export function policyToday(now = new Date()): string {
  return dateStringOfDay(beijingDayOf(now));
}

/**
 * issue #17: every copy of a kind, read once, as a resolver of the version in force for a region
 * on a day (a county's over its city's over the province's), the seed (the first version) until a
 * later one is approved. For a batch of decisions: one read, then no I/O per decision.
 */
export async function policyResolver<B = PolicyBody>(
  manager: EntityManager,
  kind: EditablePolicyKind,
): Promise<(regionCode?: string, on?: string) => PolicyUsed<B>> {
  const copies: PolicyUsed[] = await manager.find(PolicyCopy, { where: { kind } });
  const held = new Set(copies.map((c) => `${c.regionCode}/${c.version}`));
  const versions = [
    ...copies,
    ...seedsOf(kind).filter((seed) => !held.has(`${seed.regionCode}/${seed.version}`)),
  ];
  const first = seedsOf(kind)[0];
  return (regionCode = PROVINCE_REGION, on = policyToday()) =>
    (policyInForce(versions, { kind, regionCode, on }) ?? first) as unknown as PolicyUsed<B>;
}

/** The version of one kind in force for a region on a day (today in Beijing), from the copies. */
export async function policyInForceHere<B = PolicyBody>(
  manager: EntityManager,
  kind: EditablePolicyKind,
  regionCode: string = PROVINCE_REGION,
  on: string = policyToday(),
): Promise<PolicyUsed<B>> {
  return (await policyResolver<B>(manager, kind))(regionCode, on);
}

/**
 * issue #17 (re-running a decision): the version a decision stamped, from this service's copies or
 * the seed; 409 POLICY_VERSION_NOT_KNOWN when this service has not received it.
 */
export async function policyVersionHere<B = PolicyBody>(
  manager: EntityManager,
  kind: EditablePolicyKind,
  version: string,
  regionCode: string = PROVINCE_REGION,
): Promise<PolicyUsed<B>> {
  const copy = await manager.findOne(PolicyCopy, {
    where: { kind, version, regionCode: In(regionChain(regionCode)) },
    order: { regionCode: 'DESC' },
  });
  if (copy) return copy as unknown as PolicyUsed<B>;
  const seed = seedsOf(kind).find((s) => s.version === version);
  if (seed) return seed as unknown as PolicyUsed<B>;
  throw new ServiceError(
    409,
    'POLICY_VERSION_NOT_KNOWN',
    `${kind} version ${version} has not reached this service`,
    undefined,
    `政策 ${kind} 的 ${version} 版本尚未同步到本服务`,
  );
}

/**
 * rule R13: the priority policy in force for an organization's county, as the domain's
 * `priorityScore` takes it (the bonuses of PRIORITY, the reserve of RESERVE); its version is the
 * PRIORITY version, the one a score stamps.
 */
export async function priorityPolicyResolver(
  manager: EntityManager,
): Promise<(countyCode?: string, on?: string) => PriorityPolicy> {
  const priority = await policyResolver<{ bonuses: PriorityPolicy['bonuses'] }>(
    manager,
    'PRIORITY',
  );
  const reserve = await policyResolver<{ ruralReservePercent: number }>(manager, 'RESERVE');
  return (countyCode, on) => {
    const used = priority(countyCode, on);
    return {
      version: used.version,
      bonuses: used.body.bonuses,
      ruralReservePercent: reserve(countyCode, on).body.ruralReservePercent,
    };
  };
}

/** Bumped when this process keeps a new copy: a cached resolver then reads the copies again. */
let copiesKept = 0;
const resolvers = new Map<
  string,
  { at: number; kept: number; resolve: (regionCode?: string, on?: string) => PolicyUsed }
>();

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/**
 * issue #17: `policyResolver` for a check on the hot path (a lottery submission's banned uses,
 * R22), read at most every `maxAgeMs` and at once after this process keeps a new copy. Bodies are
 * deeply frozen, so a domain check that caches frozen policies checks each once. Another replica
 * sees an approval within `maxAgeMs` of its copy arriving; the decision stamps the version it used.
 */
export async function cachedPolicyResolver<B = PolicyBody>(
  manager: EntityManager,
  kind: EditablePolicyKind,
  maxAgeMs = 2_000,
): Promise<(regionCode?: string, on?: string) => PolicyUsed<B>> {
  const key = `${manager.connection.getMetadata(PolicyCopy).tablePath}/${kind}`;
  const held = resolvers.get(key);
  const now = Date.now();
  if (held && held.kept === copiesKept && now - held.at < maxAgeMs) {
    return held.resolve as (regionCode?: string, on?: string) => PolicyUsed<B>;
  }
  const kept = copiesKept;
  const resolve = await policyResolver(manager, kind);
  const frozen = (regionCode?: string, on?: string) => deepFreeze(resolve(regionCode, on));
  resolvers.set(key, { at: now, kept, resolve: frozen });
  return frozen as (regionCode?: string, on?: string) => PolicyUsed<B>;
}

/**
 * rule R16: the working calendar in force (issue #17): the chinese-days package, with the years an
 * administrator entered a State Council notice for taken from the CALENDAR policy.
 */
export async function workingCalendarHere(
  manager: EntityManager,
  on: string = policyToday(),
): Promise<Readonly<WorkingCalendar>> {
  const used = await policyInForceHere<CalendarPolicy>(manager, 'CALENDAR', PROVINCE_REGION, on);
  return calendarWithNotices(used.body);
}
