import { PROVINCE_REGION } from '@civic/domain/policy';
import { negativeListProblems, type NegativeListPolicy } from '@civic/domain/procurement';
import { policyInForceHere } from '@civic/platform/policy-copies';
import type { EntityManager } from 'typeorm';

/** The policy store's kind of the negative list (R25, Order 102 art. 10; issue #17). */
export const NEGATIVE_LIST = 'NEGATIVE_LIST';

/**
 * The negative list in force today (Beijing) for the region (R24, R25; issue #17): from this
 * service's copy of the policy store, a county's over its city's over the province's, the shipped
 * 2026.1 until a later one is approved. Each catalogue item stamps its version.
 */
export async function negativeListInForce(
  manager: EntityManager,
  regionCode: string = PROVINCE_REGION,
): Promise<NegativeListPolicy> {
  const used = await policyInForceHere<NegativeListPolicy>(manager, NEGATIVE_LIST, regionCode);
  const policy: NegativeListPolicy = { version: used.version, clauses: used.body.clauses };
  const problems = negativeListProblems(policy);
  // The store checks a version on write; a copy that still fails is a 500, never a decision.
  if (problems.length > 0) {
    throw new Error(`negative list ${used.version} is unusable: ${problems.join('; ')}`);
  }
  return policy;
}
