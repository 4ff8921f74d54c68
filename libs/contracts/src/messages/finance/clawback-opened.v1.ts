import { IsIn, IsInt, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { PROGRAMMES, type ProgrammeName } from './programmes';

/**
 * `finance.clawback-opened.v1`: a programme opens a clawback of money it paid against a
 * commitment (R19: an award whose final evaluation failed). Finance records what is to be
 * recovered from the organization; `clawbackId` is the programme's key: sent twice, recorded once.
 */
export class ClawbackOpenedV1 {
  @IsUUID()
  clawbackId: string;

  @IsUUID()
  commitmentId: string;

  @IsIn(PROGRAMMES)
  programme: ProgrammeName;

  @IsUUID()
  organizationId: string;

  /** Integer fen (rule R26), at most what was paid against the commitment. */
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amountFen: number;

  @IsString()
  @Length(1, 500)
  reason: string;
}
