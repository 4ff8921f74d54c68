import {
  assertInstant,
  beijingDayOf,
  beijingMidnight,
  dateStringOfDay,
} from '@civic/domain/calendar';

/** Default length of the publicity period (公示期) of an approval, in calendar days. rule R23 */
export const DEFAULT_PUBLICITY_DAYS = 7;

/**
 * When the public may object to an approval (公示). Objections are taken from the approval
 * itself (`startsAt`) until `endsAt` (exclusive): 24:00 China time on `lastDay`. The counted days
 * are `firstDay`…`lastDay`, both inclusive. rule R23
 */
export interface PublicityWindow {
  startsAt: Date;
  endsAt: Date;
  /** First counted calendar day, `YYYY-MM-DD` (China time): the day after approval. */
  firstDay: string;
  /** Last counted calendar day, `YYYY-MM-DD` (China time). */
  lastDay: string;
  days: number;
}

/**
 * rule R23 (publicity period, a policy default): the notice is published when the subsidy is
 * approved and runs `days` whole calendar days in China time (UTC+8). As the Civil Code counts
 * periods in days (art. 201), the day of approval is not counted: counting starts the next day,
 * and the period ends at 24:00 on its last day. So approval at any time on 3 March with 7 days
 * ends at 24:00 on 10 March. Holidays are not skipped (calendar days, not working days).
 */
export function publicityWindow(approvedAt: Date, days = DEFAULT_PUBLICITY_DAYS): PublicityWindow {
  assertInstant(approvedAt, 'approvedAt', 'R23');
  if (!Number.isSafeInteger(days) || days < 1 || days > 366) {
    throw new RangeError(
      `rule R23: publicity days must be a whole number from 1 to 366, got ${String(days)}`,
    );
  }
  const first = beijingDayOf(approvedAt, 'approvedAt', 'R23') + 1;
  const last = first + days - 1;
  return {
    startsAt: new Date(approvedAt.getTime()),
    endsAt: beijingMidnight(last + 1),
    firstDay: dateStringOfDay(first),
    lastDay: dateStringOfDay(last),
    days,
  };
}

// rule R23: whether an objection made at `now` falls within the publicity period.
export function canObject(
  now: Date,
  window: Pick<PublicityWindow, 'startsAt' | 'endsAt'>,
): boolean {
  assertInstant(now, 'now', 'R23');
  assertInstant(window?.startsAt, 'window.startsAt', 'R23');
  assertInstant(window.endsAt, 'window.endsAt', 'R23');
  return now.getTime() >= window.startsAt.getTime() && now.getTime() < window.endsAt.getTime();
}
