import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { CALENDAR_DATE } from '../common/year-month';
import { PagedQuery } from '../common/page.query';

/** Money returned under a clawback, as recorded and then checked (R19, R28). */
export class ClawbackReceiptView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() amountFen: number;
  @ApiProperty() bankReference: string;
  @ApiProperty({ example: '2026-12-01' }) receivedOn: string;
  @ApiProperty({ enum: ['PENDING', 'CONFIRMED', 'REJECTED'] }) status: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiPropertyOptional() decidedBy?: string;
  @ApiPropertyOptional({ format: 'date-time' }) decidedAt?: string;
  @ApiPropertyOptional() note?: string;
}

/** A clawback a programme opened (R19), as finance recorded it, with what came back. */
export class ClawbackView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) commitmentId: string;
  @ApiProperty() programme: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ description: 'As on the payments made under the commitment' })
  organizationName: string;
  @ApiProperty({ description: 'To recover, fen' }) amountFen: number;
  @ApiProperty({ description: 'Paid against the commitment when it was opened' }) paidFen: number;
  @ApiProperty({ description: 'Brought back by confirmed receipts, posted to the ledger' })
  recoveredFen: number;
  @ApiProperty({ description: 'Still to come back, receipts awaiting a check counted' })
  outstandingFen: number;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: ['OPEN', 'PARTLY_RECOVERED', 'RECOVERED', 'REFUSED'] }) status: string;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ type: [ClawbackReceiptView] }) receipts: ClawbackReceiptView[];
}

/** A finance maker records money an organization returned, from the bank statement (R19). */
export class RecordClawbackReceiptDto {
  @ApiProperty({ description: 'fen', example: 500_000 })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amountFen: number;

  @ApiProperty({ example: 'CMB20261201-0042' })
  @IsString()
  @Length(1, 64)
  bankReference: string;

  @ApiProperty({ example: '2026-12-01' })
  @Matches(CALENDAR_DATE, { message: 'receivedOn must be a date YYYY-MM-DD' })
  receivedOn: string;
}

/** A finance checker confirms someone else's receipt (posted to the ledger) or rejects it (R28). */
export class ClawbackReceiptDecisionDto {
  @ApiProperty({ enum: ['CONFIRMED', 'REJECTED'] })
  @IsIn(['CONFIRMED', 'REJECTED'])
  outcome: 'CONFIRMED' | 'REJECTED';

  @ApiProperty({ minLength: 1, maxLength: 500 })
  @IsString()
  @Length(1, 500)
  comment: string;
}

export class ClawbackPage {
  @ApiProperty({ type: [ClawbackView] }) items: ClawbackView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

/** Clawbacks, a page at a time, the newest first. */
export class ClawbacksQuery extends PagedQuery {}
