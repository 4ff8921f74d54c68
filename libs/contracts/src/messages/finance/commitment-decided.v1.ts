import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Min, ValidateNested } from 'class-validator';
import { PROGRAMMES, type ProgrammeName } from './programmes';

/** Why finance refused something, in both languages, with a stable code. */
export class FinanceRefusalV1 {
  @IsString()
  code: string;

  @IsString()
  message: string;

  @IsString()
  messageZh: string;
}

/**
 * `finance.commitment-decided.v1`: finance's answer to a commitment request, sent to the
 * programme that asked. A refusal says why (rule R27: the budget would be exceeded).
 */
export class CommitmentDecidedV1 {
  @IsUUID()
  commitmentId: string;

  @IsIn(PROGRAMMES)
  programme: ProgrammeName;

  @IsIn(['ACCEPTED', 'REFUSED'])
  status: 'ACCEPTED' | 'REFUSED';

  /** Integer fen (rule R26). */
  @IsInt()
  @Min(1)
  amountFen: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => FinanceRefusalV1)
  refusal?: FinanceRefusalV1;

  /**
   * The payment asked for with the commitment, when there was one: its status at finance
   * (AWAITING_BATCH, or REFUSED with the reason in `paymentRefusal` when it had nowhere to go).
   */
  @IsOptional()
  @IsUUID()
  paymentId?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => FinanceRefusalV1)
  paymentRefusal?: FinanceRefusalV1;
}
