import { ServiceEnv } from '@civic/platform/config';
import { applyDecorators } from '@nestjs/common';
import { IsString, Matches } from 'class-validator';
import { PII_KEY_ID_PATTERN, PII_KEY_PATTERN } from './pii-key';

/** 32 random bytes, base64 (`openssl rand -base64 32`). The message never repeats the value. */
const IsPiiKey = () =>
  applyDecorators(
    IsString(),
    Matches(PII_KEY_PATTERN, { message: 'PII_KEY must be exactly 32 bytes, base64-encoded' }),
  );

/** Names the key inside each token, so keys can be rotated. */
const IsPiiKeyId = () =>
  applyDecorators(
    IsString(),
    Matches(PII_KEY_ID_PATTERN, { message: 'PII_KEY_ID must be 1–32 letters, digits, _ or -' }),
  );

/**
 * A domain service's variables with the key that seals personal data (rule R30), for the env
 * class of every service that stores phones, account numbers or the like to extend.
 */
export class PiiServiceEnv extends ServiceEnv {
  @IsPiiKey() PII_KEY: string;
  @IsPiiKeyId() PII_KEY_ID: string = 'k1';
}

/** The key alone, as a data migration reads it (`migrationCipher`), checked the same way. */
export class PiiKeyEnv {
  @IsPiiKey() PII_KEY: string;
  @IsPiiKeyId() PII_KEY_ID: string = 'k1';
}
