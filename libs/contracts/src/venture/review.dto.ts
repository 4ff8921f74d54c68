import { CLAUSE_OF_KIND, RELATION_KINDS, type RelationKind } from '@civic/domain/venture';
import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
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
  ValidateNested,
} from 'class-validator';
import { ANSWERS_API } from '../forms/form.dto';
import { PriorityReasonView } from '../common/priority.view';
import { CALENDAR_DATE } from '../common/year-month';
import { BlindProposalView } from './proposal.dto';
import { PagedQuery } from '../common/page.query';

/**
 * A tie a reviewer declares (R18): work for, a seat on the board or supervisors of, or control of an
 * organization; kinship with a person; or another relation with an organization or a person that
 * could affect a fair review (OTHER, described in `description`). Dates are calendar dates; `to` is
 * absent while it lasts.
 */
export class DeclaredRelationDto {
  @ApiProperty({ enum: RELATION_KINDS, enumName: 'RelationKind' })
  @IsIn(RELATION_KINDS)
  kind: RelationKind;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Organization relations; OTHER may name one',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ description: 'Organization relations, when it is not registered here' })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  organizationName?: string;

  @ApiPropertyOptional({ description: 'Kinship: the relative; OTHER: the person, if any' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  personName?: string;

  @ApiPropertyOptional({
    minLength: 2,
    maxLength: 200,
    description: 'OTHER (required): what the relation is; other kinds may add it as a note',
    example: '近三年为该组织提供过审计服务',
  })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  description?: string;

  @ApiPropertyOptional({ description: 'Collateral kinship: generations (三代以内 = up to 3)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  generations?: number;

  @ApiProperty({ example: '2020-03-01' })
  @Matches(CALENDAR_DATE, { message: 'from must be a date YYYY-MM-DD' })
  from: string;

  @ApiPropertyOptional({ example: '2023-06-30' })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;
}

/** An expert in the reviewer pool: the reviewer user, fields and declared relations (R18). */
export class CreateReviewerDto {
  @ApiProperty({ format: 'uuid', description: 'The user who signs in to review' })
  @IsUUID()
  userId: string;

  @ApiProperty({ example: '周敏' }) @IsString() @Length(2, 50) name: string;

  @ApiProperty({ type: [String], example: ['eldercare', 'social-work'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  fields: string[];

  @ApiProperty({ type: [DeclaredRelationDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DeclaredRelationDto)
  relations: DeclaredRelationDto[];
}

/**
 * A reviewer's entry replaced whole (R18): name, fields, the relations as now declared, and
 * whether the expert is still drawn. The user it signs in as does not change.
 */
export class UpdateReviewerDto extends OmitType(CreateReviewerDto, ['userId'] as const) {
  @ApiProperty({ description: 'Drawn for new calls; false keeps the record but draws no more' })
  @IsBoolean()
  active: boolean;
}

export class ReviewerView extends CreateReviewerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() active: boolean;
}

export class RecusalClauseView {
  /** The clause of 财库〔2016〕198号 art. 16, one per relation kind (R18). */
  @ApiProperty({ enum: [...new Set(Object.values(CLAUSE_OF_KIND))] })
  clause: string;
  @ApiProperty() message: string;
  @ApiProperty() messageZh: string;
}

export class RecusalView {
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty() proposalTitle: string;
  @ApiProperty({ format: 'uuid' }) reviewerId: string;
  @ApiProperty() reviewerName: string;
  @ApiProperty({ type: [RecusalClauseView] }) clauses: RecusalClauseView[];
  @ApiProperty({ format: 'date-time' }) loggedAt: string;
}

/** One reviewer's sheet for one proposal, as officers see it after the draw (R17, R18). */
export class ScoreSheetRowView {
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty() proposalTitle: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ format: 'uuid' }) reviewerId: string;
  @ApiProperty() reviewerName: string;
  @ApiPropertyOptional({
    example: { need: 8, design: 7 },
    description: 'criterion key → score; absent until the reviewer scores',
  })
  scores?: Record<string, number>;
  @ApiPropertyOptional() comment?: string;
  @ApiPropertyOptional({ format: 'date-time' }) scoredAt?: string;
}

/** Every reviewer's sheet in a call, by proposal title then reviewer name (R17). */
export class ScoreSheetsView {
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ description: 'Sheets drawn; those scored are the ones with scores' })
  drawn: number;
  @ApiProperty() scored: number;
  @ApiProperty({ type: [ScoreSheetRowView] }) sheets: ScoreSheetRowView[];
}

export class AssignmentView {
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty() proposalTitle: string;
  @ApiProperty({ type: [String] }) reviewerNames: string[];
}

/** The reviewer draw of a call (R18): at least 3 per proposal, never a conflicted one, each recusal logged. */
export class DrawView {
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ description: 'The seed the draw used; the same seed draws the same' })
  seed: number;
  @ApiProperty({ format: 'date-time' }) drawnAt: string;
  @ApiProperty({ description: 'The CONFLICTS policy version (R18) the draw used (issue #17)' })
  policyVersion: string;
  @ApiProperty({ type: [AssignmentView] }) assignments: AssignmentView[];
  @ApiProperty({ type: [RecusalView] }) recusals: RecusalView[];
}

/** A reviewer's scores for one assigned proposal, one per rubric criterion (R17). */
export class ScoreSheetDto {
  @ApiProperty({
    example: { need: 8, design: 7 },
    description: 'criterion key → whole-number score',
  })
  @IsObject()
  scores: Record<string, number>;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  comment?: string;
}

/** A reviewer's assignment: the proposal, blind, and the scores given so far. */
export class ReviewTaskView {
  @ApiProperty({ type: BlindProposalView }) proposal: BlindProposalView;
  @ApiProperty({ description: "The call's awards began: its scores are final (R19)" })
  awardsBegun: boolean;
  @ApiPropertyOptional({ example: { need: 8 } }) scores?: Record<string, number>;
  @ApiPropertyOptional() comment?: string;
  @ApiPropertyOptional({ format: 'date-time' }) scoredAt?: string;
}

export class CriterionMeanView {
  @ApiProperty() key: string;
  @ApiProperty() mean: number;
}

/** One proposal in the call's ranking (R13, R14, R19), with every reason. */
export class VentureRankingRowView {
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty() title: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() rural: boolean;
  @ApiProperty() requestedFen: number;
  @ApiProperty({ description: 'Weighted mean of the reviewers’ scores, 0–100' }) merit: number;
  @ApiProperty({ type: [CriterionMeanView] }) criteria: CriterionMeanView[];
  @ApiProperty() reviews: number;
  @ApiProperty({ description: 'Priority bonus in percent (R13)' }) bonus: number;
  @ApiProperty({ type: [PriorityReasonView] }) reasons: PriorityReasonView[];
  @ApiProperty({ description: 'merit × (1 + bonus/100)' }) rankScore: number;
  @ApiProperty() rank: number;
  @ApiProperty({ enum: ['FUNDED_FROM_RESERVE', 'FUNDED_FROM_GENERAL', 'NOT_FUNDED'] })
  outcome: string;
  @ApiProperty({ description: 'Awarded already: it keeps its money' }) held: boolean;
  @ApiProperty() message: string;
  @ApiProperty() messageZh: string;
  @ApiProperty({
    description: 'Every review is in, the ranking funds it and it is not awarded yet',
  })
  awardable: boolean;
  @ApiProperty() status: string;
  @ApiProperty(ANSWERS_API) answers: Record<string, unknown>;
}

export class VentureRankingView {
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty() budgetFen: number;
  @ApiProperty() reserveFen: number;
  @ApiProperty() reserveUsedFen: number;
  @ApiProperty({ description: 'Rural reserve not used, back in the general pool (R14)' })
  reserveReturnedFen: number;
  @ApiProperty() remainingFen: number;
  @ApiProperty({ description: 'Submitted proposals with reviews still missing' })
  incomplete: number;
  @ApiProperty({ type: [VentureRankingRowView] }) rows: VentureRankingRowView[];
}

export class AwardDecisionDto {
  @ApiProperty({ maxLength: 500 }) @IsString() @Length(1, 500) comment: string;
}

/** The reviewer pool, a page at a time, by name. */
export class ReviewersQuery extends PagedQuery {}

export class ReviewerPage {
  @ApiProperty({ type: [ReviewerView] }) items: ReviewerView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

/** A reviewer's assignments, a page at a time, by title. */
export class ReviewTasksQuery extends PagedQuery {}

export class ReviewTaskPage {
  @ApiProperty({ type: [ReviewTaskView] }) items: ReviewTaskView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
