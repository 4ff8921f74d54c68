import { ServiceEnv } from '@civic/platform/config';
import { IsString, Matches } from 'class-validator';
import { PII_KEY_ID_PATTERN, PII_KEY_PATTERN } from './pii-key';

/**
 * A domain service's variables with the key that seals personal data (rule R30), for the env
 * class of every service that stores phones, account numbers or the like to extend. Neither
 * message repeats the value.
 */
export class PiiServiceEnv extends ServiceEnv {
  /** 32 random bytes, base64 (`openssl rand -base64 32`). Never logged. */
  @IsString()
  @Matches(PII_KEY_PATTERN, { message: 'PII_KEY must be exactly 32 bytes, base64-encoded' })
  PII_KEY: string;

  /** Names the key inside each token, so keys can be rotated. */
  @IsString()
  @Matches(PII_KEY_ID_PATTERN, { message: 'PII_KEY_ID must be 1–32 letters, digits, _ or -' })
  PII_KEY_ID: string = 'k1';
}
