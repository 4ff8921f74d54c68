import type { CustodianSnapshotV1, OrganizationSnapshotV1 } from '@civic/contracts';
import {
  openPayeeAccount,
  type PayeeAccount,
  type PersonalDataCipher,
  sealPayeeAccount,
  type SealedPayeeAccount,
} from '@civic/platform/pii';

/** A custodian as a programme service stores it (R3, R30): the account number sealed and masked. */
export interface StoredCustodianSnapshot extends SealedPayeeAccount {
  name: string;
}

/**
 * What a programme service keeps of an organization: the snapshot as published, except that the
 * custodian's account number is sealed at rest (R30). Only a payment under custody opens it (R3).
 */
export type StoredOrganizationSnapshot = Omit<OrganizationSnapshotV1, 'financialCustodian'> & {
  financialCustodian: StoredCustodianSnapshot | null;
};

/** The snapshot to store: the custodian's account number sealed. */
export function sealSnapshot(
  cipher: PersonalDataCipher,
  snapshot: OrganizationSnapshotV1,
): StoredOrganizationSnapshot {
  const custodian = snapshot.financialCustodian;
  return {
    ...snapshot,
    financialCustodian: custodian ? sealCustodianSnapshot(cipher, custodian) : null,
  };
}

function sealCustodianSnapshot(
  cipher: PersonalDataCipher,
  custodian: CustodianSnapshotV1,
): StoredCustodianSnapshot {
  return { name: custodian.name, ...sealPayeeAccount(cipher, custodian) };
}

/** The custodian's account in full, for the payment request only (R3, R28); never for a view. */
export function openCustodianAccount(
  cipher: PersonalDataCipher,
  custodian: StoredCustodianSnapshot,
): PayeeAccount {
  return openPayeeAccount(cipher, custodian);
}
