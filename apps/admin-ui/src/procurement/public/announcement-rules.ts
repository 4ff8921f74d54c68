import { stillAhead } from './beijing-time';
import type { PurchaseProjectView } from './public-types';

/**
 * Whether a project takes bids now by this browser's clock: announced, its deadline ahead (R25).
 * Only shows the bid button: the API decides by the database clock.
 */
export function openForBids(
  project: Pick<PurchaseProjectView, 'status' | 'bidDeadline'>,
  now = Date.now(),
): boolean {
  return project.status === 'ANNOUNCED' && stillAhead(project.bidDeadline, now);
}
