import { Type } from 'class-transformer';
import { IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';

/**
 * A PersonalDataCipher token (libs/platform/pii): `v1.<keyId>.<base64url(iv | ciphertext | tag)>`.
 * The key id is inside, so a key can be rotated; 38 characters are the IV and the tag alone. A
 * number of any length, spaced or not, never matches.
 */
export const SEALED_VALUE_PATTERN = /^v1\.[A-Za-z0-9_-]{1,32}\.[A-Za-z0-9_-]{38,}$/;

/** rule R30: an account number masked, every hidden digit a `*`, at most its last 4 shown. */
export const MASKED_ACCOUNT_NUMBER_PATTERN = /^\*{1,40}[^*]{0,4}$/;

/**
 * A payee account as messages carry it from v2 on (rule R28, rule R30, issue #15): holder and bank
 * in the clear, the number only sealed (a PersonalDataCipher token, validated as one) and masked.
 * What this removes is the plaintext number in the producers' outbox rows (Postgres), in the jobs,
 * failed sets and dead letters of BullMQ (Redis), and in whatever logs a payload. The token is
 * sealed under PII_KEY, the key every service already shares and keeps these numbers under at
 * rest; a finance-only (asymmetric) key was considered and not chosen: each programme service
 * already holds the number recoverably, so a compromised programme service would give it away
 * whatever key the message used. Only finance's payment executor opens it, to hand the transfer
 * to the bank; programmes pass the token they store through.
 */
export class SealedBankAccountV2 {
  @IsString()
  @Length(1, 100)
  accountName: string;

  @IsString()
  @Length(1, 100)
  bankName: string;

  /** The bank's CNAPS category code (rule R28); absent from accounts entered before it was asked. */
  @IsOptional()
  @Matches(/^\d{3}$/)
  bankCode?: string;

  @IsString()
  @MaxLength(300)
  @Matches(SEALED_VALUE_PATTERN, {
    message:
      'rule R30: accountNumberSealed must be a sealed token (v1.<keyId>.<data>), never the account number itself',
  })
  accountNumberSealed: string;

  @IsString()
  @Matches(MASKED_ACCOUNT_NUMBER_PATTERN, {
    message:
      'rule R30: accountNumberMasked must be the number masked (hidden digits as *, at most the last 4 shown)',
  })
  accountNumberMasked: string;
}

/** The custodian that keeps an organization's finances (rule R3), its account sealed (R30). */
export class SealedCustodianV2 {
  @IsString()
  @Length(1, 100)
  custodianName: string;

  @ValidateNested()
  @Type(() => SealedBankAccountV2)
  bankAccount: SealedBankAccountV2;
}
