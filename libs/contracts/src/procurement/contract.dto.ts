import {
  CONTRACT_STATUSES,
  type ContractStatus,
  EVALUATION_DECISIONS,
  EVALUATION_KINDS,
  EVALUATOR_KINDS,
  type EvaluationDecision,
  type EvaluationKind,
  type EvaluatorKind,
  INSTALMENT_RELEASES,
  INSTALMENT_TRIGGERS,
  type InstalmentRelease,
  type InstalmentTrigger,
  UNDERTAKER_KINDS,
  type UndertakerKind,
} from '@civic/domain/procurement';
import { COMMITMENT_STATES, PAYMENT_STATES } from '@civic/domain/programme';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { NotBlank, Trimmed } from '../common/contact.decorators';
import { IsScore } from '../common/is-score.decorator';
import { PagedQuery } from '../common/page.query';
import { PayeeAccountDto, StatusReasonView } from '../common/payment.view';
import { CALENDAR_DATE } from '../common/year-month';
import { ContractReportView } from './contract-report.dto';

/**
 * One instalment of the schedule attached to the contract (R25, Order 102 art. 23–24): what
 * releases it and either its amount in fen or its whole percent of the contract (all the same way).
 */
export class ContractInstalmentDto {
  @ApiProperty({ example: 'SIGNING', description: 'Upper-case letters, digits or _' })
  @IsString()
  @Length(1, 30)
  key: string;

  @ApiProperty({
    enum: INSTALMENT_TRIGGERS,
    enumName: 'InstalmentTrigger',
    example: 'SIGNING',
    description:
      'What releases the instalment: signing, a monitoring check or the final evaluation',
  })
  @IsIn(INSTALMENT_TRIGGERS)
  trigger: InstalmentTrigger;

