import type { NegativeListPolicy } from '@civic/domain/procurement';
import type { EntityManager } from 'typeorm';
import { ProcurementPolicyVersion } from './policy-version.entity';

/** The kind of the negative list's rows in the policy table (R25, Order 102 art. 10). */
export const NEGATIVE_LIST = 'NEGATIVE_LIST';

/** The negative list in force: the newest version in the policy table (R25). */
export async function negativeListInForce(manager: EntityManager): Promise<NegativeListPolicy> {
  const row = await manager.findOne(ProcurementPolicyVersion, {
    where: { kind: NEGATIVE_LIST },
    order: { createdAt: 'DESC', id: 'DESC' },
  });
  // The seed migration writes the first version; without one the service is misconfigured (500).
  if (!row) throw new Error('no negative-list policy is in force: run the migrations');
  const data = row.data as Omit<NegativeListPolicy, 'version'>;
  return { version: row.version, clauses: data.clauses };
}
