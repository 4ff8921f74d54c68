import type { BankAccountV1, SealedBankAccountV2 } from '@civic/contracts';
import type { PersonalDataCipher } from '@civic/platform/pii';

/** Who holds the account a payment goes to, and at which bank: stored in the clear. */
export type AccountHolder = Omit<BankAccountV1, 'accountNumber'>;

/**
 * An account as finance stores it (R30, issue #15): the holder and bank in the clear, the number
 * sealed (a PersonalDataCipher token, its key id inside) and, beside it, the masked form views,
 * lists and exports show.
 */
export interface SealedAccount {
  bankAccount: AccountHolder;
  accountNumberSealed: string;
  accountNumberMasked: string;
}

/** An account number shown with only its last 4 digits. */
export function maskAccount(accountNumber: string): string {
  return accountNumber.length <= 4 ? accountNumber : `****${accountNumber.slice(-4)}`;
}

/** R30: the account with its number sealed, as the payment tables keep it. */
export function sealAccount(cipher: PersonalDataCipher, account: BankAccountV1): SealedAccount {
  const { accountNumber, ...holder } = account;
  return {
    bankAccount: {
      accountName: holder.accountName,
      bankName: holder.bankName,
      ...(holder.bankCode ? { bankCode: holder.bankCode } : {}),
    },
    accountNumberSealed: cipher.encrypt(accountNumber),
    accountNumberMasked: maskAccount(accountNumber),
  };
}

/** R30: a v1 account, its number in the clear, in v2's shape: sealed here, as finance takes it in. */
export function sealedFromV1(
  cipher: PersonalDataCipher,
  account: BankAccountV1,
): SealedBankAccountV2 {
  const { bankAccount, accountNumberSealed, accountNumberMasked } = sealAccount(cipher, account);
  return { ...bankAccount, accountNumberSealed, accountNumberMasked };
}

/**
 * R30: a sealed account as the payment tables keep it. The token is stored as it arrived: it is
 * under PII_KEY, finance's own key, and names its key id, so re-sealing would only mean opening
 * the number outside the payment executor. The masked form is finance's own (`****` and the last
 * 4 digits, which the masked form a programme sent ends with).
 */
export function storedAccount(account: SealedBankAccountV2): SealedAccount {
  return {
    bankAccount: {
      accountName: account.accountName,
      bankName: account.bankName,
      ...(account.bankCode ? { bankCode: account.bankCode } : {}),
    },
    accountNumberSealed: account.accountNumberSealed,
    accountNumberMasked: maskAccount(account.accountNumberMasked),
  };
}

/** R28, R30: the account in full, for the transfer the bank makes only; never for a view. */
export function openAccount(
  cipher: PersonalDataCipher,
  account: Pick<SealedAccount, 'bankAccount' | 'accountNumberSealed'>,
): BankAccountV1 {
  return {
    ...account.bankAccount,
    accountNumber: cipher.decrypt(account.accountNumberSealed),
  };
}
