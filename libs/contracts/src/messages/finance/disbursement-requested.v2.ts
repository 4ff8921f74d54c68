import { Type } from 'class-transformer';
import { IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { PaymentMessageV1 } from './payment-message.v1';
import { SealedBankAccountV2, SealedCustodianV2 } from './sealed-bank-account.v2';

/**
 * `finance.disbursement-requested.v2` (payment due): as v1 (a programme asks finance to pay part of
 * an accepted commitment; `paymentId` is the bank's idempotency key, rule R28), except that every
 * account number travels sealed (rule R30, SealedBankAccountV2). Programmes publish only v2;
 * finance still takes v1, for messages in flight when it was deployed.
 */
export class DisbursementRequestedV2 extends PaymentMessageV1 {
  @IsString()
  @Length(1, 100)
  organizationName: string;

  @IsString()
  @Length(1, 200)
  reference: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => SealedBankAccountV2)
  bankAccount?: SealedBankAccountV2;

  /** Present while the organization is under financial custody (rule R3). */
  @IsOptional()
  @ValidateNested()
  @Type(() => SealedCustodianV2)
  financialCustodian?: SealedCustodianV2;
}
