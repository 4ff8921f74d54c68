import type {
  CustodianSnapshotV1,
  CustodianSnapshotV2,
  OrganizationSnapshotV1,
  OrganizationSnapshotV2,
} from '@civic/contracts';
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
 * custodian's account number is sealed at rest (R30). It stays sealed: a payment under custody
 * passes the token on to finance (R3), whose payment executor alone opens it.
 */
export type StoredOrganizationSnapshot = Omit<OrganizationSnapshotV1, 'financialCustodian'> & {
  financialCustodian: StoredCustodianSnapshot | null;
};

/**
 * The snapshot to store, of either version: a v2 custodian arrives sealed and is kept as it
 * arrived (the token names its key); a v1 one, in the clear, is sealed here (R30).
 */
export function sealSnapshot(
  cipher: PersonalDataCipher,
  snapshot: OrganizationSnapshotV1 | OrganizationSnapshotV2,
): StoredOrganizationSnapshot {
  const custodian = snapshot.financialCustodian;
  return {
    ...snapshot,
    financialCustodian: custodian ? storedCustodian(cipher, custodian) : null,
  };
}

function storedCustodian(
  cipher: PersonalDataCipher,
  custodian: CustodianSnapshotV1 | CustodianSnapshotV2,
): StoredCustodianSnapshot {
  if ('accountNumberSealed' in custodian) {
    const { name, accountName, bankName, bankCode } = custodian;
    return {
      name,
      accountName,
      ...(bankCode ? { bankCode } : {}),
      bankName,
      accountNumberSealed: custodian.accountNumberSealed,
      accountNumberMasked: custodian.accountNumberMasked,
    };
  }
  return { name: custodian.name, ...sealPayeeAccount(cipher, custodian) };
}

/** The custodian's account in full (R3, R28); never for a view, nor for a message (v2 carries the token). */
export function openCustodianAccount(
  cipher: PersonalDataCipher,
  custodian: StoredCustodianSnapshot,
): PayeeAccount {
  return openPayeeAccount(cipher, custodian);
}
