// The venture service's RPC patterns, each with its request and response.
import type {
  AwardDecisionDto,
  CreateReviewerDto,
  DrawView,
  ReviewerPage,
  ReviewersQuery,
  ReviewerView,
  ReviewTaskPage,
  ReviewTasksQuery,
  ReviewTaskView,
  ScoreSheetDto,
  ScoreSheetsView,
  UpdateReviewerDto,
  VentureRankingView,
} from '../venture/review.dto';
import type {
  AwardPage,
  AwardsQuery,
  AwardView,
  MilestoneReportDto,
  MilestoneReviewDto,
  OpenClawbackDto,
} from '../venture/award.dto';
import type { CallPage, CallsQuery, CallView, CreateCallDto } from '../venture/call.dto';
import type {
  CreateProposalDto,
  ProposalContentDto,
  ProposalPage,
  ProposalsQuery,
  ProposalView,
} from '../venture/proposal.dto';
import type { ApplicantOutcomeView } from '../common/applicant-outcome.view';
import type { SetFormDto } from '../forms/form.dto';
import type { UnmaskedApplicationContactView } from '../lottery/unmasked-contact.view';
import type { DashboardQuery } from '../dashboards/dashboard.query';
import type { TimelinessHistograms } from '../dashboards/timeliness-dashboard.view';
import type { ServiceHealth } from './rpc-envelope';
import type { WorkItemView } from '../work/work-item.view';

/** What the venture service answers over RPC; the gateway and the service compile against it. */
export interface VentureRpc {
  'venture.calls.create': { request: CreateCallDto; response: CallView };
  'venture.calls.list': { request: CallsQuery; response: CallPage };
  'venture.calls.get': { request: { id: string }; response: CallView };
  'venture.calls.set-form': { request: { id: string; form: SetFormDto }; response: CallView };
  'venture.calls.draw': { request: { id: string }; response: DrawView };
  'venture.calls.draw-view': { request: { id: string }; response: DrawView };
  'venture.calls.ranking': { request: { id: string }; response: VentureRankingView };
  'venture.calls.conclude': { request: { id: string }; response: CallView };
  'venture.calls.score-sheets': { request: { id: string }; response: ScoreSheetsView };
  'venture.proposals.create': { request: CreateProposalDto; response: ProposalView };
  'venture.proposals.update': {
    request: { id: string; content: ProposalContentDto };
    response: ProposalView;
  };
  'venture.proposals.submit': { request: { id: string }; response: ProposalView };
  'venture.proposals.discard': { request: { id: string }; response: { id: string } };
  'venture.proposals.list': { request: ProposalsQuery; response: ProposalPage };
  'venture.proposals.get': { request: { id: string }; response: ProposalView };
  /** The applicant's own proposal's rank, reasons and outcome once awards begin (issue #18). */
  'venture.proposals.outcome': { request: { id: string }; response: ApplicantOutcomeView };
  'venture.proposals.unmask-contact': {
    request: { id: string };
    response: UnmaskedApplicationContactView;
  };
  'venture.proposals.award': {
    request: { id: string; decision: AwardDecisionDto };
    response: AwardView;
  };
  'venture.reviewers.create': { request: CreateReviewerDto; response: ReviewerView };
  'venture.reviewers.list': { request: ReviewersQuery; response: ReviewerPage };
  'venture.reviewers.update': {
    request: { id: string; changes: UpdateReviewerDto };
    response: ReviewerView;
  };
  'venture.reviews.tasks': { request: ReviewTasksQuery; response: ReviewTaskPage };
  'venture.reviews.score': {
    request: { proposalId: string; sheet: ScoreSheetDto };
    response: ReviewTaskView;
  };
  'venture.awards.list': { request: AwardsQuery; response: AwardPage };
  'venture.awards.sign': { request: { id: string }; response: AwardView };
  'venture.awards.report': {
    request: { id: string; position: number; report: MilestoneReportDto };
    response: AwardView;
  };
  'venture.awards.review': {
    request: { id: string; position: number; review: MilestoneReviewDto };
    response: AwardView;
  };
  'venture.awards.clawback': {
    request: { id: string; clawback: OpenClawbackDto };
    response: AwardView;
  };
  /** What waits for the actor here, by their roles, permissions and bindings (issue #18). */
  'venture.work-queue': { request: Record<string, never>; response: WorkItemView[] };
  /** Its day histograms of time to decision and to payment (issue #18), for the gateway to merge. */
  'venture.dashboard.timeliness': { request: DashboardQuery; response: TimelinessHistograms };
  'venture.health': { request: Record<string, never>; response: ServiceHealth };
}
