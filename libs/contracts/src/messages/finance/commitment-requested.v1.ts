import { IsIn, IsInt, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { PROGRAMMES, type ProgrammeName } from './programmes';

/** The funds of rule R27, as message values (libs/domain/finance has their labels). */
export const FUND_CODES = [
  'LOTTERY_WELFARE',
  'GOVERNMENT_PURCHASE',
  'INCUBATION',
  'VENTURE_PHILANTHROPY',
  'SOCIAL_DONATIONS',
] as const;
export type FundCodeValue = (typeof FUND_CODES)[number];

/**
 * `finance.commitment-requested.v1` payload: a programme asks finance to commit money from a
 * fund's budget for a fiscal year (an award, a subsidy, a contract). `commitmentId` is the
 * programme's business key: asking twice commits once (rule R27).
 */
export class CommitmentRequestedV1 {
  @IsUUID()
  commitmentId: string;

  @IsIn(PROGRAMMES)
  programme: ProgrammeName;

  @IsIn(FUND_CODES)
  fund: FundCodeValue;

  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear: number;

  @IsUUID()
  organizationId: string;

  /** Integer fen (rule R26). */
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amountFen: number;

  @IsString()
  @Length(1, 200)
  reference: string;
}
