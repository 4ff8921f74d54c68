import {
  AREA_TYPES,
  type AreaType,
  FOUNDER_BACKGROUNDS,
  type FounderBackground,
  ORGANIZATION_CATEGORIES,
  type OrganizationCategory,
  PRIORITY_GROUPS,
  type PriorityGroup,
} from '@civic/domain/organizations';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { ANSWERS_API } from '../forms/form.dto';
import { PriorityView } from '../common/priority.view';
import { PagedQuery, sortValues } from '../common/page.query';
import { ADMISSION_STATUSES, type AdmissionStatus } from '@civic/domain/incubation';
import { IsMainlandPhone } from '../common/contact.decorators';

export const APPLICANT_KINDS = ['ORGANIZATION', 'FOUNDING_GROUP'] as const;
export type ApplicantKindValue = (typeof APPLICANT_KINDS)[number];

/**
 * An application for a cohort. An organization applies for itself (its facts come from the
 * registry); a founding group not registered yet (筹备中) states its own (R16).
 */
export class SubmitAdmissionDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() cohortId: string;

  @ApiProperty({ enum: APPLICANT_KINDS, enumName: 'ApplicantKind' })
  @IsIn(APPLICANT_KINDS)
  kind: ApplicantKindValue;

  @ApiPropertyOptional({ example: '青山社区儿童托管互助小组', description: 'FOUNDING_GROUP' })
  @ValidateIf((d: SubmitAdmissionDto) => d.kind === 'FOUNDING_GROUP')
  @IsString()
  @Length(2, 100)
  groupName?: string;

  @ApiPropertyOptional({ description: 'FOUNDING_GROUP: founders', example: 5 })
  @ValidateIf((d: SubmitAdmissionDto) => d.kind === 'FOUNDING_GROUP')
  @IsInt()
  @Min(1)
  @Max(1000)
  founders?: number;

  @ApiPropertyOptional({ enum: ORGANIZATION_CATEGORIES, description: 'FOUNDING_GROUP (R1)' })
  @ValidateIf((d: SubmitAdmissionDto) => d.kind === 'FOUNDING_GROUP')
  @IsIn(ORGANIZATION_CATEGORIES)
  category?: OrganizationCategory;

  @ApiPropertyOptional({ enum: AREA_TYPES, description: 'FOUNDING_GROUP' })
  @ValidateIf((d: SubmitAdmissionDto) => d.kind === 'FOUNDING_GROUP')
  @IsIn(AREA_TYPES)
  areaType?: AreaType;

  @ApiPropertyOptional({ example: '450103001', description: 'FOUNDING_GROUP: street (9 digits)' })
  @ValidateIf((d: SubmitAdmissionDto) => d.kind === 'FOUNDING_GROUP')
  @Matches(/^\d{9}$/, { message: 'streetCode must be 9 digits' })
  streetCode?: string;

  @ApiPropertyOptional({ enum: FOUNDER_BACKGROUNDS, description: 'FOUNDING_GROUP: R8' })
  @IsOptional()
  @IsIn(FOUNDER_BACKGROUNDS)
  founderBackground?: FounderBackground;

  @ApiProperty({ enum: PRIORITY_GROUPS, isArray: true, description: 'Whom it serves (R7)' })
  @IsArray()
  @ArrayMaxSize(PRIORITY_GROUPS.length)
  @IsIn(PRIORITY_GROUPS, { each: true })
  servedGroups: PriorityGroup[];

  @ApiProperty({
    description: 'What it will do while incubated',
    example: '为双职工家庭提供课后托管',
  })
  @IsString()
  @Length(10, 2000)
  plan: string;

  @ApiProperty({ example: '陈静' }) @IsString() @Length(2, 50) contactName: string;

  @ApiProperty({ example: '13800000000' })
  @IsMainlandPhone()
  contactPhone: string;

  @ApiPropertyOptional(ANSWERS_API)
  @IsOptional()
  @IsObject()
  answers?: Record<string, unknown>;
}

export class ScreeningReasonView {
  @ApiProperty({
    enum: ['CATEGORY', 'AREA', 'FOUNDERS', 'ALREADY_GRADUATED', 'ALREADY_INCUBATED'],
  })
  code: string;
  @ApiProperty() ok: boolean;
  @ApiProperty() message: string;
  @ApiProperty() messageZh: string;
}

export class ScreeningView {
  @ApiProperty() eligible: boolean;
  @ApiProperty({ type: [ScreeningReasonView] }) reasons: ScreeningReasonView[];
}

