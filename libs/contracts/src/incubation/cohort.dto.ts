import { FORM_LIMITS } from '@civic/domain/forms';
import { ORGANIZATION_CATEGORIES, type OrganizationCategory } from '@civic/domain/organizations';
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
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  registerDecorator,
  ValidateIf,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import { CALENDAR_DATE } from '../common/year-month';
import { PagedQuery } from '../common/page.query';
import { FormView, QuestionDto } from '../forms/form.dto';

export const GRADUATION_CRITERION_KINDS = [
  'MIN_MONTHS',
  'MIN_TRAINING_SESSIONS',
  'MIN_ACTIVITIES',
  'REGISTERED_OR_FILED',
  'MANUAL',
] as const;
export type GraduationCriterionKind = (typeof GRADUATION_CRITERION_KINDS)[number];

/** The one field each kind of criterion takes besides its kind (R16). */
const FIELD_KIND = {
  months: 'MIN_MONTHS',
  sessions: 'MIN_TRAINING_SESSIONS',
  activities: 'MIN_ACTIVITIES',
  label: 'MANUAL',
} as const satisfies Record<string, GraduationCriterionKind>;

/**
 * A field of one kind of criterion (R16, issue #15): checked when the criterion is of that kind,
 * and refused (`notAllowedForKind`) when a criterion of another kind sends it, whatever it holds,
 * so no other kind's field reaches the cohort's stored criteria unchecked.
 */
function ForKind(field: keyof typeof FIELD_KIND): PropertyDecorator {
  const kind = FIELD_KIND[field];
  return (target, propertyName) => {
    ValidateIf(
      (c: GraduationCriterionDto, value: unknown) => c.kind === kind || value !== undefined,
    )(target, propertyName);
    registerDecorator({
      name: 'notAllowedForKind',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (_value: unknown, args?: ValidationArguments) =>
          (args?.object as GraduationCriterionDto | undefined)?.kind === kind,
        defaultMessage: () =>
          `${field} is not a field of this kind of criterion: only ${kind} takes it (rule R16)`,
      },
    });
  };
}

/** One recorded graduation criterion (出壳标准, R16); the amount it needs, or a label staff confirm. */
export class GraduationCriterionDto {
  @ApiProperty({ enum: GRADUATION_CRITERION_KINDS, enumName: 'GraduationCriterionKind' })
  @IsIn(GRADUATION_CRITERION_KINDS)
  kind: GraduationCriterionKind;

  @ApiPropertyOptional({ description: 'MIN_MONTHS' })
  @ForKind('months')
  @IsInt()
  @Min(1)
  @Max(60)
  months?: number;

  @ApiPropertyOptional({ description: 'MIN_TRAINING_SESSIONS' })
  @ForKind('sessions')
  @IsInt()
  @Min(1)
  @Max(500)
  sessions?: number;

  @ApiPropertyOptional({ description: 'MIN_ACTIVITIES' })
  @ForKind('activities')
  @IsInt()
  @Min(1)
  @Max(500)
  activities?: number;

  @ApiPropertyOptional({ description: 'MANUAL: what staff confirm' })
  @ForKind('label')
  @IsString()
  @Length(2, 100)
  label?: string;
}

/** What a cohort gives each organization it admits (R15). */
export class SupportPackageDto {
  @ApiProperty({ description: 'Free space per organization, m² (0 for none)', example: 15 })
  @IsInt()
  @Min(0)
  @Max(10_000)
  spaceM2: number;

  @ApiProperty({ description: 'Monthly fees the base would charge, fen', example: 50_000 })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  monthlyFeeFen: number;

