// The procurement service's RPC patterns, each with its request and response.
import type {
  CatalogueItemView,
  CataloguePage,
  CatalogueQuery,
  CreateCatalogueItemDto,
} from '../procurement/catalogue.dto';
import type {
  ApplyDirectoryEntryDto,
  DecideDirectoryEntryDto,
  DirectoryEntryView,
  DirectoryPage,
  DirectoryQuery,
  PublicDirectoryPage,
  PublicDirectoryQuery,
} from '../procurement/directory.dto';
import type {
  AnnounceProjectDto,
  CreatePurchaseProjectDto,
  PurchaseProjectPage,
  PurchaseProjectQuery,
  PurchaseProjectView,
} from '../procurement/project.dto';
import type { BidPage, BidsQuery, BidView, SubmitBidDto } from '../procurement/bid.dto';
import type {
  AnswerPurchaseObjectionDto,
  PanelTaskPage,
  PanelTasksQuery,
  PanelTaskView,
  PanelView,
  PurchaseObjectionPage,
  PurchaseObjectionsQuery,
  PurchaseObjectionView,
  PurchaseResultPage,
  PurchaseResultsQuery,
  RaisePurchaseObjectionDto,
  ScoreBidDto,
} from '../procurement/evaluation.dto';
import type {
  CreateReviewerDto,
  ReviewerPage,
  ReviewersQuery,
  ReviewerView,
} from '../venture/review.dto';
import type {
  ContractPage,
  ContractsQuery,
  ContractView,
  EvaluateContractDto,
  SignContractDto,
} from '../procurement/contract.dto';
import type { PublicContractPage } from '../procurement/contract-public.dto';
import type { SubmitContractReportDto } from '../procurement/contract-report.dto';
import type { SetFormDto } from '../forms/form.dto';
import type { UnmaskedAccountView, UnmaskedPhoneView } from '../common/unmasked-numbers.view';
import type { DashboardQuery } from '../dashboards/dashboard.query';
import type { TimelinessHistograms } from '../dashboards/timeliness-dashboard.view';
import type { ServiceHealth } from './rpc-envelope';
import type { WorkItemView } from '../work/work-item.view';

/** What the procurement service (政府购买服务) answers over RPC; the gateway and the service compile against it. */
export interface ProcurementRpc {
  /** What waits for the actor here, by their roles, permissions and bindings (issue #18). */
  'procurement.work-queue': { request: Record<string, never>; response: WorkItemView[] };
  /** Its day histograms of time to decision and to payment (issue #18), for the gateway to merge. */
  'procurement.dashboard.timeliness': { request: DashboardQuery; response: TimelinessHistograms };
  'procurement.health': { request: Record<string, never>; response: ServiceHealth };
  'procurement.catalogue.create': { request: CreateCatalogueItemDto; response: CatalogueItemView };
  'procurement.catalogue.list': { request: CatalogueQuery; response: CataloguePage };
  'procurement.catalogue.public': { request: CatalogueQuery; response: CataloguePage };
  'procurement.projects.create': {
    request: CreatePurchaseProjectDto;
    response: PurchaseProjectView;
  };
  'procurement.projects.announce': {
    request: { id: string; body: AnnounceProjectDto };
    response: PurchaseProjectView;
  };
  'procurement.projects.cancel': { request: { id: string }; response: PurchaseProjectView };
  'procurement.projects.set-form': {
    request: { id: string; form: SetFormDto };
    response: PurchaseProjectView;
  };
  'procurement.projects.get': { request: { id: string }; response: PurchaseProjectView };
  'procurement.projects.list': { request: PurchaseProjectQuery; response: PurchaseProjectPage };
  'procurement.projects.close': { request: { id: string }; response: PurchaseProjectView };
  'procurement.projects.award': { request: { id: string }; response: PurchaseProjectView };
  'procurement.bids.submit': {
    request: { id: string; body: SubmitBidDto };
    response: BidView;
  };
  'procurement.bids.withdraw': { request: { id: string }; response: BidView };
  'procurement.bids.list': { request: { id: string; query: BidsQuery }; response: BidPage };
  'procurement.bids.mine': { request: BidsQuery; response: BidPage };
  'procurement.experts.add': { request: CreateReviewerDto; response: ReviewerView };
  'procurement.experts.list': { request: ReviewersQuery; response: ReviewerPage };
  'procurement.panel.draw': { request: { id: string }; response: PanelView };
  'procurement.panel.get': { request: { id: string }; response: PanelView };
  'procurement.panel.tasks': { request: PanelTasksQuery; response: PanelTaskPage };
  'procurement.panel.score': {
    request: { id: string; body: ScoreBidDto };
    response: PanelTaskView;
  };
  'procurement.results.public': { request: PurchaseResultsQuery; response: PurchaseResultPage };
  'procurement.objections.raise': {
    request: { id: string; body: RaisePurchaseObjectionDto };
    response: PurchaseObjectionView;
  };
  'procurement.objections.answer': {
    request: { id: string; body: AnswerPurchaseObjectionDto };
    response: PurchaseObjectionView;
  };
  'procurement.objections.list': {
    request: { id: string; query: PurchaseObjectionsQuery };
    response: PurchaseObjectionPage;
  };
  'procurement.projects.announcements': {
    request: PurchaseProjectQuery;
    response: PurchaseProjectPage;
  };
  'procurement.directory.apply': { request: ApplyDirectoryEntryDto; response: DirectoryEntryView };
  'procurement.directory.list': { request: DirectoryQuery; response: DirectoryPage };
  'procurement.directory.get': { request: { id: string }; response: DirectoryEntryView };
  'procurement.directory.unmask-contact': { request: { id: string }; response: UnmaskedPhoneView };
  'procurement.directory.decide': {
    request: { id: string; decision: DecideDirectoryEntryDto };
    response: DirectoryEntryView;
  };
  'procurement.directory.public': { request: PublicDirectoryQuery; response: PublicDirectoryPage };
  'procurement.contracts.sign': {
    request: { projectId: string; body: SignContractDto };
    response: ContractView;
  };
  'procurement.contracts.renew': { request: { id: string }; response: ContractView };
  'procurement.contracts.evaluate': {
    request: { id: string; body: EvaluateContractDto };
    response: ContractView;
  };
  'procurement.contracts.report': {
    request: { id: string; body: SubmitContractReportDto };
    response: ContractView;
  };
  'procurement.contracts.list': { request: ContractsQuery; response: ContractPage };
  'procurement.contracts.mine': { request: ContractsQuery; response: ContractPage };
  'procurement.contracts.get': { request: { id: string }; response: ContractView };
  'procurement.contracts.unmask-account': {
    request: { id: string };
    response: UnmaskedAccountView;
  };
  'procurement.contracts.public': { request: ContractsQuery; response: PublicContractPage };
}
