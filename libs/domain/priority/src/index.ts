export { allocateWithRuralReserve } from './lib/allocate-with-rural-reserve';
export type {
  AllocationDecision,
  AllocationInput,
  AllocationOutcome,
  AllocationResult,
  AllocationUnit,
  Award,
  AwardSource,
  NotFunded,
  ReserveCandidate,
} from './lib/allocation-types';
export {
  assertPriorityPolicy,
  DEFAULT_PRIORITY_POLICY,
  PRIORITY_POLICY_WITH_R6,
} from './lib/priority-policy';
export type { PriorityPolicy } from './lib/priority-policy';
export type {
  PriorityFactor,
  PriorityReason,
  PriorityReasonCode,
  PriorityRule,
} from './lib/priority-reason';
export { priorityScore } from './lib/priority-score';
export type { PriorityOrganization, PriorityProject, PriorityScore } from './lib/priority-score';
export { rankCandidates } from './lib/rank-candidates';
export type { RankInput, Ranked } from './lib/rank-candidates';
export { rankScore } from './lib/rank-score';
