import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CommitmentRecipientV2 } from './commitment-recipient.v2';
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
 * with it carries its account numbers sealed (rule R30, SealedBankAccountV2), and that it names its
 * recipient's area and facts (issue #18: finance's funding dashboard). Programmes publish only v2;
 * finance still takes v1, for messages in flight when it was deployed, with the recipient unknown.
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

  /**
   * The recipient as the programme's organization snapshot had it when it asked (R1, R10, R12,
   * R14, R20). Required; null only when the payee is no organization of the registry (a company
   * undertaking a purchase, R25) or the programme holds no snapshot of it: finance then counts the
   * money as "area unknown".
   */
  @ValidateIf((request: CommitmentRequestedV2) => request.recipient !== null)
  @IsDefined()
  @ValidateNested()
  @Type(() => CommitmentRecipientV2)
  recipient: CommitmentRecipientV2 | null;

  /** The payment to make once accepted, for the whole amount (single-payout programmes). */
  @IsOptional()
  @ValidateNested()
  @Type(() => CommitmentPaymentV2)
  payment?: CommitmentPaymentV2;
}
