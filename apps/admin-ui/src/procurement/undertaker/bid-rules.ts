import type { BidView } from './undertaker-types';

/**
 * A submitted bid of a project still taking bids may be withdrawn (R25); the API checks the
 * deadline by the database clock and explains a refusal.
 */
export const canWithdraw = (bid: Pick<BidView, 'status' | 'projectStatus'>) =>
  bid.status === 'SUBMITTED' && bid.projectStatus === 'ANNOUNCED';

/**
 * A bidder may object to an awarded project's published result (R25); the API checks the
 * objection window by the database clock and explains a refusal.
 */
export const canObject = (bid: Pick<BidView, 'status' | 'projectStatus'>) =>
  bid.projectStatus === 'AWARDED' && bid.status !== 'WITHDRAWN';
