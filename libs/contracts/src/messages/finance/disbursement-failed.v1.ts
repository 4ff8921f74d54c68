import { IsInt, IsString, Min } from 'class-validator';
import { PaymentMessageV1 } from './payment-message.v1';

/**
 * `finance.disbursement-failed.v1`: the payment will not be made as asked (the request exceeded the
 * commitment, the bank declined it, or every retry failed), with the reason; sent to the programme
 * that asked. The commitment stays: the programme may ask again with a new payment id.
 */
export class DisbursementFailedV1 extends PaymentMessageV1 {
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
