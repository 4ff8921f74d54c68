import type { FieldViolation } from '../common/validation';
import type { WithdrawFundingDto } from '../common/payment.view';
import type {
  AppropriateBudgetDto,
  FundPositionView,
  FundsQuery,
} from '../finance/fund-position.view';
import type {
  BatchDecisionDto,
  BatchesQuery,
  BatchPage,
  BatchView,
  CreateBatchDto,
} from '../finance/batch.view';
import type { PaymentPage, PaymentsQuery, PaymentView } from '../finance/payment.view';
import type { ProposeReissueDto, ReissueDecisionDto } from '../finance/reissue.view';
import type {
  ClawbackReceiptDecisionDto,
  ClawbackView,
  RecordClawbackReceiptDto,
} from '../finance/clawback.view';
import type {
  AdmissionAssessmentDto,
  AdmissionPage,
  AdmissionRankingView,
  AdmissionsQuery,
  AdmissionView,
  SubmitAdmissionDto,
} from '../incubation/admission.dto';
import type {
  BasesQuery,
  BaseView,
  CreateBaseDto,
  CreateVenueDto,
  VenueView,
} from '../incubation/base.dto';
import type { CohortsQuery, CohortView, CreateCohortDto } from '../incubation/cohort.dto';
import type {
  AssignVenueDto,
  AttendanceDto,
  CreateTrainingDto,
  ExitDto,
  GraduateDto,
  IncubateesQuery,
  IncubateeView,
  LinkOrganizationDto,
  RecordActivityDto,
  RequestSubsidyDto,
  TrainingView,
} from '../incubation/incubatee.dto';
import type {
  AwardDecisionDto,
  CreateReviewerDto,
  DrawView,
  ReviewerView,
  ReviewTaskView,
  ScoreSheetDto,
  ScoreSheetsView,
  UpdateReviewerDto,
  VentureRankingView,
} from '../venture/review.dto';
import type {
  AwardView,
  MilestoneReportDto,
  MilestoneReviewDto,
  OpenClawbackDto,
} from '../venture/award.dto';
import type { CallView, CreateCallDto } from '../venture/call.dto';
import type {
  CreateProposalDto,
  ProposalContentDto,
  ProposalPage,
  ProposalsQuery,
  ProposalView,
} from '../venture/proposal.dto';
import type { PublishAnnualReportDto } from '../lottery/annual-report.dto';
import type { AssessmentDto, RankingView } from '../lottery/ranking.dto';
import type {
  CorrectNoticeDto,
  LotteryYearView,
  NoticesQuery,
  NoticeView,
  ObjectionDto,
  ObjectionView,
} from '../lottery/disclosure.dto';
import type {
  ApplicationDecisionDto,
  ApplicationPage,
  ApplicationsQuery,
  ApplicationView,
  SubmitApplicationDto,
} from '../lottery/subsidy-application.dto';
import type {
  CreateSubsidyProgrammeDto,
  ProgrammesQuery,
  SubsidyProgrammeView,
} from '../lottery/subsidy-programme.dto';
import type { ReconciliationView } from '../finance/reconciliation.view';
import type { ListOrganizationsQuery } from '../organizations/list-organizations.query';
import type {
  OrganizationStatsView,
  OrganizationView,
  Page,
  RepublishedView,
  UnmaskedResidentIdView,
} from '../organizations/organization.view';
import type { RegisterOrganizationDto } from '../organizations/register-organization.dto';
import type { ResidentIdLookupDto } from '../organizations/resident-id-lookup.dto';
import type { UpdateOrganizationDto } from '../organizations/update-organization.dto';

/**
 * Who is asking. The gateway fills it from the verified access token; services authorize against
 * it in their service layer (permission and scope, libs/domain/access) and audit with it (R31).
 */
export interface RpcActor {
  userId: string;
  sessionId?: string;
  /** The user's display name, for records people read (a batch's maker and checker). */
  name?: string;
  roles: string[];
  organizationId?: string;
  baseId?: string;
  streetCode?: string;
}

export interface RpcEnvelope<T> {
  actor: RpcActor;
  requestId?: string;
  data: T;
}

export interface ServiceHealth {
  service: string;
  status: 'ok' | 'error';
  details: Record<string, { status: 'up' | 'down'; message?: string }>;
}

