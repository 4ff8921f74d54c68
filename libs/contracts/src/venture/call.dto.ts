import { FORM_LIMITS } from '@civic/domain/forms';
import { PRIORITY_GROUPS, type PriorityGroup } from '@civic/domain/organizations';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PagedQuery } from '../common/page.query';
import { FormView, QuestionDto } from '../forms/form.dto';

/** One criterion of a call's scoring rubric: its weight (the weights add up to 100) and scale. */
export class RubricCriterionDto {
  @ApiProperty({ example: 'need' })
  @Matches(/^[a-z][a-z0-9_]{0,29}$/, { message: 'key must be lower-case letters, digits or _' })
  key: string;

  @ApiProperty({ example: '需求必要性' }) @IsString() @Length(2, 50) name: string;

  @ApiProperty({ example: 30 }) @IsInt() @Min(1) @Max(100) weight: number;

  @ApiProperty({ example: 10, description: 'Scores are whole numbers from 0 to scaleMax' })
  @IsInt()
  @Min(1)
  @Max(100)
  scaleMax: number;
}

export class TrancheDto {
  @ApiProperty({ example: 'SIGNING' })
  @Matches(/^[A-Z][A-Z0-9_]{0,29}$/, { message: 'key must be upper-case letters, digits or _' })
  key: string;

  @ApiProperty({ example: 50 }) @IsInt() @Min(1) @Max(100) percent: number;
}

/** A call for proposals (公益创投大赛 / 项目征集, R17), funded from the venture philanthropy fund. */
export class CreateCallDto {
  @ApiProperty({ example: '2026 年青秀区社区公益创投大赛' })
  @IsString()
  @Length(2, 100)
  name: string;

  @ApiProperty({ example: 2026 }) @IsInt() @Min(2000) @Max(2100) fiscalYear: number;

  @ApiProperty({ description: 'Integer fen (R26)', example: 100_000_000 })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  budgetFen: number;

  @ApiProperty({ description: 'Least a project may ask, fen', example: 2_000_000 })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  minFen: number;

  @ApiProperty({ description: 'Most a project may ask, fen', example: 10_000_000 })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  maxFen: number;

  @ApiProperty({ enum: PRIORITY_GROUPS, isArray: true, description: 'Focus groups (R7)' })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(PRIORITY_GROUPS, { each: true })
  focusGroups: PriorityGroup[];

  @ApiProperty({ type: [RubricCriterionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionDto)
  rubric: RubricCriterionDto[];

  @ApiPropertyOptional({ type: [TrancheDto], description: 'Default 50 / 30 / 20 (R19)' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TrancheDto)
  tranches?: TrancheDto[];

  @ApiPropertyOptional({ description: 'Share reserved for rural organizations (R14)', default: 30 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  ruralReservePercent?: number;

  @ApiProperty({
    example: '2026-12-31T16:00:00.000Z',
    description: 'Nothing is submitted from then on',
  })
  @IsISO8601({ strict: true })
  deadline: string;

  @ApiPropertyOptional({
    type: [QuestionDto],
    description:
      'Questions added to the fixed fields (issue #17); changeable until the first proposal',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FORM_LIMITS.questions)
  @ValidateNested({ each: true })
  @Type(() => QuestionDto)
  questions?: QuestionDto[];
}

export class CallView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() fiscalYear: number;
  @ApiProperty() budgetFen: number;
  @ApiProperty() minFen: number;
  @ApiProperty() maxFen: number;
  @ApiProperty({ enum: PRIORITY_GROUPS, isArray: true }) focusGroups: PriorityGroup[];
  @ApiProperty({ type: [RubricCriterionDto] }) rubric: RubricCriterionDto[];
  @ApiProperty({ type: [TrancheDto] }) tranches: TrancheDto[];
  @ApiProperty() ruralReservePercent: number;
  @ApiProperty({ format: 'date-time' }) deadline: string;
  @ApiProperty({ description: 'Submissions are taken' }) open: boolean;
  @ApiProperty({ enum: ['OPEN', 'CLOSED', 'DRAWN', 'AWARDED'] }) phase: string;
  @ApiProperty() proposals: number;
  @ApiProperty() submitted: number;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description:
      'When the round was concluded (R19): the proposals not awarded were told, no award after',
  })
  concludedAt: string | null;
  @ApiPropertyOptional({
    type: FormView,
    description: 'The added questions, when the call has any',
  })
  form?: FormView;
}

/** Calls, a page at a time, the latest deadline first. */
export class CallsQuery extends PagedQuery {}

export class CallPage {
  @ApiProperty({ type: [CallView] }) items: CallView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
