import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsString, Length } from 'class-validator';
import { PagedQuery } from '../common/page.query';
import { ANSWERS_API, FormView } from '../forms/form.dto';
import { RecusalClauseView } from '../venture/review.dto';
import { EvaluationCriterionDto } from './project.dto';

/** A panel member's scores of one bid: one per PANEL criterion announced, 0 to its full score. */
export class ScoreBidDto {
  @ApiProperty({
    example: { plan: 86, team: 78.5, rural: 90 },
    description:
      'Criterion key → score (at most two decimals); exactly the PANEL criteria announced',
    type: 'object',
    additionalProperties: { type: 'number' },
  })
  @IsObject()
  scores: Record<string, number>;
}

export class PanelMemberView {
  @ApiProperty({ format: 'uuid' }) expertId: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Score sheets sent, of the bids to score' }) sheets: number;
}

export class PanelRecusalView {
  @ApiProperty({ format: 'uuid' }) expertId: string;
  @ApiProperty() expertName: string;
  @ApiProperty({ format: 'uuid' }) bidId: string;
  @ApiProperty() undertakerName: string;
  @ApiProperty({ type: [RecusalClauseView] }) clauses: RecusalClauseView[];
}

/** A project's evaluation panel (R18): members, every recusal with its clause, the draw's seed. */
export class PanelView {
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty({ description: 'The seed of the draw, to repeat and audit it' }) seed: number;
  @ApiProperty({ description: 'Bids to score (not withdrawn)' }) bids: number;
  @ApiProperty({ type: [PanelMemberView] }) members: PanelMemberView[];
  @ApiProperty({ type: [PanelRecusalView] }) recusals: PanelRecusalView[];
}

/** One bid as a panel member scores it: the proposal and price, and the member's sheet if sent. */
export class PanelTaskView {
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty() projectTitle: string;
  @ApiProperty({ format: 'uuid' }) bidId: string;
  @ApiProperty() undertakerName: string;
  @ApiProperty() priceFen: number;
  @ApiProperty() proposal: string;
  @ApiProperty({
    type: [EvaluationCriterionDto],
    description:
      'The PANEL criteria announced with the project, each scored from 0 to its max (R25)',
  })
  criteria: EvaluationCriterionDto[];
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'number' }, nullable: true })
  scores: Record<string, number> | null;
  @ApiProperty(ANSWERS_API) answers: Record<string, unknown>;
  @ApiPropertyOptional({
    type: FormView,
    description: "The project's added questions (issue #17), to read the answers by",
  })
  form?: FormView;
}

export class PanelTasksQuery extends PagedQuery {}

export class PanelTaskPage {
  @ApiProperty({ type: [PanelTaskView] }) items: PanelTaskView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

/** An objection (质疑) to a published result, by a bidder, within the window (R25). */
export class RaisePurchaseObjectionDto {
  @ApiProperty({ example: '成交供应商的服务团队不具备社会工作者职业资格，与响应文件不符' })
  @IsString()
  @Length(10, 2000)
  text: string;
}

export class AnswerPurchaseObjectionDto {
  @ApiProperty({ enum: ['UPHELD', 'DISMISSED'] })
  @IsIn(['UPHELD', 'DISMISSED'])
  decision: 'UPHELD' | 'DISMISSED';

  @ApiProperty({ example: '经复核，成交供应商团队资质与响应文件一致，质疑不成立' })
  @IsString()
  @Length(5, 2000)
  answer: string;
}

export class PurchaseObjectionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty({ format: 'uuid' }) bidId: string;
  @ApiProperty() undertakerName: string;
  @ApiProperty() text: string;
  @ApiProperty({ enum: ['OPEN', 'UPHELD', 'DISMISSED'] }) status: 'OPEN' | 'UPHELD' | 'DISMISSED';
  @ApiProperty({ type: String, nullable: true }) answer: string | null;
  @ApiProperty({ format: 'date-time' }) raisedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt: string | null;
}

export class PurchaseObjectionsQuery extends PagedQuery {}

export class PurchaseObjectionPage {
  @ApiProperty({ type: [PurchaseObjectionView] }) items: PurchaseObjectionView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class RankedBidView {
  @ApiProperty() rank: number;
  @ApiProperty() undertakerName: string;
  @ApiProperty() priceFen: number;
  @ApiProperty({ description: 'Weighted total, two decimals' }) totalScore: number;
  @ApiProperty() awarded: boolean;
}

/** A published result (成交结果公告): the ranking and the award, with its objection window. */
export class PurchaseResultView {
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty() title: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() fiscalYear: number;
  @ApiProperty() method: string;
  @ApiProperty() status: string;
  @ApiProperty({ type: [RankedBidView] }) ranking: RankedBidView[];
  @ApiProperty({ format: 'date-time' }) resultPublishedAt: string;
  @ApiProperty({ format: 'date-time' }) objectionDeadline: string;
  @ApiProperty({ description: 'Objections raised, and how many are still open' })
  objections: number;
  @ApiProperty() openObjections: number;
}

export class PurchaseResultsQuery extends PagedQuery {}

export class PurchaseResultPage {
  @ApiProperty({ type: [PurchaseResultView] }) items: PurchaseResultView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