/** Every RPC pattern with its request and response: gateway and services both compile against it. */
export interface RpcContract {
  'organizations.register': { request: RegisterOrganizationDto; response: OrganizationView };
  'organizations.update': {
    request: { id: string; changes: UpdateOrganizationDto };
    response: OrganizationView;
  };
  'organizations.get': { request: { id: string }; response: OrganizationView };
  'organizations.list': { request: ListOrganizationsQuery; response: Page<OrganizationView> };
  'organizations.republish-snapshots': {
    request: Record<string, never>;
    response: RepublishedView;
  };
  'organizations.stats': {
    request: { countyCode?: string };
    response: OrganizationStatsView;
  };
  'organizations.find-by-resident-id': {
    request: ResidentIdLookupDto;
    response: OrganizationView[];
  };
  'organizations.unmask-resident-id': {
    request: { id: string; index: number };
    response: UnmaskedResidentIdView;
  };
  'organizations.health': { request: Record<string, never>; response: ServiceHealth };
  'finance.funds': { request: FundsQuery; response: FundPositionView[] };
  'finance.appropriate': { request: AppropriateBudgetDto; response: FundPositionView };
  'finance.reconciliation': { request: Record<string, never>; response: ReconciliationView };
  'finance.payments': { request: PaymentsQuery; response: PaymentPage };
  'finance.payments.propose-reissue': {
    request: { id: string; proposal: ProposeReissueDto };
    response: PaymentView;
  };
  'finance.payments.decide-reissue': {
    request: { id: string; decision: ReissueDecisionDto };
    response: PaymentView;
  };
  'finance.clawbacks': { request: Record<string, never>; response: ClawbackView[] };
  'finance.clawbacks.record-receipt': {
    request: { id: string; receipt: RecordClawbackReceiptDto };
    response: ClawbackView;
  };
  'finance.clawbacks.decide-receipt': {
    request: { id: string; receiptId: string; decision: ClawbackReceiptDecisionDto };
    response: ClawbackView;
  };
  'finance.batches.create': { request: CreateBatchDto; response: BatchView };
  'finance.batches.list': { request: BatchesQuery; response: BatchPage };
  'finance.batches.get': { request: { id: string }; response: BatchView };
  'finance.batches.approve': {
    request: { id: string; decision: BatchDecisionDto };
    response: BatchView;
  };
  'finance.batches.reject': {
    request: { id: string; decision: BatchDecisionDto };
    response: BatchView;
  };
  'finance.health': { request: Record<string, never>; response: ServiceHealth };
  'incubation.bases.create': { request: CreateBaseDto; response: BaseView };
  'incubation.bases.list': { request: BasesQuery; response: BaseView[] };
  'incubation.venues.create': {
    request: { baseId: string; venue: CreateVenueDto };
    response: VenueView;
  };
  'incubation.cohorts.create': { request: CreateCohortDto; response: CohortView };
  'incubation.cohorts.list': { request: CohortsQuery; response: CohortView[] };
  'incubation.cohorts.get': { request: { id: string }; response: CohortView };
  'incubation.cohorts.close': { request: { id: string }; response: CohortView };
  'incubation.cohorts.ranking': { request: { id: string }; response: AdmissionRankingView };
  'incubation.cohorts.decide': { request: { id: string }; response: AdmissionRankingView };
  'incubation.admissions.submit': { request: SubmitAdmissionDto; response: AdmissionView };
  'incubation.admissions.list': { request: AdmissionsQuery; response: AdmissionPage };
  'incubation.admissions.get': { request: { id: string }; response: AdmissionView };
  'incubation.admissions.assess': {
    request: { id: string; assessment: AdmissionAssessmentDto };
    response: AdmissionView;
  };
  'incubation.incubatees.list': { request: IncubateesQuery; response: IncubateeView[] };
  'incubation.incubatees.get': { request: { id: string }; response: IncubateeView };
  'incubation.incubatees.assign-venue': {
    request: { id: string; assignment: AssignVenueDto };
    response: IncubateeView;
  };
  'incubation.incubatees.space-returned': { request: { id: string }; response: IncubateeView };
  'incubation.incubatees.link-organization': {
    request: { id: string; link: LinkOrganizationDto };
    response: IncubateeView;
  };
  'incubation.incubatees.activity': {
    request: { id: string; activity: RecordActivityDto };
    response: IncubateeView;
  };
  'incubation.incubatees.withdraw-subsidy': {
    request: { id: string; withdrawal: WithdrawFundingDto };
    response: IncubateeView;
  };
  'incubation.incubatees.subsidy': {
    request: { id: string; subsidy: RequestSubsidyDto };
    response: IncubateeView;
  };
  'incubation.incubatees.graduate': {
    request: { id: string; graduation: GraduateDto };
    response: IncubateeView;
  };
  'incubation.incubatees.exit': { request: { id: string; exit: ExitDto }; response: IncubateeView };
  'incubation.trainings.create': {
    request: { cohortId: string; training: CreateTrainingDto };
    response: TrainingView;
  };
  'incubation.trainings.list': { request: { cohortId: string }; response: TrainingView[] };
  'incubation.trainings.attend': {
    request: { id: string; attendance: AttendanceDto };
    response: TrainingView;
  };
  'incubation.health': { request: Record<string, never>; response: ServiceHealth };
  'venture.calls.create': { request: CreateCallDto; response: CallView };
  'venture.calls.list': { request: Record<string, never>; response: CallView[] };
  'venture.calls.get': { request: { id: string }; response: CallView };
  'venture.calls.draw': { request: { id: string }; response: DrawView };
  'venture.calls.draw-view': { request: { id: string }; response: DrawView };
  'venture.calls.ranking': { request: { id: string }; response: VentureRankingView };
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
  'venture.proposals.award': {
    request: { id: string; decision: AwardDecisionDto };
    response: AwardView;
  };
  'venture.reviewers.create': { request: CreateReviewerDto; response: ReviewerView };
  'venture.reviewers.list': { request: Record<string, never>; response: ReviewerView[] };
  'venture.reviewers.update': {
    request: { id: string; changes: UpdateReviewerDto };
    response: ReviewerView;
  };
  'venture.reviews.tasks': { request: Record<string, never>; response: ReviewTaskView[] };
  'venture.reviews.score': {
    request: { proposalId: string; sheet: ScoreSheetDto };
    response: ReviewTaskView;
  };
  'venture.awards.list': { request: { callId?: string }; response: AwardView[] };
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
  'venture.health': { request: Record<string, never>; response: ServiceHealth };
  'lottery-fund.programmes.create': {
    request: CreateSubsidyProgrammeDto;
    response: SubsidyProgrammeView;
  };
  'lottery-fund.programmes.list': { request: ProgrammesQuery; response: SubsidyProgrammeView[] };
  'lottery-fund.applications.submit': { request: SubmitApplicationDto; response: ApplicationView };
  'lottery-fund.applications.list': { request: ApplicationsQuery; response: ApplicationPage };
  'lottery-fund.applications.get': { request: { id: string }; response: ApplicationView };
  'lottery-fund.applications.approve': {
    request: { id: string; decision: ApplicationDecisionDto };
    response: ApplicationView;
  };
  'lottery-fund.applications.reject': {
    request: { id: string; decision: ApplicationDecisionDto };
    response: ApplicationView;
  };
  'lottery-fund.applications.withdraw': {
    request: { id: string; withdrawal: WithdrawFundingDto };
    response: ApplicationView;
  };
  'lottery-fund.notices.list': { request: NoticesQuery; response: NoticeView[] };
  'lottery-fund.notices.object': {
    request: { id: string; objection: ObjectionDto };
    response: ObjectionView;
  };
  'lottery-fund.notices.correct': {
    request: { id: string; correction: CorrectNoticeDto };
    response: NoticeView;
  };
  'lottery-fund.years.get': { request: { fiscalYear: number }; response: LotteryYearView };
  'lottery-fund.years.annual-report': {
    request: { fiscalYear: number; report: PublishAnnualReportDto };
    response: NoticeView;
  };
  'lottery-fund.applications.assess': {
    request: { id: string; assessment: AssessmentDto };
    response: ApplicationView;
  };
  'lottery-fund.programmes.ranking': { request: { id: string }; response: RankingView };
  'lottery-fund.health': { request: Record<string, never>; response: ServiceHealth };
}

export type RpcPattern = keyof RpcContract;
export type RpcRequestOf<P extends RpcPattern> = RpcContract[P]['request'];
export type RpcResponseOf<P extends RpcPattern> = RpcContract[P]['response'];

/** The service that answers a pattern: the part before the first dot. */
export function serviceOf(pattern: RpcPattern): string {
  return pattern.slice(0, pattern.indexOf('.'));
}

/** How a service reports a refused call over RPC; the gateway maps `status` to the HTTP answer. */
export interface RpcErrorBody {
  status: number;
  code: string;
  message: string;
  /** The message in Chinese, where the service words one. */
  messageZh?: string;
  violations?: FieldViolation[];
}
