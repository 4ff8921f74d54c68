import type { SealedCustodianV2 } from '@civic/contracts';
import { OrganizationSnapshot, type StoredOrganizationSnapshot } from '@civic/platform/snapshots';
import type { EntityManager } from 'typeorm';

/**
 * Where finance pays an organization under financial custody (R3): its custodian's account, as
 * the payment request carries it, the number still sealed as the snapshot holds it (R30: the
 * programme passes the token on and never opens it); undefined when the organization keeps its
 * own finances.
 */
export function custodianOf(
  snapshot: StoredOrganizationSnapshot | undefined,
): SealedCustodianV2 | undefined {
  const custodian = snapshot?.financialCustodian;
  if (!custodian) return undefined;
  const { name, accountName, bankName, bankCode, accountNumberSealed, accountNumberMasked } =
    custodian;
  return {
    custodianName: name,
    bankAccount: {
      accountName,
      bankName,
      ...(bankCode ? { bankCode } : {}),
      accountNumberSealed,
      accountNumberMasked,
    },
  };
}

/** The custodian of an organization, from this service's snapshot of it (R3). */
export async function custodianFor(
  manager: EntityManager,
  organizationId: string,
): Promise<SealedCustodianV2 | undefined> {
  const snapshot = await manager.findOneBy(OrganizationSnapshot, { organizationId });
  return custodianOf(snapshot?.data);
}
