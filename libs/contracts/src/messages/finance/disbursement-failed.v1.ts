import { IsIn, IsInt, IsString, IsUUID, Min } from 'class-validator';
import { PROGRAMMES, type ProgrammeName } from './programmes';

/**
 * `finance.disbursement-failed.v1`: the payment will not be made as asked (the request exceeded the
 * commitment, the bank declined it, or every retry failed), with the reason; sent to the programme
 * that asked. The commitment stays: the programme may ask again with a new payment id.
 */
export class DisbursementFailedV1 {
  @IsUUID()
  paymentId: string;

  @IsUUID()
  commitmentId: string;

  @IsIn(PROGRAMMES)
  programme: ProgrammeName;

  @IsUUID()
  organizationId: string;

  /** Integer fen (rule R26). */
  @IsInt()
  @Min(1)
  amountFen: number;

  @IsString()
  code: string;

  @IsString()
  reason: string;

  @IsString()
  reasonZh: string;

  @IsInt()
  @Min(0)
  attempts: number;
}
