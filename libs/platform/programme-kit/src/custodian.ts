import type { CustodianV1 } from '@civic/contracts';
import type { PersonalDataCipher } from '@civic/platform/pii';
import {
  openCustodianAccount,
  OrganizationSnapshot,
  type StoredOrganizationSnapshot,
} from '@civic/platform/snapshots';
import type { EntityManager } from 'typeorm';

/**
 * Where finance pays an organization under financial custody (R3): its custodian's account, as
 * the payment request carries it, the number opened from its seal (R30); undefined when the
 * organization keeps its own finances.
 */
export function custodianOf(
  snapshot: StoredOrganizationSnapshot | undefined,
  cipher: PersonalDataCipher,
): CustodianV1 | undefined {
  const custodian = snapshot?.financialCustodian;
  if (!custodian) return undefined;
  return { custodianName: custodian.name, bankAccount: openCustodianAccount(cipher, custodian) };
}

/** The custodian of an organization, from this service's snapshot of it (R3). */
export async function custodianFor(
  manager: EntityManager,
  organizationId: string,
  cipher: PersonalDataCipher,
): Promise<CustodianV1 | undefined> {
  const snapshot = await manager.findOneBy(OrganizationSnapshot, { organizationId });
  return custodianOf(snapshot?.data, cipher);
}
