export { addYears } from './lib/add-years';
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
export { CLAUSE_OF_KIND } from './lib/conflict-messages';
export { assertConflictPolicy, DEFAULT_CONFLICT_POLICY } from './lib/conflict-policy';
export type { ConflictPolicy } from './lib/conflict-policy';
export type {
  ConflictApplicant,
  ConflictClause,
  ConflictClauseCode,
  DeclaredRelation,
} from './lib/conflict-types';
export { conflictsOf } from './lib/conflicts-of';
export { assertApplicant, assertRelations, checkDeclaredRelation } from './lib/declared-relation';
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
export { normalizeName } from './lib/normalize-name';
export { rankAndAward } from './lib/rank-and-award';
export {
  isOrganizationRelation,
  isRelationKind,
  KINSHIP_RELATION_KINDS,
  ORGANIZATION_RELATION_KINDS,
  RELATION_KIND_LABELS_EN,
  RELATION_KIND_LABELS_ZH,
  RELATION_KINDS,
  RelationKind,
} from './lib/relation-kind';
export { assertFundingRange, checkRequestedAmount } from './lib/requested-amount';
export type { FundingRange } from './lib/requested-amount';
export { assertRubric, checkRubric, RUBRIC_LIMITS } from './lib/rubric';
export type { Rubric, RubricCriterion } from './lib/rubric';
export { checkScoreSheet } from './lib/score-sheet';
export type { ScoreSheet } from './lib/score-sheet';
export { seededRandom } from './lib/seeded-random';
export {
  checkTranchePlan,
  DEFAULT_TRANCHES,
  splitAward,
  TRANCHE_LABELS_EN,
  TRANCHE_LABELS_ZH,
} from './lib/tranche-plan';
export type { TrancheShare } from './lib/tranche-plan';
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
