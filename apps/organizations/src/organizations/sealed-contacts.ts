import type { FinancialCustodianDto, PostalAddressDto } from '@civic/contracts';
import {
  openPayeeAccount,
  type PersonalDataCipher,
  sealPayeeAccount,
  type SealedPayeeAccount,
  sealPhone,
} from '@civic/platform/pii';

/** The postal address at rest (R4, R30): `contactPhone` is a PersonalDataCipher token. */
export type StoredPostalAddress = PostalAddressDto;

/** The custodian at rest (R3, R30): its account number sealed, with the masked form beside it. */
export interface StoredCustodian extends SealedPayeeAccount {
  name: string;
}

/** The columns that hold the postal contact: the phone sealed in the address, masked beside it. */
export interface SealedPostal {
  postalAddress: StoredPostalAddress;
  postalContactPhoneMasked: string;
}

export function sealPostal(cipher: PersonalDataCipher, address: PostalAddressDto): SealedPostal {
  const phone = sealPhone(cipher, address.contactPhone);
  return {
    postalAddress: { ...address, contactPhone: phone.cipher },
    postalContactPhoneMasked: phone.masked,
  };
}

export function sealCustodian(
  cipher: PersonalDataCipher,
  custodian: FinancialCustodianDto | undefined,
): StoredCustodian | null {
  if (!custodian) return null;
  return { name: custodian.name, ...sealPayeeAccount(cipher, custodian) };
}

/** The address in full: for the registration form a partial update merges into, never a view. */
export function openPostal(
  cipher: PersonalDataCipher,
  stored: StoredPostalAddress,
): PostalAddressDto {
  return { ...stored, contactPhone: cipher.decrypt(stored.contactPhone) };
}

/** The custodian in full: for the form and the snapshot programmes pay under (R3), never a view. */
export function openCustodian(
  cipher: PersonalDataCipher,
  stored: StoredCustodian,
): FinancialCustodianDto {
  const { accountName, accountNumber, bankName, bankCode } = openPayeeAccount(cipher, stored);
  // Custodians entered before the bank code was asked have none (as before sealing).
  return {
    name: stored.name,
    accountName,
    bankName,
    accountNumber,
    ...(bankCode ? { bankCode } : {}),
  } as FinancialCustodianDto;
}

/** The address as views show it (R30): the phone masked. */
export function maskedPostal(stored: StoredPostalAddress, masked: string): PostalAddressDto {
  return { ...stored, contactPhone: masked };
}

/** The custodian as views show it (R30): the account number masked. */
export function maskedCustodian(stored: StoredCustodian): FinancialCustodianDto {
  const { name, accountName, bankName, bankCode, accountNumberMasked } = stored;
  return {
    name,
    accountName,
    bankName,
    accountNumber: accountNumberMasked,
    ...(bankCode ? { bankCode } : {}),
  } as FinancialCustodianDto;
}
