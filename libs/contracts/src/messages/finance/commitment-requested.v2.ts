import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { FUND_CODES, type FundCodeValue } from './commitment-requested.v1';
import { PROGRAMMES, type ProgrammeName } from './programmes';
import { SealedBankAccountV2, SealedCustodianV2 } from './sealed-bank-account.v2';

/**
 * The payment a single-payout programme asks for with its commitment (rule R27, rule R28), as in
 * v1, its account numbers sealed (rule R30).
 */
export class CommitmentPaymentV2 {
  @IsUUID()
  paymentId: string;

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

/**
 * `finance.commitment-requested.v2`: as v1 (a programme asks finance to commit money from a fund's
 * budget for a fiscal year; asking twice commits once, rule R27), except that the payment asked
 * with it carries its account numbers sealed (rule R30, SealedBankAccountV2). Programmes publish
 * only v2; finance still takes v1, for messages in flight when it was deployed.
 */
export class CommitmentRequestedV2 {
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

  /** The payment to make once accepted, for the whole amount (single-payout programmes). */
  @IsOptional()
  @ValidateNested()
  @Type(() => CommitmentPaymentV2)
  payment?: CommitmentPaymentV2;
}
