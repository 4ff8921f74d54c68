// Conflicts of interest (rule R18) live in @civic/domain/conflicts, shared with government
// purchase; re-exported here under the same names.
export {
  addYears,
  assertApplicant,
  assertConflictPolicy,
  assertRelations,
  checkDeclaredRelation,
  CLAUSE_OF_KIND,
  conflictsOf,
  DEFAULT_CONFLICT_POLICY,
  isOrganizationRelation,
  isOtherRelation,
  isRelationKind,
  KINSHIP_RELATION_KINDS,
  normalizeName,
  ORGANIZATION_RELATION_KINDS,
  OTHER_RELATION_KINDS,
  RELATION_KIND_LABELS_EN,
  RELATION_KIND_LABELS_ZH,
  RELATION_KINDS,
  RelationKind,
  seededRandom,
} from '@civic/domain/conflicts';
export type {
  ConflictApplicant,
  ConflictClause,
  ConflictClauseCode,
  ConflictPolicy,
  DeclaredRelation,
} from '@civic/domain/conflicts';
export { assertAwardInput } from './lib/award-input';
export type {
  AwardCandidate,
  AwardHeld,
  AwardInput,
  AwardOutcome,
  AwardResult,
  AwardRow,
} from './lib/award-types';
export { checkBudgetLinesAddUp } from './lib/budget-lines';
export type { ProposalBudgetLine } from './lib/budget-lines';
export { clawbackOf } from './lib/clawback';
export type { Clawback } from './lib/clawback';
export { isBeforeDeadline } from './lib/deadline';
export { checkDrawInput, MIN_REVIEWERS_PER_PROPOSAL } from './lib/draw-input';
export type { CheckedDrawInput } from './lib/draw-input';
export { drawReviewers } from './lib/draw-reviewers';
export type {
  DrawInput,
  DrawProposal,
  DrawResult,
  DrawShortfall,
  PoolReviewer,
  Recusal,
} from './lib/draw-types';
export { meritOf } from './lib/merit';
export type { Merit } from './lib/merit';
export { rankAndAward } from './lib/rank-and-award';
export { assertFundingRange, checkRequestedAmount } from './lib/requested-amount';
export type { FundingRange } from './lib/requested-amount';
export { assertRubric, checkRubric, RUBRIC_LIMITS } from './lib/rubric';
export type { Rubric, RubricCriterion } from './lib/rubric';
export { checkScoreSheet } from './lib/score-sheet';
export { concludeRound } from './lib/conclude-round';
export type {
  ConcludeDecision,
  PassedOver,
  RankedProposal,
  RoundToConclude,
} from './lib/conclude-round';
export { scoresOpen } from './lib/scores-open';
export type { ScoresOpenCheck } from './lib/scores-open';
export type { ScoreSheet } from './lib/score-sheet';
export {
  checkTranchePlan,
  DEFAULT_TRANCHES,
  splitAward,
  TRANCHE_LABELS_EN,
  TRANCHE_LABELS_ZH,
} from './lib/tranche-plan';
export type { TrancheShare } from './lib/tranche-plan';
export {
  labelTrancheReference,
  TRANCHE_SHORT_LABELS_ZH,
  trancheReference,
} from './lib/tranche-reference';
export { milestoneReportCheck } from './lib/milestone-report';
export type { MilestoneReportCheck } from './lib/milestone-report';
export { trancheRelease } from './lib/tranche-release';
export type { TrancheRefusalReason, TrancheReleaseCheck } from './lib/tranche-release';
export {
  assertTranches,
  isReleased,
  MILESTONE_STATE_LABELS_EN,
  MILESTONE_STATE_LABELS_ZH,
  MILESTONE_STATES,
} from './lib/tranche-state';
export type { MilestoneState, TrancheState } from './lib/tranche-state';
export type { VentureCheck, VentureRefusal, VentureViolation } from './lib/violation';
export {
  AWARD_STATUSES,
  awardCommitment,
  awardStatusOf,
  paysNoMore,
  TRANCHE_PAYMENTS,
  tranchePaymentOf,
  tranchePaymentState,
} from './lib/award-funding';
export type { AwardStatus, TranchePayment } from './lib/award-funding';
export { PROPOSAL_STATUSES, proposalStatus } from './lib/proposal-status';
export type { ProposalStatus } from './lib/proposal-status';
export {
  AWARD_POOL_LABELS_EN,
  AWARD_POOL_LABELS_ZH,
  AWARD_STATUS_LABELS_EN,
  AWARD_STATUS_LABELS_ZH,
  CALL_PHASE_LABELS_EN,
  CALL_PHASE_LABELS_ZH,
  PROPOSAL_STATUS_LABELS_EN,
  PROPOSAL_STATUS_LABELS_ZH,
  TRANCHE_PAYMENT_LABELS_EN,
  TRANCHE_PAYMENT_LABELS_ZH,
} from './lib/venture-labels';
export type { AwardPool, CallPhase } from './lib/venture-labels';
