// The incubation service's RPC patterns, each with its request and response.
import type { WithdrawFundingDto } from '../common/payment.view';
import type { UnmaskedAccountView, UnmaskedPhoneView } from '../common/unmasked-numbers.view';
import type {
  AdmissionAssessmentDto,
  AdmissionPage,
  AdmissionRankingView,
  AdmissionsQuery,
  AdmissionView,
  SubmitAdmissionDto,
} from '../incubation/admission.dto';
import type {
  BasePage,
  BasesQuery,
  BaseView,
  CreateBaseDto,
  CreateVenueDto,
  VenueView,
} from '../incubation/base.dto';
import type {
  CohortPage,
  CohortsQuery,
  CohortView,
  CreateCohortDto,
} from '../incubation/cohort.dto';
import type {
  AssignVenueDto,
  AttendanceDto,
  CreateTrainingDto,
  ExitDto,
  GraduateDto,
  IncubateePage,
  IncubateesQuery,
  IncubateeView,
  LinkOrganizationDto,
  RecordActivityDto,
  RequestSubsidyDto,
  TrainingPage,
  TrainingsQuery,
  TrainingView,
} from '../incubation/incubatee.dto';
import type { SetFormDto } from '../forms/form.dto';
import type { CohortDashboardView } from '../dashboards/cohort-dashboard.view';
import type { DashboardQuery } from '../dashboards/dashboard.query';
import type { TimelinessHistograms } from '../dashboards/timeliness-dashboard.view';
import type { ServiceHealth } from './rpc-envelope';
import type { WorkItemView } from '../work/work-item.view';

/** What the incubation service answers over RPC; the gateway and the service compile against it. */
export interface IncubationRpc {
  'incubation.bases.create': { request: CreateBaseDto; response: BaseView };
  'incubation.bases.list': { request: BasesQuery; response: BasePage };
  'incubation.venues.create': {
    request: { baseId: string; venue: CreateVenueDto };
    response: VenueView;
  };
  'incubation.cohorts.create': { request: CreateCohortDto; response: CohortView };
  'incubation.cohorts.list': { request: CohortsQuery; response: CohortPage };
  'incubation.cohorts.get': { request: { id: string }; response: CohortView };
  'incubation.cohorts.close': { request: { id: string }; response: CohortView };
  'incubation.cohorts.set-form': {
    request: { id: string; form: SetFormDto };
    response: CohortView;
  };
  'incubation.cohorts.ranking': { request: { id: string }; response: AdmissionRankingView };
  'incubation.cohorts.decide': { request: { id: string }; response: AdmissionRankingView };
  'incubation.admissions.submit': { request: SubmitAdmissionDto; response: AdmissionView };
  'incubation.admissions.list': { request: AdmissionsQuery; response: AdmissionPage };
  'incubation.admissions.get': { request: { id: string }; response: AdmissionView };
  'incubation.admissions.unmask-contact': { request: { id: string }; response: UnmaskedPhoneView };
  'incubation.admissions.assess': {
    request: { id: string; assessment: AdmissionAssessmentDto };
    response: AdmissionView;
  };
  'incubation.incubatees.list': { request: IncubateesQuery; response: IncubateePage };
  'incubation.incubatees.get': { request: { id: string }; response: IncubateeView };
  'incubation.incubatees.unmask-subsidy-account': {
    request: { id: string };
    response: UnmaskedAccountView;
  };
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
  'incubation.trainings.list': {
    request: TrainingsQuery & { cohortId: string };
    response: TrainingPage;
  };
  'incubation.trainings.attend': {
    request: { id: string; attendance: AttendanceDto };
    response: TrainingView;
  };
  /** What waits for the actor here, by their roles, permissions and bindings (issue #18). */
  'incubation.work-queue': { request: Record<string, never>; response: WorkItemView[] };
  /** Its day histograms of time to decision and to payment (issue #18), for the gateway to merge. */
  'incubation.dashboard.timeliness': { request: DashboardQuery; response: TimelinessHistograms };
  /** Cohort outcomes from the cohort tally (issue #18); names of areas are the gateway's. */
  'incubation.dashboard.cohorts': { request: DashboardQuery; response: CohortDashboardView };
  'incubation.health': { request: Record<string, never>; response: ServiceHealth };
}
