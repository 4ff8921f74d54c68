// The finance service's RPC patterns, each with its request and response.
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
  ClawbackPage,
  ClawbackReceiptDecisionDto,
  ClawbacksQuery,
  ClawbackView,
  RecordClawbackReceiptDto,
} from '../finance/clawback.view';
import type { ReconciliationView } from '../finance/reconciliation.view';
import type { ProgrammeDashboardQuery } from '../dashboards/dashboard.query';
import type { FundingDashboardView } from '../dashboards/funding-dashboard.view';
import type { ServiceHealth } from './rpc-envelope';
import type { WorkItemView } from '../work/work-item.view';

/** What the finance service answers over RPC; the gateway and the service compile against it. */
export interface FinanceRpc {
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
  'finance.clawbacks': { request: ClawbacksQuery; response: ClawbackPage };
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
  /** What waits for the actor here, by their roles, permissions and bindings (issue #18). */
  'finance.work-queue': { request: Record<string, never>; response: WorkItemView[] };
  /** Funding by programme and area from the funding tally (issue #18); names are the gateway's. */
  'finance.dashboard.funding': { request: ProgrammeDashboardQuery; response: FundingDashboardView };
  'finance.health': { request: Record<string, never>; response: ServiceHealth };
}
