import { PriorityView } from '../common/priority.view';
import { PayeeAccountDto, StatusReasonView, SubsidyPaymentView } from '../common/payment.view';
import {
  APPLICATION_STATUSES as DOMAIN_APPLICATION_STATUSES,
  type ApplicationStatus,
  BUDGET_CATEGORIES,
  type BudgetCategory,
  LOTTERY_PURPOSES,
  type LotteryPurpose,
} from '@civic/domain/lottery';
import { AreaType, PRIORITY_GROUPS, type PriorityGroup } from '@civic/domain/organizations';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../common/page.query';
import { IsMainlandPhone } from '../common/contact.decorators';
import { ANSWERS_API } from '../forms/form.dto';

/** How many people of one priority group (R7) the project serves. */
export class BeneficiaryDto {
  @ApiProperty({ enum: PRIORITY_GROUPS, enumName: 'PriorityGroup' })
  @IsIn(PRIORITY_GROUPS)
  group: PriorityGroup;

  @ApiProperty({ example: 120 })
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  count: number;
}

/** One line of the project budget; a banned use (R22) is refused when it is entered. */
export class BudgetLineDto {
  @ApiProperty({ enum: BUDGET_CATEGORIES, enumName: 'BudgetCategory' })
  @IsIn(BUDGET_CATEGORIES)
  category: BudgetCategory;

  @ApiProperty({ example: '为 80 位独居老人提供每周两次上门探访' })
  @IsString()
  @Length(1, 200)
  description: string;

  @ApiProperty({ description: 'Integer fen (R26)', example: 3_000_000 })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amountFen: number;
}

/** An organization applies to a programme with a project (R20, R7, R22). */
export class SubmitApplicationDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  programmeId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Required unless the applicant is bound to one',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiProperty({ example: '“银龄互助”居家养老探访服务' })
  @IsString()
  @Length(2, 100)
  projectName: string;

  @ApiProperty({
    enum: Object.values(AreaType),
    enumName: 'AreaType',
    description: 'Where the project runs (R13)',
  })
  @IsIn(Object.values(AreaType))
  projectAreaType: AreaType;

  @ApiProperty({ type: [BeneficiaryDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => BeneficiaryDto)
  beneficiaries: BeneficiaryDto[];

  @ApiProperty({ type: [BudgetLineDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => BudgetLineDto)
  budgetLines: BudgetLineDto[];

  @ApiProperty({ description: 'Integer fen (R26); the budget lines add up to it' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  requestedFen: number;

  @ApiProperty({ example: '李秀兰' })
  @IsString()
  @Length(2, 50)
  contactName: string;

  @ApiProperty({ example: '0771-5551234' })
  @IsMainlandPhone()
  contactPhone: string;

  @ApiProperty({ type: PayeeAccountDto })
  @ValidateNested()
  @Type(() => PayeeAccountDto)
  bankAccount: PayeeAccountDto;

  @ApiPropertyOptional(ANSWERS_API)
  @IsOptional()
  @IsObject()
  answers?: Record<string, unknown>;
}

/**
 * SUBMITTED → APPROVED (commitment asked of finance) → COMMITTED (payment asked) → PAID; or
 * REJECTED by the officer, COMMITMENT_REFUSED by finance (the fund's budget, R27),
 * PAYMENT_FAILED, WITHDRAWING → WITHDRAWN (withdrawn by an officer, released at finance). The
 * list and its meaning are the domain's (libs/domain/lottery applicationStatus).
 */
export const APPLICATION_STATUSES = DOMAIN_APPLICATION_STATUSES;
export type ApplicationStatusValue = ApplicationStatus;

export class DecisionView {
  @ApiProperty({ enum: ['APPROVED', 'REJECTED'] }) outcome: 'APPROVED' | 'REJECTED';
  @ApiProperty() comment: string;
  @ApiProperty() decidedBy: string;
  @ApiProperty({ format: 'date-time' }) decidedAt: string;
  @ApiPropertyOptional({ description: 'The eldercare-share warning the officer accepted (R21)' })
  eldercareWarning?: string;
}

/** An officer's decision on an application, always with a comment the applicant sees. */
export class ApplicationDecisionDto {
  @ApiProperty({ minLength: 1, maxLength: 500 })
  @IsString()
  @Length(1, 500)
  comment: string;

  @ApiPropertyOptional({
    description: 'Approve although the year would fall below the eldercare floor (R21)',
  })
  @IsOptional()
  @IsBoolean()
  acceptEldercareWarning?: boolean;
}

/** An application as its applicant and the programme officers see it. */
export class ApplicationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() programmeName: string;
  @ApiProperty() fiscalYear: number;
  @ApiProperty({ enum: LOTTERY_PURPOSES, enumName: 'LotteryPurpose' }) purpose: LotteryPurpose;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ enum: Object.values(AreaType), enumName: 'AreaType' })
  organizationAreaType: AreaType;
  @ApiProperty() projectName: string;
  @ApiProperty({ enum: Object.values(AreaType), enumName: 'AreaType' }) projectAreaType: AreaType;
  @ApiProperty({ type: [BeneficiaryDto] }) beneficiaries: BeneficiaryDto[];
  @ApiProperty() beneficiaryTotal: number;
  @ApiProperty({ type: [BudgetLineDto] }) budgetLines: BudgetLineDto[];
  @ApiProperty() requestedFen: number;
  @ApiProperty() contactName: string;
  @ApiProperty() contactPhone: string;
  @ApiProperty({ type: PayeeAccountDto, description: 'The payee account, its number masked (R30)' })
  bankAccount: PayeeAccountDto;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatusValue;
  @ApiProperty({ type: PriorityView }) priority: PriorityView;
  @ApiPropertyOptional({ description: "The officer's merit assessment, 0–100 (R13)" })
  merit?: number;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiPropertyOptional({ type: DecisionView }) decision?: DecisionView;
  @ApiPropertyOptional({ type: StatusReasonView, description: 'Why it is refused or failed' })
  statusReason?: StatusReasonView;
  @ApiPropertyOptional({ type: SubsidyPaymentView }) payment?: SubsidyPaymentView;
  @ApiProperty(ANSWERS_API) answers: Record<string, unknown>;
  @ApiProperty({
    description: "The version of the programme's form the answers were given to; 0 without one",
  })
  formVersion: number;
}

export class ApplicationPage {
  @ApiProperty({ type: [ApplicationView] }) items: ApplicationView[];
  @ApiProperty() total: number;
}

/** Officers see a programme's applications by priority (R13), with each one's reasons. */
export class ApplicationsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}