  @ApiPropertyOptional({ description: 'Integer fen (R26); or give percent' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amountFen?: number;

  @ApiPropertyOptional({ example: 40, description: 'Whole percent of the contract amount' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  percent?: number;
}

/** A performance indicator the contract holds (绩效指标); the weights add up to 100. */
export class PerformanceIndicatorDto {
  @ApiProperty({ example: '服务数量' })
  @Trimmed()
  @IsString()
  @NotBlank()
  @Length(2, 50)
  name: string;

  @ApiProperty({ example: '每月上门探访独居老人不少于 2 次' })
  @Trimmed()
  @IsString()
  @NotBlank()
  @Length(2, 200)
  target: string;

  @ApiProperty({ example: 40, description: 'Whole points out of 100' })
  @IsInt()
  @Min(1)
  @Max(100)
  weight: number;
}

/**
 * Sign the contract of an awarded project (R25, Order 102 art. 23–24) once its objection window
 * has passed: the term (checked again against art. 24), the instalment schedule over the awarded
 * price, the indicators and the account the undertaker is paid to (sealed, R30).
 */
export class SignContractDto {
  @ApiProperty({ example: '2026-07-01', description: 'The first day of the term' })
  @Matches(CALENDAR_DATE, { message: 'startDate must be a date YYYY-MM-DD' })
  startDate: string;

  @ApiProperty({
    example: 12,
    description:
      'The term in months: at most 12, or 36 for a stable item whose budget is secured (Order 102 art. 24); the term announced',
  })
  @IsInt()
  @Min(1)
  @Max(60)
  months: number;

  @ApiProperty({ type: [ContractInstalmentDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ContractInstalmentDto)
  instalments: ContractInstalmentDto[];

  @ApiProperty({ type: [PerformanceIndicatorDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PerformanceIndicatorDto)
  indicators: PerformanceIndicatorDto[];

  @ApiProperty({
    type: PayeeAccountDto,
    description: "The undertaker's account; a custodian's is paid instead under custody (R3)",
  })
  @ValidateNested()
  @Type(() => PayeeAccountDto)
  bankAccount: PayeeAccountDto;
}

/** One indicator's score: points from 0 to the indicator's weight, at most 2 decimals. */
export class IndicatorScoreDto {
  @ApiProperty({ example: '服务数量' }) @IsString() @Length(1, 50) indicator: string;

  @ApiProperty({ example: 36.5, minimum: 0, maximum: 100 })
  @IsScore(0, 100)
  score: number;
}

/**
 * A monitoring check (履约监测) or the year's final evaluation (结项评价) of a contract by the buyer
 * or a third party (R25): a score per indicator and their total out of 100.
 */
export class EvaluateContractDto {
  @ApiProperty({ enum: EVALUATION_KINDS, enumName: 'ContractEvaluationKind' })
  @IsIn(EVALUATION_KINDS)
  kind: EvaluationKind;

  @ApiProperty({ enum: EVALUATOR_KINDS, enumName: 'ContractEvaluatorKind' })
  @IsIn(EVALUATOR_KINDS)
  evaluator: EvaluatorKind;

  @ApiProperty({ example: '广西社会工作评估中心', description: 'Who evaluated' })
  @Trimmed()
  @IsString()
  @NotBlank()
  @Length(2, 100)
  evaluatorName: string;

  @ApiProperty({ type: [IndicatorScoreDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => IndicatorScoreDto)
  scores: IndicatorScoreDto[];

  @ApiProperty({
    example: 87.5,
    minimum: 0,
    maximum: 100,
    description: 'The indicators’ scores added up, 0–100',
  })
  @IsScore(0, 100)
  totalScore: number;

  @ApiProperty({ example: '服务记录完整，满意度调查 92%' })
  @IsString()
  @Length(1, 2000)
  comment: string;
}

export class PerformanceIndicatorView {
  @ApiProperty() name: string;
  @ApiProperty() target: string;
  @ApiProperty() weight: number;
}

export class IndicatorScoreView {
  @ApiProperty() indicator: string;
  @ApiProperty() score: number;
}

/** An instalment of a contract year (R25): its evaluation and its payment through finance (R28). */
export class ContractInstalmentView {
  @ApiProperty({ format: 'uuid', description: 'Also the payment id at finance, unless re-issued' })
  id: string;
  @ApiProperty() position: number;
  @ApiProperty({ example: 'SIGNING' }) key: string;
  @ApiProperty({ enum: INSTALMENT_TRIGGERS, enumName: 'InstalmentTrigger' })
  trigger: InstalmentTrigger;
  @ApiProperty({ description: 'As scheduled, fen' }) scheduledFen: number;
  @ApiProperty({ description: 'What is paid: less once a final evaluation reduced it, fen' })
  amountFen: number;
  @ApiProperty({ enum: INSTALMENT_RELEASES, enumName: 'InstalmentRelease' })
  release: InstalmentRelease;
  @ApiProperty({ enum: PAYMENT_STATES, enumName: 'ContractPaymentState' }) payment: string;
  @ApiProperty({ format: 'uuid', description: 'The payment id at finance' }) paymentId: string;
  @ApiPropertyOptional({ format: 'date-time' }) releasedAt?: string;
  @ApiPropertyOptional() bankReference?: string;
  @ApiPropertyOptional({ format: 'date-time' }) paidAt?: string;
  @ApiPropertyOptional({ description: 'A custodian paid on the organization’s behalf (R3)' })
  custodianName?: string;
  @ApiPropertyOptional({ type: StatusReasonView }) statusReason?: StatusReasonView;
}

/** A contract year (R25, R27): committed at finance against its budget year once renewed. */
export class ContractYearView {
  @ApiProperty({ format: 'uuid', description: 'The commitment id at finance' }) id: string;
  @ApiProperty({ example: 1 }) year: number;
  @ApiProperty({ example: 2026 }) fiscalYear: number;
  @ApiProperty({ example: '2026-07-01' }) startsOn: string;
  @ApiProperty({ example: '2027-06-30' }) endsOn: string;
  @ApiProperty() months: number;
  @ApiProperty() amountFen: number;
  @ApiProperty({
    enum: ['NOT_RENEWED', ...COMMITMENT_STATES],
    enumName: 'ContractYearCommitment',
    description: 'NOT_RENEWED until the year is renewed against its budget; then finance’s answer',
  })
  commitment: string;
  @ApiProperty({ description: 'Released at finance once the year pays no more (R27), fen' })
  releasedFen: number;
  @ApiPropertyOptional({ format: 'date-time' }) renewedAt?: string;
  @ApiPropertyOptional({ type: StatusReasonView }) statusReason?: StatusReasonView;
  @ApiProperty({ type: [ContractInstalmentView] }) instalments: ContractInstalmentView[];
}

/** An evaluation of the contract (R25), with what it decided and the policy version that decided it. */
export class ContractEvaluationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The contract year evaluated' }) year: number;
  @ApiProperty({ enum: EVALUATION_KINDS, enumName: 'ContractEvaluationKind' })
  kind: EvaluationKind;
  @ApiProperty({ enum: EVALUATOR_KINDS, enumName: 'ContractEvaluatorKind' })
  evaluator: EvaluatorKind;
  @ApiProperty() evaluatorName: string;
  @ApiProperty({ type: [IndicatorScoreView] }) scores: IndicatorScoreView[];
  @ApiProperty() totalScore: number;
  @ApiProperty({ description: 'At or above the policy’s pass mark' }) passed: boolean;
  @ApiPropertyOptional({ enum: EVALUATION_DECISIONS, enumName: 'ContractEvaluationDecision' })
  decision?: EvaluationDecision;
  @ApiPropertyOptional({ description: 'The instalment decided', example: 'FINAL' })
  instalmentKey?: string;
  @ApiPropertyOptional({ description: 'Paid of the final instalment, fen' }) payFen?: number;
  @ApiPropertyOptional({ description: 'Withheld and released to the budget, fen' })
  withheldFen?: number;
  @ApiProperty() reason: string;
  @ApiProperty() reasonZh: string;
  @ApiProperty() comment: string;
  @ApiProperty({ description: 'The purchase policy version that decided it' })
  policyVersion: string;
  @ApiProperty({ format: 'date-time' }) evaluatedAt: string;
}

/** A contract as officers and its undertaker see it: the account number masked (R30). */
export class ContractView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty() title: string;
  @ApiProperty() catalogueItemName: string;
  @ApiProperty({ example: '450103' }) regionCode: string;
  @ApiProperty({ example: 2026, description: 'The project’s, the first year’s budget year' })
  fiscalYear: number;
  @ApiProperty({ format: 'uuid' }) bidId: string;
  @ApiProperty({ format: 'uuid', description: 'The undertaker’s directory entry' })
  entryId: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) organizationId: string | null;
  @ApiProperty() undertakerName: string;
  @ApiProperty({ enum: UNDERTAKER_KINDS, enumName: 'UndertakerKind' })
  undertakerKind: UndertakerKind;
  @ApiProperty({ description: 'The awarded bid’s price, fen' }) amountFen: number;
  @ApiProperty({ example: '2026-07-01' }) startDate: string;
  @ApiProperty({ example: '2027-06-30' }) endDate: string;
  @ApiProperty() months: number;
  @ApiProperty({ type: [PerformanceIndicatorView] }) indicators: PerformanceIndicatorView[];
  @ApiProperty({ type: PayeeAccountDto, description: 'The number masked (R30)' })
  bankAccount: PayeeAccountDto;
  @ApiProperty({ enum: CONTRACT_STATUSES, enumName: 'ContractStatus' }) status: ContractStatus;
  @ApiProperty({ description: 'The purchase policy version it was signed under' })
  policyVersion: string;
  @ApiProperty() signedBy: string;
  @ApiProperty({ format: 'date-time' }) signedAt: string;
  @ApiProperty({ type: [ContractYearView] }) years: ContractYearView[];
  @ApiProperty({ type: [ContractEvaluationView], description: 'Oldest first' })
  evaluations: ContractEvaluationView[];
  @ApiProperty({
    type: [ContractReportView],
    description: 'The undertaker’s performance reports, newest first; never published (R30)',
  })
  reports: ContractReportView[];
}

/** Contracts, a page at a time, newest first. */
export class ContractsQuery extends PagedQuery {
  @ApiPropertyOptional({ example: 2026, minimum: 2000, maximum: 2100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear?: number;

  @ApiPropertyOptional({ enum: CONTRACT_STATUSES, enumName: 'ContractStatus' })
  @IsOptional()
  @IsIn(CONTRACT_STATUSES)
  status?: ContractStatus;
}

export class ContractPage {
  @ApiProperty({ type: [ContractView] }) items: ContractView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
