import { Type } from 'class-transformer';
import { IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { PaymentMessageV1 } from './payment-message.v1';

export class BankAccountV1 {
  @IsString()
  @Length(1, 100)
  accountName: string;

  @IsString()
  @Length(1, 40)
  accountNumber: string;

  @IsString()
  @Length(1, 100)
  bankName: string;

  /** The bank's CNAPS category code (rule R28); absent from accounts entered before it was asked. */
  @IsOptional()
  @Matches(/^\d{3}$/)
  bankCode?: string;
}

/** The custodian that keeps an organization's finances (rule R3): payments go to its account. */
export class CustodianV1 {
  @IsString()
  @Length(1, 100)
  custodianName: string;

  @ValidateNested()
  @Type(() => BankAccountV1)
  bankAccount: BankAccountV1;
}

/**
 * `finance.disbursement-requested.v1` (payment due): a programme asks finance to pay part of an
 * accepted commitment. `paymentId` is the programme's business key and the bank's idempotency key:
 * asking twice pays once (rule R28). The payment then waits for a finance maker to batch it.
 */
export class DisbursementRequestedV1 extends PaymentMessageV1 {
  @IsString()
  @Length(1, 100)
  organizationName: string;

  @IsString()
  @Length(1, 200)
  reference: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => BankAccountV1)
  bankAccount?: BankAccountV1;

  /** Present while the organization is under financial custody (rule R3). */
  @IsOptional()
  @ValidateNested()
  @Type(() => CustodianV1)
  financialCustodian?: CustodianV1;
}
