import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { FUND_CODES, type FundCodeValue } from '../messages/finance/commitment-requested.v1';
import { PROGRAMMES, type ProgrammeName } from '../messages/finance/programmes';
import { PageQuery } from '../common/page.query';
import { ReissueView } from './reissue.view';

/**
 * A payment's life (rule R28): AWAITING_BATCH (approved by its programme, waiting for a finance
 * maker) → IN_BATCH (in a batch awaiting its checker) → PENDING (approved, to be sent) → SENT (at
 * the bank, answer not yet known) → SETTLED | FAILED. REFUSED: the request exceeded its commitment.
 * CANCELLED: its commitment was released before it was batched (rule R27).
 */
export const PAYMENT_STATUSES = [
  'AWAITING_BATCH',
  'IN_BATCH',
  'PENDING',
  'SENT',
  'SETTLED',
  'FAILED',
  'REFUSED',
  'CANCELLED',
] as const;
export type PaymentStatusValue = (typeof PAYMENT_STATUSES)[number];

export class PaidToView {
  @ApiProperty({ enum: ['ORGANIZATION', 'CUSTODIAN'] }) kind: 'ORGANIZATION' | 'CUSTODIAN';
  @ApiPropertyOptional({ description: 'The custodian paid on the organization’s behalf (R3)' })
  custodianName?: string;
  @ApiProperty({ description: 'Name on the account the bank transfer goes to' })
  accountName: string;
  @ApiProperty() bankName: string;
  @ApiPropertyOptional({ description: 'The bank’s CNAPS category code (R28), when it was given' })
  bankCode?: string;
  @ApiProperty({ description: 'Account number, masked but for its last 4 digits' })
  accountNumberMasked: string;
}

export class PaymentFailureView {
  @ApiProperty() code: string;
  @ApiProperty() message: string;
  @ApiProperty() messageZh: string;
}

/** One payment as finance staff see it. */
export class PaymentView {
  @ApiProperty({ format: 'uuid', description: 'Also the bank’s idempotency key' }) id: string;
  @ApiProperty({ format: 'uuid' }) commitmentId: string;
  @ApiProperty({ enum: PROGRAMMES }) programme: ProgrammeName;
  @ApiProperty({ enum: FUND_CODES, enumName: 'FundCode' }) fund: FundCodeValue;
  @ApiProperty() fiscalYear: number;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ description: 'Integer fen (R26)' }) amountFen: number;
  @ApiProperty() reference: string;
  @ApiProperty({ type: PaidToView }) paidTo: PaidToView;
  @ApiProperty({ enum: PAYMENT_STATUSES }) status: PaymentStatusValue;
  @ApiPropertyOptional({ format: 'uuid' }) batchId?: string;
  @ApiProperty({ description: 'Times sent to the bank' }) attempts: number;
  @ApiPropertyOptional() bankReference?: string;
  @ApiPropertyOptional({ type: PaymentFailureView }) failure?: PaymentFailureView;
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiPropertyOptional({ format: 'date-time' }) settledAt?: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The failed payment this one re-issues (R28)',
  })
  reissueOf?: string;
  @ApiPropertyOptional({
    type: ReissueView,
    description: 'A failed payment: the latest proposal to re-issue it, and its decision',
  })
  reissue?: ReissueView;
}

export class PaymentPage {
  @ApiProperty({ type: [PaymentView] }) items: PaymentView[];
  @ApiProperty() total: number;
  @ApiProperty({ description: 'Sum of amountFen over every matching payment' }) totalFen: number;
}

export class PaymentsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PAYMENT_STATUSES })
  @IsOptional()
  @IsIn(PAYMENT_STATUSES)
  status?: PaymentStatusValue;

  @ApiPropertyOptional({ enum: FUND_CODES, enumName: 'FundCode' })
  @IsOptional()
  @IsIn(FUND_CODES)
  fund?: FundCodeValue;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  batchId?: string;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 20000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20000)
  pageSize?: number;
}