  @ApiProperty({ description: 'Share of those fees waived, percent', example: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  feeWaivedPercent: number;

  @ApiProperty({ description: 'Start-up subsidy per organization, fen (R26)', example: 2_000_000 })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  startupSubsidyFen: number;

  @ApiProperty({ description: 'Training sessions planned (R11)', example: 6 })
  @IsInt()
  @Min(0)
  @Max(500)
  trainingSessions: number;
}

/** A cohort (批次) of a base: capacity, application window, term, support, graduation criteria (R16). */
export class CreateCohortDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() baseId: string;

  @ApiProperty({ example: '2026 年第二期孵化' }) @IsString() @Length(2, 100) name: string;

  @ApiProperty({ example: 10 }) @IsInt() @Min(1) @Max(500) capacity: number;

  @ApiProperty({ example: '2026-09-01' })
  @Matches(CALENDAR_DATE, { message: 'windowOpensOn must be a date YYYY-MM-DD' })
  windowOpensOn: string;

  @ApiProperty({ example: '2026-09-30' })
  @Matches(CALENDAR_DATE, { message: 'windowClosesOn must be a date YYYY-MM-DD' })
  windowClosesOn: string;

  @ApiProperty({ example: '2026-10-15', description: 'The incubation term starts' })
  @Matches(CALENDAR_DATE, { message: 'startsOn must be a date YYYY-MM-DD' })
  startsOn: string;

  @ApiPropertyOptional({ description: 'Incubation term in months (R16)', default: 12 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  termMonths?: number;

  @ApiPropertyOptional({ description: 'Seats reserved for rural applicants (R14)', default: 30 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  ruralReservePercent?: number;

  @ApiProperty({ type: SupportPackageDto })
  @ValidateNested()
  @Type(() => SupportPackageDto)
  support: SupportPackageDto;

  @ApiProperty({ type: [GraduationCriterionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => GraduationCriterionDto)
  graduationCriteria: GraduationCriterionDto[];

  @ApiPropertyOptional({
    enum: ORGANIZATION_CATEGORIES,
    isArray: true,
    description: 'Categories it takes (R1); all if absent',
  })
  @IsOptional()
  @IsArray()
  @IsIn(ORGANIZATION_CATEGORIES, { each: true })
  eligibleCategories?: OrganizationCategory[];

  @ApiPropertyOptional({
    type: [QuestionDto],
    description:
      'Questions added to the fixed application fields (issue #17); changeable until the first application',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FORM_LIMITS.questions)
  @ValidateNested({ each: true })
  @Type(() => QuestionDto)
  questions?: QuestionDto[];
}

export class CohortCountsView {
  @ApiProperty() applications: number;
  @ApiProperty() admitted: number;
  @ApiProperty() waitlisted: number;
  @ApiProperty() rejected: number;
  @ApiProperty({ description: 'In-kind support recorded for its organizations, fen (R16)' })
  inKindFen: number;
}

export class DeadlineView {
  @ApiProperty({ enum: ['DONE', 'DONE_LATE', 'PENDING', 'OVERDUE'] }) status: string;
  @ApiProperty({ example: '2026-10-12' }) deadline: string;
  @ApiProperty() workingDaysLeft: number;
  @ApiProperty() message: string;
  @ApiProperty() messageZh: string;
}

export class CohortView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) baseId: string;
  @ApiProperty() baseName: string;
  @ApiProperty() name: string;
  @ApiProperty() capacity: number;
  @ApiProperty() windowOpensOn: string;
  @ApiProperty() windowClosesOn: string;
  @ApiProperty() startsOn: string;
  @ApiProperty() endsOn: string;
  @ApiProperty() termMonths: number;
  @ApiProperty() ruralReservePercent: number;
  @ApiProperty({
    description:
      'The INCUBATION_DEADLINES policy version the cohort was opened under (R16, issue #17)',
  })
  policyVersion: string;
  @ApiProperty({ type: SupportPackageDto }) support: SupportPackageDto;
  @ApiProperty({ type: [GraduationCriterionDto] }) graduationCriteria: GraduationCriterionDto[];
  @ApiPropertyOptional({ enum: ORGANIZATION_CATEGORIES, isArray: true })
  eligibleCategories?: OrganizationCategory[];
  @ApiProperty({ enum: ['UPCOMING', 'OPEN', 'CLOSED', 'DECIDED'] }) phase: string;
  @ApiProperty({
    type: DeadlineView,
    description: 'Answers are due within 5 working days of the window closing (R16)',
  })
  answers: DeadlineView;
  @ApiProperty({ type: CohortCountsView }) counts: CohortCountsView;
  @ApiPropertyOptional({
    type: FormView,
    description: 'The added questions, when the cohort has any (issue #17)',
  })
  form?: FormView;
}

export class CohortPage {
  @ApiProperty({ type: [CohortView] }) items: CohortView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

/** Cohorts, a page at a time, the newest window first. */
export class CohortsQuery extends PagedQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  baseId?: string;
}
