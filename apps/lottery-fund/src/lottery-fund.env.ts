import { PiiServiceEnv } from '@civic/platform/pii';
import { IsInt, Max, Min } from 'class-validator';

/**
 * The lottery welfare fund service takes the common service variables, the key that seals phone
 * and bank account numbers (R30), and its own below.
 */
export class LotteryFundEnv extends PiiServiceEnv {
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
