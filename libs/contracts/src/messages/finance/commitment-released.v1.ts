import { ArrayMaxSize, IsArray, IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import { PROGRAMMES, type ProgrammeName } from './programmes';

/**
 * `finance.commitment-released.v1`: finance's answer to the programme whose commitment it closed
 * (rule R27), and again each time a payment that was on its way when it closed fails and is
 * released too. `releasedFen` is the total released so far, so it only grows: a consumer keeps
 * the largest it has seen. `cancelledPaymentIds` are payments that will never be made.
 */
export class CommitmentReleasedV1 {
  @IsUUID()
  commitmentId: string;

  @IsIn(PROGRAMMES)
  programme: ProgrammeName;

  /** Integer fen (rule R26): the total released under the commitment so far; 0 when all was paid. */
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  releasedFen: number;

  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  cancelledPaymentIds: string[];
}
