import { ServiceEnv } from '@civic/platform/config';
import { IsString, Matches } from 'class-validator';

/** The common service variables, and the key that seals resident ID numbers (R30). */
export class OrganizationsEnv extends ServiceEnv {
  /** 32 random bytes, base64 (`openssl rand -base64 32`). Never logged. */
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'PII_KEY must be 32 bytes, base64-encoded' })
  PII_KEY: string;

  /** Names the key inside each ciphertext, so keys can be rotated. */
  @IsString()
  @Matches(/^[a-z0-9]{1,8}$/, { message: 'PII_KEY_ID must be 1–8 lower-case letters or digits' })
  PII_KEY_ID: string = 'k1';
}
