import { assertInstant } from '@civic/domain/calendar';

/**
 * rule R17: nothing is submitted at or after a call's deadline: true only when `now` is strictly
 * before it, to the millisecond. Both must be valid Dates (a RangeError names the field).
 */
export function isBeforeDeadline(now: Date, deadline: Date): boolean {
  assertInstant(now, 'now', 'R17');
  assertInstant(deadline, 'deadline', 'R17');
  return now.getTime() < deadline.getTime();
}
