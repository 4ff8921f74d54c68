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
import { BankAccountV1, CustodianV1 } from './disbursement-requested.v1';
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
 * The payment a single-payout programme (a subsidy paid at once) asks for with its commitment:
 * finance creates it, for the whole amount, as soon as it accepts the commitment, so one exchange
 * does both (rule R27, rule R28). The payment id is the programme's key and the bank's.
 */
export class CommitmentPaymentV1 {
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
  @Type(() => BankAccountV1)
  bankAccount?: BankAccountV1;

  /** Present while the organization is under financial custody (rule R3). */
  @IsOptional()
  @ValidateNested()
  @Type(() => CustodianV1)
  financialCustodian?: CustodianV1;
}

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

  /** The payment to make once accepted, for the whole amount (single-payout programmes). */
  @IsOptional()
  @ValidateNested()
  @Type(() => CommitmentPaymentV1)
  payment?: CommitmentPaymentV1;
}
