import { ServiceEnv } from '@civic/platform/config';
import { PII_KEY_ID_PATTERN, PII_KEY_PATTERN } from '@civic/platform/pii';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';

/**
 * The lottery welfare fund service takes the common service variables, the key that seals phone
 * and bank account numbers (R30, as PiiKeyEnv), and its own below.
 */
export class LotteryFundEnv extends ServiceEnv {
  /** 32 random bytes, base64 (`openssl rand -base64 32`). Never logged. */
  @IsString()
  @Matches(PII_KEY_PATTERN, { message: 'PII_KEY must be exactly 32 bytes, base64-encoded' })
  PII_KEY: string;

  /** Names the key inside each token, so keys can be rotated. */
  @IsString()
  @Matches(PII_KEY_ID_PATTERN, { message: 'PII_KEY_ID must be 1–32 letters, digits, _ or -' })
  PII_KEY_ID: string = 'k1';

  /** Most submissions stored in one transaction (group commit); 1 stores each alone. */
  @IsInt()
  @Min(1)
  @Max(500)
  SUBMISSION_BATCH_SIZE: number = 50;

  /** Submission batches written at once, each on a connection of its own. */
  @IsInt()
  @Min(1)
  @Max(16)
  SUBMISSION_BATCHES_AT_ONCE: number = 2;
}
