import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import { PaymentMessageV1 } from './payment-message.v1';

/** Where the money went: the organization's own account, or its custodian's on its behalf (R3). */
export class PaidToV1 {
  @IsIn(['ORGANIZATION', 'CUSTODIAN'])
  kind: 'ORGANIZATION' | 'CUSTODIAN';

  @IsOptional()
  @IsString()
  custodianName?: string;

  @IsString()
  accountName: string;
}

/** `finance.disbursement-settled.v1`: the bank paid it; sent to the programme that asked. */
export class DisbursementSettledV1 extends PaymentMessageV1 {
  @IsDateString()
  settledAt: string;

  @IsString()
  bankReference: string;

  @ValidateNested()
  @Type(() => PaidToV1)
  paidTo: PaidToV1;
}
