import { stateMachine, type TransitionCheck } from '@civic/domain/programme';

/**
 * A purchase project (rule R25): a DRAFT, ANNOUNCED (bids come in until the deadline),
 * BIDDING_CLOSED, EVALUATING (the panel scores), AWARDED (the result is published with its
 * objection window) and CONTRACTED. It may be CANCELLED before the contract, or FAILED when too
 * few valid bids came in (checkBidCount) or an upheld objection leaves no bid to award.
 */
export type ProjectStatus =
  | 'DRAFT'
  | 'ANNOUNCED'
  | 'BIDDING_CLOSED'
  | 'EVALUATING'
  | 'AWARDED'
  | 'CONTRACTED'
  | 'CANCELLED'
  | 'FAILED';

export type ProjectEvent =
  'ANNOUNCE' | 'CLOSE_BIDDING' | 'START_EVALUATION' | 'AWARD' | 'SIGN_CONTRACT' | 'CANCEL' | 'FAIL';

export const PROJECT_STATUSES: readonly ProjectStatus[] = Object.freeze([
  'DRAFT',
  'ANNOUNCED',
  'BIDDING_CLOSED',
  'EVALUATING',
  'AWARDED',
  'CONTRACTED',
  'CANCELLED',
  'FAILED',
]);

export const purchaseProjectStatus = stateMachine<ProjectStatus, ProjectEvent>({
  name: 'purchase project',
  nameZh: '购买项目',
  rule: 'R25',
  transitions: {
    DRAFT: { ANNOUNCE: 'ANNOUNCED', CANCEL: 'CANCELLED' },
    ANNOUNCED: { CLOSE_BIDDING: 'BIDDING_CLOSED', CANCEL: 'CANCELLED' },
    BIDDING_CLOSED: { START_EVALUATION: 'EVALUATING', FAIL: 'FAILED', CANCEL: 'CANCELLED' },
    EVALUATING: { AWARD: 'AWARDED', FAIL: 'FAILED', CANCEL: 'CANCELLED' },
    AWARDED: { SIGN_CONTRACT: 'CONTRACTED', FAIL: 'FAILED', CANCEL: 'CANCELLED' },
    CONTRACTED: {},
    CANCELLED: {},
    FAILED: {},
  },
});

// rule R25: the project's status after the event, or a refusal naming its current status.
export function projectTransition(
  status: ProjectStatus,
  event: ProjectEvent,
): TransitionCheck<ProjectStatus, ProjectEvent> {
  return purchaseProjectStatus.check(status, event);
}

/**
 * A bid (rule R25): SUBMITTED until the deadline (it may be WITHDRAWN before it), RANKED by the
 * panel, then AWARDED or NOT_AWARDED. A submitted bid the panel finds invalid, or one of a
 * cancelled or failed project, is NOT_AWARDED; an award revoked after an upheld objection is too,
 * and the next ranked bid is awarded.
 */
export type BidStatus = 'SUBMITTED' | 'WITHDRAWN' | 'RANKED' | 'AWARDED' | 'NOT_AWARDED';

export type BidEvent = 'WITHDRAW' | 'RANK' | 'AWARD' | 'PASS_OVER' | 'REVOKE';

export const BID_STATUSES: readonly BidStatus[] = Object.freeze([
  'SUBMITTED',
  'WITHDRAWN',
  'RANKED',
  'AWARDED',
  'NOT_AWARDED',
]);

export const bidStatus = stateMachine<BidStatus, BidEvent>({
  name: 'bid',
  nameZh: '投标（响应）',
  rule: 'R25',
  transitions: {
    SUBMITTED: { WITHDRAW: 'WITHDRAWN', RANK: 'RANKED', PASS_OVER: 'NOT_AWARDED' },
    WITHDRAWN: {},
    RANKED: { AWARD: 'AWARDED', PASS_OVER: 'NOT_AWARDED' },
    AWARDED: { REVOKE: 'NOT_AWARDED' },
    NOT_AWARDED: {},
  },
});

// rule R25: the bid's status after the event, or a refusal naming its current status.
export function bidTransition(
  status: BidStatus,
  event: BidEvent,
): TransitionCheck<BidStatus, BidEvent> {
  return bidStatus.check(status, event);
}
