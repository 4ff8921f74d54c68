import { SUBSIDY_STATUSES, type SubsidyStatus } from '@civic/domain/incubation';
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
  ValidateNested,
} from 'class-validator';
import { PayeeAccountDto, StatusReasonView, SubsidyPaymentView } from '../common/payment.view';
import { CALENDAR_DATE } from '../common/year-month';
import { DeadlineView } from './cohort.dto';
import { PagedQuery, sortValues } from '../common/page.query';

export class AssignVenueDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() venueId: string;
}

/** A founding group registered during incubation: link its organization (R16). */
export class LinkOrganizationDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() organizationId: string;
}

export class RecordActivityDto {
  @ApiProperty({ example: '重阳节敬老活动' }) @IsString() @Length(2, 100) title: string;
  @ApiProperty({ example: '2026-10-29' })
  @Matches(CALENDAR_DATE, { message: 'heldOn must be a date YYYY-MM-DD' })
  heldOn: string;
}

export class CreateTrainingDto {
  @ApiProperty({ example: '社会组织财务管理' }) @IsString() @Length(2, 100) title: string;
  @ApiProperty({ example: '2026-11-20' })
  @Matches(CALENDAR_DATE, { message: 'heldOn must be a date YYYY-MM-DD' })
  heldOn: string;
  @ApiProperty({ example: 3 }) @IsInt() @Min(1) @Max(24) hours: number;
  @ApiProperty({ example: '张老师' }) @IsString() @Length(2, 50) trainer: string;
}

export class AttendanceDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Incubatees who attended' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  incubateeIds: string[];
}

export class TrainingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty() title: string;
  @ApiProperty() heldOn: string;
  @ApiProperty() hours: number;
  @ApiProperty() trainer: string;
  @ApiProperty({ type: [String], description: 'Incubatees who attended' }) attendees: string[];
}

/** Ask finance for the cohort's start-up subsidy (R15), paid to this account unless in custody (R3). */
export class RequestSubsidyDto {
  @ApiProperty({ type: PayeeAccountDto })
  @ValidateNested()
  @Type(() => PayeeAccountDto)
  bankAccount: PayeeAccountDto;
}

/** Staff graduate an incubatee: the manual criteria they confirm, and a note (R16). */
export class GraduateDto {
  @ApiProperty({ type: [String], description: 'Labels of the MANUAL criteria confirmed' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  confirmed: string[];

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class ExitDto {
  @ApiProperty({ example: '负责人迁居外地，团队解散' }) @IsString() @Length(2, 500) reason: string;
}

export class VenuePlaceView {
  @ApiProperty({ format: 'uuid' }) venueId: string;
  @ApiProperty() venueName: string;
  @ApiProperty() shared: boolean;
  @ApiProperty() assignedOn: string;
  @ApiPropertyOptional() releasedOn?: string;
}

export class InKindView {
  @ApiProperty({ enum: ['SPACE', 'FEE_WAIVER'] }) kind: string;
  @ApiProperty() valueFen: number;
  @ApiProperty({ description: 'The figures it was valued from' }) basis: Record<string, unknown>;
}

export class SubsidyView {
  @ApiProperty({ enum: SUBSIDY_STATUSES, enumName: 'SubsidyStatus' })
  status: SubsidyStatus;
  @ApiProperty() amountFen: number;
  @ApiProperty({ type: PayeeAccountDto, description: 'The payee account, its number masked (R30)' })
  bankAccount: PayeeAccountDto;
  @ApiPropertyOptional({ type: SubsidyPaymentView }) payment?: SubsidyPaymentView;
  @ApiPropertyOptional({ type: StatusReasonView }) statusReason?: StatusReasonView;
}

export class CriterionResultView {
  @ApiProperty() kind: string;
  @ApiProperty() met: boolean;
  @ApiProperty() message: string;
  @ApiProperty() messageZh: string;
}

export class GraduationView {
  @ApiProperty({ type: [CriterionResultView] }) results: CriterionResultView[];
  @ApiPropertyOptional() note?: string;
}

/** An admitted organization's (or founding group's) incubation record (R15, R16). */
export class IncubateeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty() cohortName: string;
  @ApiProperty({ format: 'uuid' }) baseId: string;
  @ApiPropertyOptional({ format: 'uuid' }) organizationId?: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date-time' }) admittedAt: string;
  @ApiProperty({ enum: ['ACTIVE', 'GRADUATED', 'EXITED'] }) status: string;
  @ApiPropertyOptional({ type: VenuePlaceView }) venue?: VenuePlaceView;
  @ApiProperty({ type: [InKindView] }) inKind: InKindView[];
  @ApiProperty({ description: 'In-kind support valued in fen (R16)' }) inKindFen: number;
  @ApiProperty() trainingSessionsAttended: number;
  @ApiProperty() activitiesHeld: number;
  @ApiPropertyOptional({ type: SubsidyView }) subsidy?: SubsidyView;
  @ApiPropertyOptional() exitedOn?: string;
  @ApiPropertyOptional() exitReason?: string;
  @ApiPropertyOptional({ type: GraduationView }) graduation?: GraduationView;
  @ApiPropertyOptional({
    type: DeadlineView,
    description: 'Space lent is handed back within 15 working days of leaving (R16)',
  })
  spaceReturn?: DeadlineView;
}

export const INCUBATEE_SORTS = sortValues(['name', 'status'] as const);

/** Incubation records, a page at a time; by name unless sorted. */
export class IncubateesQuery extends PagedQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() cohortId?: string;

  @ApiPropertyOptional({ enum: INCUBATEE_SORTS, default: 'name' })
  @IsOptional()
  @IsIn(INCUBATEE_SORTS)
  sort?: (typeof INCUBATEE_SORTS)[number];
}

export class IncubateePage {
  @ApiProperty({ type: [IncubateeView] }) items: IncubateeView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

/** A cohort's training sessions, a page at a time, oldest first. */
export class TrainingsQuery extends PagedQuery {}

export class TrainingPage {
  @ApiProperty({ type: [TrainingView] }) items: TrainingView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
