import { Type } from 'class-transformer';
import {
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Min,
  ValidateNested,
} from 'class-validator';
import { PROGRAMMES, type ProgrammeName } from './programmes';

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
export class DisbursementSettledV1 {
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

  @IsDateString()
  settledAt: string;

  @IsString()
  bankReference: string;

  @ValidateNested()
  @Type(() => PaidToV1)
  paidTo: PaidToV1;
}
