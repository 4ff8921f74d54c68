import { isPolicyKind, type PolicyKind } from './policy-kind';

/** One approved version of a policy document, as a service keeps it in its copy. */
export interface PolicyVersionRef {
  kind: PolicyKind;
  /** 6-digit division code: 450000 the province, 450100 a city, 450103 a county. */
  regionCode: string;
  version: string;
  /** First day it applies, `YYYY-MM-DD` on the China calendar. */
  effectiveFrom: string;
}

const DIVISION = /^\d{6}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The region and its parents, most specific first: 450103 → 450103, 450100, 450000. rule R14 */
export function regionChain(code: string): string[] {
  const city = `${code.slice(0, 4)}00`;
  const province = `${code.slice(0, 2)}0000`;
  return [...new Set([code, city, province])];
}

/**
 * rule R13, rule R14 and every [policy] kind (issue #17): the version in force for a region on a
 * day. A county's own version overrides its city's, a city's its province's, each from its own
 * effective date; among one region's versions, the one with the latest effective date not after
 * the day. The store keeps one version per kind, region and effective date, so two are an error,
 * not a choice. Null when none is in force yet: the caller falls back to the seed.
 */
export function policyInForce<V extends PolicyVersionRef>(
  versions: readonly V[],
  query: { kind: PolicyKind; regionCode: string; on: string },
): V | null {
  if (!isPolicyKind(query.kind)) {
    throw new RangeError(`policy kind must be one of the policy kinds, got ${String(query.kind)}`);
  }
  if (!DIVISION.test(query.regionCode)) {
    throw new RangeError(`regionCode must be a 6-digit division code, got ${query.regionCode}`);
  }
  if (!DATE.test(query.on)) throw new RangeError(`on must be a date YYYY-MM-DD, got ${query.on}`);
  for (const region of regionChain(query.regionCode)) {
    const candidates = versions.filter(
      (v) => v.kind === query.kind && v.regionCode === region && v.effectiveFrom <= query.on,
    );
    if (candidates.length === 0) continue;
    const best = candidates.reduce((a, v) => (v.effectiveFrom > a.effectiveFrom ? v : a));
    const tied = candidates.filter((v) => v.effectiveFrom === best.effectiveFrom);
    if (tied.length > 1) {
      throw new RangeError(
        `${query.kind} for ${region} has ${tied.length} versions effective from ${best.effectiveFrom}: ${tied.map((v) => v.version).join(', ')}`,
      );
    }
    return best;
  }
  return null;
}
