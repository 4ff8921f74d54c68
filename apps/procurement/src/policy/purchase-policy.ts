import { PROVINCE_REGION } from '@civic/domain/policy';
import { purchasePolicyProblems, type PurchasePolicy } from '@civic/domain/procurement';
import {
  policyInForceHere,
  policyToday,
  policyVersionHere,
  type PolicyUsed,
} from '@civic/platform/policy-copies';
import type { EntityManager } from 'typeorm';

/** The policy store's kind of the purchase policy (R25, R12; issue #17). */
export const PURCHASE = 'PURCHASE';

/**
 * The purchase policy (R25, R12; issue #17, policy as data): with no `version`, the version in
 * force today (Beijing) for the region (a county's over its city's over the province's), from this
 * service's copy of the policy store, the shipped 2026.1 until a later one is approved; with a
 * `version`, that version: a project's later decisions use the version it was created and
 * announced under (its `policyVersion` stamp), 409 POLICY_VERSION_NOT_KNOWN if this service has
 * not received it. Checked, so that a broken version fails loudly instead of deciding anything.
 */
export async function purchasePolicyInForce(
  manager: EntityManager,
  version?: string,
  regionCode: string = PROVINCE_REGION,
): Promise<PurchasePolicy> {
  const used: PolicyUsed<PurchasePolicy> =
    version === undefined
      ? await policyInForceHere<PurchasePolicy>(manager, PURCHASE, regionCode, policyToday())
      : await policyVersionHere<PurchasePolicy>(manager, PURCHASE, version, regionCode);
  const policy: PurchasePolicy = { ...used.body, version: used.version };
  const problems = purchasePolicyProblems(policy);
  // The store checks a version on write; a copy that still fails is a 500, never a decision.
  if (problems.length > 0) {
    throw new Error(`purchase policy ${used.version} is unusable: ${problems.join('; ')}`);
  }
  return policy;
}
