import { IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import { PROGRAMMES, type ProgrammeName } from './programmes';

/**
 * `finance.clawback-recovered.v1`: finance's answer to the programme that opened a clawback, each
 * time a checker confirms money returned under it (R19, R28): the total recovered so far and the
 * clawback's status. Addressed to that programme's inbox only. Totals only grow, so a consumer
 * keeps the largest it has seen and a repeated or late answer changes nothing.
 */
export class ClawbackRecoveredV1 {
  @IsUUID()
  clawbackId: string;

  @IsUUID()
  commitmentId: string;

  @IsIn(PROGRAMMES)
  programme: ProgrammeName;

  /** Integer fen (rule R26): confirmed receipts so far. */
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  recoveredFen: number;

  @IsIn(['PARTLY_RECOVERED', 'RECOVERED'])
  status: 'PARTLY_RECOVERED' | 'RECOVERED';
}
