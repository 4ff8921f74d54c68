export {
  checkNegativeList,
  type CatalogueEntry,
  type NegativeListCheck,
  type NegativeListClause,
  type NegativeListPolicy,
  type NegativeListRefusal,
} from './lib/negative-list';
export {
  PURCHASE_METHODS,
  methodRule,
  type PurchaseMethod,
  type PurchaseMethodRule,
  type PurchasePolicy,
  type PurchaseRefusal,
} from './lib/purchase-policy';
export { purchasePolicyProblems } from './lib/purchase-policy-check';
export { negativeListProblems } from './lib/negative-list-check';
export {
  DEFAULT_NEGATIVE_LIST_POLICY,
  DEFAULT_PURCHASE_POLICY,
} from './lib/procurement-policy-seeds';
export {
  checkBidCount,
  checkPurchaseMethod,
  type PurchaseMethodCheck,
  type PurchaseMethodInput,
} from './lib/purchase-method';
export {
  BID_STATUSES,
  bidStatus,
  bidTransition,
  PROJECT_STATUSES,
  projectTransition,
  purchaseProjectStatus,
  type BidEvent,
  type BidStatus,
  type ProjectEvent,
  type ProjectStatus,
} from './lib/project-status';
export {
  bidDeadlineCheck,
  bidEligibility,
  RESERVED_KIND,
  type BidderEntry,
  type BidProject,
} from './lib/bidding';
export { checkCriteria, criteriaProblem, type EvaluationCriterion } from './lib/criteria';
export {
  checkPurchaseScope,
  type CatalogueItemScope,
  type ProjectScope,
  type YearBudget,
} from './lib/project-scope';
export { bidScoresProblem, type BidToRank, type PanelSheet } from './lib/bid-scores';
export { rankBids, type RankedBid, type Ranking } from './lib/ranking';
export {
  checkContractTerm,
  renewalCheck,
  type ContractTermCheck,
  type ContractTermInput,
  type RenewalCheck,
  type RenewalInput,
} from './lib/contract-terms';
export {
  checkInstalmentSchedule,
  INSTALMENT_TRIGGERS,
  type Instalment,
  type InstalmentInput,
  type InstalmentSchedule,
  type InstalmentTrigger,
} from './lib/instalments';
export {
  finalInstalmentAfterEvaluation,
  type FinalEvaluationInput,
  type FinalInstalmentDecision,
} from './lib/performance';
export {
  planContractYears,
  type ContractYearPlan,
  type ContractYearsInput,
  type ContractYearsPlan,
} from './lib/contract-years';
export {
  checkEvaluationScores,
  checkIndicators,
  CONTRACT_STATUSES,
  contractStatus,
  EVALUATION_DECISIONS,
  EVALUATION_KINDS,
  EVALUATOR_KINDS,
  finalEvaluationCheck,
  INSTALMENT_RELEASES,
  instalmentRelease,
  monitoringDecision,
  monitoringTarget,
  yearPaysNoMore,
  type ContractStatus,
  type EvaluationDecision,
  type EvaluationKind,
  type EvaluatorKind,
  type IndicatorScore,
  type InstalmentRelease,
  type MonitoringDecision,
  type PerformanceCheck,
  type PerformanceIndicator,
  type YearInstalment,
} from './lib/contract-performance';
export {
  REPORT_KINDS,
  reportContentCheck,
  reportStateCheck,
  type ReportContentInput,
  type ReportFigure,
  type ReportKind,
  type ReportStateInput,
  type ReportYear,
} from './lib/contract-reports';
export { reservedShare, type ReservedShare } from './lib/reserved-share';
export {
  appendPerformance,
  checkCreditCodeAuthority,
  checkUndertaker,
  decideDirectoryEntry,
  DIRECTORY_ACTIVE_STATUSES,
  DIRECTORY_DECISIONS,
  DIRECTORY_STATUSES,
  type DirectoryDecision,
  type DirectoryStatus,
  directoryStatus,
  type DirectoryTransition,
  type DirectoryTransitionRefusal,
  divisionPrefix,
  ELIGIBLE_UNDERTAKER_KINDS,
  INELIGIBLE_UNDERTAKER_KINDS,
  PERFORMANCE_OUTCOMES,
  type PerformanceOutcome,
  type PerformanceRecord,
  servesRegion,
  UNDERTAKER_AUTHORITIES,
  UNDERTAKER_KIND_LABELS_ZH,
  UNDERTAKER_KINDS,
  type UndertakerCheck,
  type UndertakerIdentity,
  type UndertakerKind,
  type UndertakerRefusal,
} from './lib/undertaker';
export {
  drawPanel,
  MIN_PANEL_SIZE,
  type PanelBidder,
  type PanelDrawInput,
  type PanelDrawResult,
  type PanelExpert,
  type PanelRecusal,
  type PanelShortfall,
} from './lib/panel-draw';
export { toHundredths } from './lib/fraction';
export { articleZh } from './lib/article-zh';
export {
  BID_STATUS_LABELS_EN,
  BID_STATUS_LABELS_ZH,
  CONTRACT_STATUS_LABELS_EN,
  CONTRACT_STATUS_LABELS_ZH,
  DIRECTORY_STATUS_LABELS_EN,
  DIRECTORY_STATUS_LABELS_ZH,
  OBJECTION_STATUS_LABELS_EN,
  OBJECTION_STATUS_LABELS_ZH,
  PROJECT_STATUS_LABELS_EN,
  PROJECT_STATUS_LABELS_ZH,
  PURCHASE_METHOD_LABELS_EN,
  PURCHASE_METHOD_LABELS_ZH,
  UNDERTAKER_KIND_LABELS_EN,
} from './lib/procurement-labels';
export type { ObjectionStatus } from './lib/procurement-labels';
