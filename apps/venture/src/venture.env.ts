import { PiiServiceEnv } from '@civic/platform/pii';
import { IsInt, Max, Min } from 'class-validator';

/**
 * The venture philanthropy service: the common service variables, the key that seals
 * proposals' contact phones (R30), and how submissions are group-committed.
 */
export class VentureEnv extends PiiServiceEnv {
  /** Most proposals submitted in one transaction (group commit); 1 submits each alone. */
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
