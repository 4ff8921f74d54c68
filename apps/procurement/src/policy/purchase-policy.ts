import { purchasePolicyProblems, type PurchasePolicy } from '@civic/domain/procurement';
import type { EntityManager } from 'typeorm';
import { ProcurementPolicyVersion } from './policy-version.entity';

/** The kind of the purchase policy's rows in the policy table (R25, R12). */
export const PURCHASE = 'PURCHASE';

/**
 * The purchase policy in force (R25, R12): the newest version in the policy table, with its
 * version, checked so that a broken version fails loudly instead of deciding anything. With a
 * `version`, that version: a project's later decisions use the version it was announced under.
 */
export async function purchasePolicyInForce(
  manager: EntityManager,
  version?: string,
): Promise<PurchasePolicy> {
  const row = await manager.findOne(ProcurementPolicyVersion, {
    where: version === undefined ? { kind: PURCHASE } : { kind: PURCHASE, version },
    order: { createdAt: 'DESC', id: 'DESC' },
  });
  // The seed migration writes the first version; without one the service is misconfigured (500).
  if (!row) throw new Error('no purchase policy is in force: run the migrations');
  const policy = { ...(row.data as Omit<PurchasePolicy, 'version'>), version: row.version };
  const problems = purchasePolicyProblems(policy);
  if (problems.length > 0) {
    throw new Error(`purchase policy ${row.version} is unusable: ${problems.join('; ')}`);
  }
  return policy;
}
