import {
  maskAccountNumber,
  maskContact,
  maskPhone,
  normalizeAccountNumber,
  normalizeContact,
  normalizePhone,
  validateAccountNumber,
  validateContact,
  validatePhone,
} from '@civic/domain/identifiers';
import type { PersonalDataCipher } from './personal-data-cipher';
import { PersonalDataError } from './personal-data.error';

/** A value at rest (R30): its token and the masked form lists show. No look-up hash: nothing is found by it. */
export interface SealedValue {
  cipher: string;
  masked: string;
}

/** A payee account at rest (R30): the number sealed and masked; holder and bank in the clear. */
export interface SealedPayeeAccount {
  accountName: string;
  bankCode?: string;
  bankName: string;
  accountNumberSealed: string;
  accountNumberMasked: string;
}

/** A payee account as a bank transfer needs it. */
export interface PayeeAccount {
  accountName: string;
  accountNumber: string;
  bankName: string;
  bankCode?: string;
}

function seal(
  cipher: PersonalDataCipher,
  plain: string,
  check: { valid: boolean },
  what: string,
  normalize: (text: string) => string,
  mask: (text: string) => string,
): SealedValue {
  if (!check.valid) throw new PersonalDataError(`cannot seal: not a valid ${what}`);
  const value = normalize(plain);
  return { cipher: cipher.encrypt(value), masked: mask(value) };
}

/** A mainland phone number (R4, R23), normalized, sealed for storage (R30). */
export function sealPhone(cipher: PersonalDataCipher, plain: string): SealedValue {
  return seal(cipher, plain, validatePhone(plain), 'phone number', normalizePhone, maskPhone);
}

/** A phone number or an e-mail address (R23), normalized, sealed for storage (R30). */
export function sealContact(cipher: PersonalDataCipher, plain: string): SealedValue {
  return seal(cipher, plain, validateContact(plain), 'contact', normalizeContact, maskContact);
}

/** A payee account with its number sealed (R28, R30); the number is checked first. */
export function sealPayeeAccount(
  cipher: PersonalDataCipher,
  account: PayeeAccount,
): SealedPayeeAccount {
  const number = seal(
    cipher,
    account.accountNumber,
    validateAccountNumber(account.accountNumber),
    'account number',
    normalizeAccountNumber,
    maskAccountNumber,
  );
  return {
    accountName: account.accountName,
    ...(account.bankCode ? { bankCode: account.bankCode } : {}),
    bankName: account.bankName,
    accountNumberSealed: number.cipher,
    accountNumberMasked: number.masked,
  };
}

/** The account in full, for the bank transfer only (R28); never for a view. */
export function openPayeeAccount(
  cipher: PersonalDataCipher,
  sealed: SealedPayeeAccount,
): PayeeAccount {
  return {
    accountName: sealed.accountName,
    accountNumber: cipher.decrypt(sealed.accountNumberSealed),
    bankName: sealed.bankName,
    ...(sealed.bankCode ? { bankCode: sealed.bankCode } : {}),
  };
}
