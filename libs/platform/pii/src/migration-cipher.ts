import { maskAccountNumber, normalizeAccountNumber } from '@civic/domain/identifiers';
import { ConfigError, loadEnv } from '@civic/platform/config';
import { PersonalDataCipher } from './personal-data-cipher';
import { PersonalDataError } from './personal-data.error';
import { PiiKeyEnv } from './pii-key.env';

/**
 * The cipher a data migration seals existing rows with (R30), keyed like the service
 * (PII_KEY, PII_KEY_ID, validated as the service's env validates them). Migrations run at the
 * service's start; a migration asks for the cipher only when it has rows to seal, so an empty
 * database needs no key.
 */
export function migrationCipher(): PersonalDataCipher {
  try {
    const { PII_KEY, PII_KEY_ID } = loadEnv(PiiKeyEnv);
    return new PersonalDataCipher(PII_KEY, PII_KEY_ID);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new PersonalDataError(
      `the personal data already stored can only be sealed with a valid key: ${error.message}`,
    );
  }
}

/** An account as a data migration finds it stored (jsonb): other fields are kept as they are. */
export type StoredAccount = Record<string, string>;

/**
 * For a data migration (R30): a stored account's number sealed as it is, not validated again
 * (rows stored before may predate today's checks), with its masked form beside it; already
 * sealed, it is left alone.
 */
export function sealStoredAccount(
  cipher: PersonalDataCipher,
  account: StoredAccount,
): StoredAccount {
  if (account.accountNumberSealed) return account;
  const { accountNumber, ...rest } = account;
  const number = normalizeAccountNumber(String(accountNumber ?? ''));
  return {
    ...rest,
    accountNumberSealed: cipher.encrypt(number),
    accountNumberMasked: maskAccountNumber(number),
  };
}

/** The migration's way back (its `down`): the number opened, the masked form dropped. */
export function openStoredAccount(
  cipher: PersonalDataCipher,
  account: StoredAccount,
): StoredAccount {
  if (!account.accountNumberSealed) return account;
  const { accountNumberSealed, accountNumberMasked: _masked, ...rest } = account;
  return { ...rest, accountNumber: cipher.decrypt(accountNumberSealed) };
}
