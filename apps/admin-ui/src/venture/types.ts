// The venture philanthropy API's shapes (R17–R19), taken from the generated schema.
import type { components } from '../api/schema';

type Schemas = components['schemas'];

export type CallView = Schemas['CallView'];
export type CallPhase = CallView['phase'];
export type CreateCallDto = Schemas['CreateCallDto'];
export type SetFormDto = Schemas['SetFormDto'];
export type RubricCriterionDto = Schemas['RubricCriterionDto'];
export type TrancheDto = Schemas['TrancheDto'];
export type PriorityGroup = CreateCallDto['focusGroups'][number];
export type DrawView = Schemas['DrawView'];
export type AssignmentView = Schemas['AssignmentView'];
export type RecusalView = Schemas['RecusalView'];
export type RecusalClause = Schemas['RecusalClauseView']['clause'];
export type VentureRankingView = Schemas['VentureRankingView'];
export type ScoreSheetsView = Schemas['ScoreSheetsView'];
export type VentureRankingRow = Schemas['VentureRankingRowView'];
export type VentureOutcome = VentureRankingRow['outcome'];
export type ProposalView = Schemas['ProposalView'];
export type ProposalStatus = ProposalView['status'];
export type CreateProposalDto = Schemas['CreateProposalDto'];
export type ProposalContentDto = Schemas['ProposalContentDto'];
export type AwardView = Schemas['AwardView'];
export type OpenClawbackDto = Schemas['OpenClawbackDto'];
export type AwardStatus = AwardView['status'];
export type AwardSource = AwardView['source'];
export type TrancheView = Schemas['TrancheView'];
export type TranchePayment = TrancheView['payment'];
export type MilestoneState = TrancheView['milestone'];
export type MilestoneOutcome = Schemas['MilestoneReviewDto']['outcome'];
export type ReviewerView = Schemas['ReviewerView'];
export type CreateReviewerDto = Schemas['CreateReviewerDto'];
export type UpdateReviewerDto = Schemas['UpdateReviewerDto'];
export type DeclaredRelationDto = Schemas['DeclaredRelationDto'];
export type RelationKind = Schemas['RelationKind'];
export type ReviewTaskView = Schemas['ReviewTaskView'];
export type BlindProposalView = Schemas['BlindProposalView'];

/**
 * Criterion key → whole-number score. The generated schema types a score sheet as
 * `Record<string, never>` (the DTO declares a plain object), so the UI says what it holds.
 */
export type Scores = Record<string, number>;
