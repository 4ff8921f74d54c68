import { FORM_LIMITS } from '@civic/domain/forms';
import {
  PROJECT_STATUSES,
  PURCHASE_METHODS,
  type ProjectStatus,
  type PurchaseMethod,
} from '@civic/domain/procurement';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PagedQuery } from '../common/page.query';
import { FormView, QuestionDto } from '../forms/form.dto';

const DIVISION_CODE = /^\d{6}$/;

/**
 * One evaluation criterion, announced with the project before bidding (R25). A tilt factor (R12,
 * rural or public welfare) is a criterion like any other, named in advance, never added later.
 */
export class EvaluationCriterionDto {
  @ApiProperty({ example: 'plan' })
  @Matches(/^[a-z][a-z0-9_]{0,29}$/, { message: 'key must be lower-case letters, digits or _' })
  key: string;

  @ApiProperty({ example: 'service plan' }) @IsString() @Length(2, 50) name: string;
  @ApiProperty({ example: '服务方案' }) @IsString() @Length(2, 50) nameZh: string;
  @ApiProperty({ example: 40, description: 'The weights add up to 100' })
  @IsInt()
  @Min(1)
  @Max(100)
  weight: number;

  @ApiProperty({ example: 100, description: 'Full score; panel scores go from 0 to it' })
  @IsInt()
  @Min(1)
  @Max(100)
  max: number;

  @ApiPropertyOptional({ enum: ['PANEL', 'PRICE'], default: 'PANEL' })
  @IsOptional()
  @IsIn(['PANEL', 'PRICE'])
  kind?: 'PANEL' | 'PRICE';

  @ApiPropertyOptional({ description: 'A tilt factor (R12) announced in advance' })
  @IsOptional()
  @IsBoolean()
  tilt?: boolean;
}

/**
 * A purchase project (政府购买服务项目): a catalogue item bought within the year's budget (R25,
 * Order 102 art. 14), by a method of the procurement law the budget allows.
 */
export class CreatePurchaseProjectDto {
  @ApiProperty({ format: 'uuid', description: 'The catalogue item bought (R24)' })
  @IsUUID()
  catalogueItemId: string;

  @ApiProperty({
    example: '450103',
    description: "The buyer's division: the item's region or within it",
  })
  @Matches(DIVISION_CODE, { message: 'regionCode must be a 6-digit division code (R24)' })
  regionCode: string;

  @ApiProperty({ example: 2026 }) @IsInt() @Min(2000) @Max(2100) fiscalYear: number;

  @ApiProperty({ example: '2026 年青秀区居家养老上门探访服务' })
  @IsString()
  @Length(2, 100)
  title: string;

  @ApiProperty({ example: '为辖区 300 名独居老人提供每月两次上门探访' })
  @IsString()
  @Length(2, 2000)
  description: string;

  @ApiProperty({ description: 'Integer fen (R26)', example: 48_000_000 })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  budgetFen: number;

  @ApiProperty({ enum: PURCHASE_METHODS, enumName: 'PurchaseMethod' })
  @IsIn(PURCHASE_METHODS)
  method: PurchaseMethod;

  @ApiPropertyOptional({ description: "Why the method's legal conditions are met" })
  @IsOptional()
  @IsString()
  @Length(2, 500)
  methodJustification?: string;

  @ApiProperty({ example: 12, description: 'The contract term in months (Order 102 art. 24)' })
  @IsInt()
  @Min(1)
  @Max(60)
  contractMonths: number;

  @ApiPropertyOptional({
    default: false,
    description:
      'The funding for the whole term is secured (a stable item may then run up to 3 years, Order 102 art. 24)',
  })
  @IsOptional()
  @IsBoolean()
  budgetSecured?: boolean;

  @ApiPropertyOptional({
    default: false,
    description: 'Reserved for community social organizations, announced in advance (R12)',
  })
  @IsOptional()
  @IsBoolean()
  reservedForSocialOrganizations?: boolean;

  @ApiProperty({ type: [EvaluationCriterionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EvaluationCriterionDto)
  criteria: EvaluationCriterionDto[];

  @ApiPropertyOptional({
    type: [QuestionDto],
    description:
      'Questions added to the bid (issue #17), answered with each bid; changeable while the project is a draft or announced, until its first bid',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FORM_LIMITS.questions)
  @ValidateNested({ each: true })
  @Type(() => QuestionDto)
  questions?: QuestionDto[];
}

/** Publishing the announcement: bids are taken until the deadline (the database clock decides). */
export class AnnounceProjectDto {
  @ApiProperty({ example: '2026-12-31T09:00:00.000Z' })
  @IsISO8601({ strict: true })
  bidDeadline: string;
}

export class PurchaseProjectView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) catalogueItemId: string;
  @ApiProperty() catalogueItemName: string;
  @ApiProperty() stableItem: boolean;
  @ApiProperty() regionCode: string;
  @ApiProperty() fiscalYear: number;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty() budgetFen: number;
  @ApiProperty({ enum: PURCHASE_METHODS, enumName: 'PurchaseMethod' }) method: PurchaseMethod;
  @ApiProperty({ type: String, nullable: true }) methodJustification: string | null;
  @ApiProperty() contractMonths: number;
  @ApiProperty() budgetSecured: boolean;
  @ApiProperty() reservedForSocialOrganizations: boolean;
  @ApiProperty({ type: [EvaluationCriterionDto] }) criteria: EvaluationCriterionDto[];
  @ApiProperty({ enum: PROJECT_STATUSES, enumName: 'PurchaseProjectStatus' })
  status: ProjectStatus;
  @ApiProperty({ description: 'The purchase policy version the project was checked against' })
  policyVersion: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  announcedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  bidDeadline: string | null;
  @ApiProperty({ description: 'Bids received (not withdrawn)' }) bidCount: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({
    type: FormView,
    description: 'The questions added to the bid (issue #17), when the project has any',
  })
  form?: FormView;
}

/** Purchase projects, a page at a time, newest first. */
export class PurchaseProjectQuery extends PagedQuery {
  @ApiPropertyOptional({ example: 2026, minimum: 2000, maximum: 2100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear?: number;

  @ApiPropertyOptional({ enum: PROJECT_STATUSES, enumName: 'PurchaseProjectStatus' })
  @IsOptional()
  @IsIn(PROJECT_STATUSES)
  status?: ProjectStatus;

  @ApiPropertyOptional({ example: '450103' })
  @IsOptional()
  @Matches(DIVISION_CODE, { message: 'regionCode must be a 6-digit division code (R24)' })
  regionCode?: string;
}

export class PurchaseProjectPage {
  @ApiProperty({ type: [PurchaseProjectView] }) items: PurchaseProjectView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
