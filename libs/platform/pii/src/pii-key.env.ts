import { IsString, Matches } from 'class-validator';
import { PII_KEY_ID_PATTERN, PII_KEY_PATTERN } from './pii-key';

/**
 * The variables that key personal-data protection (rule R30), for a service's env class to
 * extend or copy. Neither message repeats the value.
 */
export class PiiKeyEnv {
  /** 32 random bytes, base64 (`openssl rand -base64 32`). Never logged. */
  @IsString()
  @Matches(PII_KEY_PATTERN, { message: 'PII_KEY must be exactly 32 bytes, base64-encoded' })
  PII_KEY: string;

  /** Names the key inside each token, so keys can be rotated. */
  @IsString()
  @Matches(PII_KEY_ID_PATTERN, { message: 'PII_KEY_ID must be 1–32 letters, digits, _ or -' })
  PII_KEY_ID: string = 'k1';
}