export { ADMISSION_STATUSES } from '@civic/domain/incubation';
export type AdmissionStatusValue = AdmissionStatus;

/** The outcome of ranked admission (R16 with R13/R14), with the reason. */
export class AdmissionDecisionView {
  @ApiProperty({ enum: ['ADMITTED', 'WAITLISTED', 'REJECTED'] }) outcome: string;
  @ApiPropertyOptional() rank?: number;
  @ApiPropertyOptional() rankScore?: number;
  @ApiPropertyOptional({ enum: ['RURAL_RESERVE', 'GENERAL'] }) seatSource?: string;
  @ApiPropertyOptional() waitlistPosition?: number;
  @ApiProperty() message: string;
  @ApiProperty() messageZh: string;
  @ApiProperty({ format: 'date-time' }) decidedAt: string;
}

export class AdmissionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty() cohortName: string;
  @ApiProperty({ enum: APPLICANT_KINDS, enumName: 'ApplicantKind' }) kind: ApplicantKindValue;
  @ApiPropertyOptional({ format: 'uuid' }) organizationId?: string;
  @ApiProperty({ description: 'The organization or the founding group' }) name: string;
  @ApiPropertyOptional() founders?: number;
  @ApiProperty({ enum: ORGANIZATION_CATEGORIES }) category: OrganizationCategory;
  @ApiProperty({ enum: AREA_TYPES }) areaType: AreaType;
  @ApiProperty() countyCode: string;
  @ApiProperty() streetCode: string;
  @ApiProperty({ enum: PRIORITY_GROUPS, isArray: true }) servedGroups: PriorityGroup[];
  @ApiProperty() plan: string;
  @ApiProperty() contactName: string;
  @ApiProperty() contactPhone: string;
  @ApiProperty({ type: PriorityView }) priority: PriorityView;
  @ApiProperty({ type: ScreeningView }) screening: ScreeningView;
  @ApiPropertyOptional({ minimum: 0, maximum: 100 }) merit?: number;
  @ApiProperty({ enum: ADMISSION_STATUSES }) status: AdmissionStatusValue;
  @ApiPropertyOptional({ type: AdmissionDecisionView }) decision?: AdmissionDecisionView;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty(ANSWERS_API) answers: Record<string, unknown>;
  @ApiProperty({
    description: "The version of the cohort's form the answers were given to; 0 without one",
  })
  formVersion: number;
}

export class AdmissionPage {
  @ApiProperty({ type: [AdmissionView] }) items: AdmissionView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export const ADMISSION_SORTS = sortValues(['priorityBonus', 'submittedAt', 'name'] as const);

/** Admission applications, a page at a time; highest priority bonus first unless sorted. */
export class AdmissionsQuery extends PagedQuery {
  @ApiPropertyOptional({ enum: ADMISSION_SORTS, default: '-priorityBonus' })
  @IsOptional()
  @IsIn(ADMISSION_SORTS)
  sort?: (typeof ADMISSION_SORTS)[number];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  cohortId?: string;
}

/** Staff assess an applicant's merit, 0–100 (R16 with R13); audited (R31). */
export class AdmissionAssessmentDto {
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) merit: number;
}

/** What deciding now would give an applicant (R16 with R13/R14), and why. */
export class AdmissionPreviewView {
  @ApiProperty({ enum: ['ADMITTED', 'WAITLISTED', 'REJECTED'] }) outcome: string;
  @ApiPropertyOptional() rank?: number;
  @ApiPropertyOptional() rankScore?: number;
  @ApiPropertyOptional({ enum: ['RURAL_RESERVE', 'GENERAL'] }) seatSource?: string;
  @ApiPropertyOptional() waitlistPosition?: number;
  @ApiProperty() message: string;
  @ApiProperty() messageZh: string;
}

export class AdmissionRankingRowView extends AdmissionView {
  @ApiPropertyOptional({
    type: AdmissionPreviewView,
    description: 'Absent while an eligible applicant is not assessed',
  })
  preview?: AdmissionPreviewView;
}

/** The cohort's ranked list: every applicant with its outcome if decided now, and why. */
export class AdmissionRankingView {
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty() capacity: number;
  @ApiProperty() reserveSeats: number;
  @ApiProperty() reserveUsed: number;
  @ApiProperty() seatsLeft: number;
  @ApiProperty({ description: 'Eligible applicants not assessed yet' }) unassessed: number;
  @ApiProperty({ type: [AdmissionRankingRowView] }) rows: AdmissionRankingRowView[];
}
