import type { CustodianV1, OrganizationSnapshotV1 } from '@civic/contracts';
import { OrganizationSnapshot } from '@civic/platform/snapshots';
import type { EntityManager } from 'typeorm';

/**
 * Where finance pays an organization under financial custody (R3): its custodian's account, as
 * the payment request carries it; undefined when the organization keeps its own finances.
 */
export function custodianOf(snapshot: OrganizationSnapshotV1 | undefined): CustodianV1 | undefined {
  const custodian = snapshot?.financialCustodian;
  if (!custodian) return undefined;
  return {
    custodianName: custodian.name,
    bankAccount: {
      accountName: custodian.accountName,
      accountNumber: custodian.accountNumber,
      bankName: custodian.bankName,
      ...(custodian.bankCode ? { bankCode: custodian.bankCode } : {}),
    },
  };
}

/** The custodian of an organization, from this service's snapshot of it (R3). */
export async function custodianFor(
  manager: EntityManager,
  organizationId: string,
): Promise<CustodianV1 | undefined> {
  const snapshot = await manager.findOneBy(OrganizationSnapshot, { organizationId });
  return custodianOf(snapshot?.data);
}
