import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';
import { PageQuery } from '../common/page.query';

/** rule R28: DRAFT → SUBMITTED → APPROVED | REJECTED; APPROVED → PAYING → PAID | PARTLY_FAILED. */
export const BATCH_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'APPROVED',
  'REJECTED',
  'PAYING',
  'PAID',
  'PARTLY_FAILED',
] as const;
export type BatchStatusValue = (typeof BATCH_STATUSES)[number];

/** A disbursement batch with its progress: how many of its payments are settled or failed. */
export class BatchView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'PB-2026-000001' }) number: string;
  @ApiProperty({ enum: BATCH_STATUSES }) status: BatchStatusValue;
  @ApiPropertyOptional() note?: string;
  @ApiProperty() makerId: string;
  @ApiProperty() makerName: string;
  @ApiPropertyOptional() checkerId?: string;
  @ApiPropertyOptional() checkerName?: string;
  @ApiPropertyOptional({ description: "The checker's comment on approval or rejection" })
  decisionComment?: string;
  @ApiProperty() paymentCount: number;
  @ApiProperty({ description: 'Integer fen (R26)' }) totalFen: number;
  @ApiProperty() settledCount: number;
  @ApiProperty() settledFen: number;
  @ApiProperty() failedCount: number;
  @ApiProperty() failedFen: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ format: 'date-time' }) decidedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) completedAt?: string;
}

export class BatchPage {
  @ApiProperty({ type: [BatchView] }) items: BatchView[];
  @ApiProperty() total: number;
}

export class BatchesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: BATCH_STATUSES })
  @IsOptional()
  @IsIn(BATCH_STATUSES)
  status?: BatchStatusValue;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

/** A finance maker puts payments that await a batch into a new batch and submits it (R28). */
export class CreateBatchDto {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: 20000 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  paymentIds: string[];

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  note?: string;
}

/** A finance checker's decision on someone else's batch, always with a comment (R28). */
export class BatchDecisionDto {
  @ApiProperty({ minLength: 1, maxLength: 500 })
  @IsString()
  @Length(1, 500)
  comment: string;
}
