// The lottery-fund service's RPC patterns, each with its request and response.
import type { WithdrawFundingDto } from '../common/payment.view';
import type { PublishAnnualReportDto } from '../lottery/annual-report.dto';
import type { AssessmentDto, RankingView } from '../lottery/ranking.dto';
import type {
  CorrectNoticeDto,
  LotteryYearView,
  NoticePage,
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
  SubsidyProgrammePage,
  SubsidyProgrammeView,
} from '../lottery/subsidy-programme.dto';
import type { UnmaskedApplicationContactView } from '../lottery/unmasked-contact.view';
import type { ApplicantOutcomeView } from '../common/applicant-outcome.view';
import type { SetFormDto } from '../forms/form.dto';
import type { DashboardQuery } from '../dashboards/dashboard.query';
import type { TimelinessHistograms } from '../dashboards/timeliness-dashboard.view';
import type { ServiceHealth } from './rpc-envelope';
import type { WorkItemView } from '../work/work-item.view';

/** What the lottery-fund service answers over RPC; the gateway and the service compile against it. */
export interface LotteryFundRpc {
  'lottery-fund.programmes.create': {
    request: CreateSubsidyProgrammeDto;
    response: SubsidyProgrammeView;
  };
  'lottery-fund.programmes.list': { request: ProgrammesQuery; response: SubsidyProgrammePage };
  'lottery-fund.programmes.set-form': {
    request: { id: string; form: SetFormDto };
    response: SubsidyProgrammeView;
  };
  'lottery-fund.applications.submit': { request: SubmitApplicationDto; response: ApplicationView };
  'lottery-fund.applications.list': { request: ApplicationsQuery; response: ApplicationPage };
  'lottery-fund.applications.get': { request: { id: string }; response: ApplicationView };
  /** The applicant's own application's rank, reasons and outcome once decided (issue #18). */
  'lottery-fund.applications.outcome': { request: { id: string }; response: ApplicantOutcomeView };
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
  'lottery-fund.notices.list': { request: NoticesQuery; response: NoticePage };
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
  'lottery-fund.applications.unmask-contact': {
    request: { id: string };
    response: UnmaskedApplicationContactView;
  };
  'lottery-fund.programmes.ranking': { request: { id: string }; response: RankingView };
  /** What waits for the actor here, by their roles, permissions and bindings (issue #18). */
  'lottery-fund.work-queue': { request: Record<string, never>; response: WorkItemView[] };
  /** Its day histograms of time to decision and to payment (issue #18), for the gateway to merge. */
  'lottery-fund.dashboard.timeliness': { request: DashboardQuery; response: TimelinessHistograms };
  'lottery-fund.health': { request: Record<string, never>; response: ServiceHealth };
}
