import { dateStringOfDay, dayOf, dayOfDateString } from '@civic/domain/calendar';

/** Days before the deadline from which an unpublished annual report is DUE_SOON. rule R23 */
export const DEFAULT_DISCLOSURE_WARN_DAYS = 30;

export type DisclosureStatus = 'PUBLISHED' | 'NOT_DUE' | 'DUE_SOON' | 'OVERDUE';

/**
 * Where a year's annual disclosure stands on `today`. `daysLeft` counts calendar days from today
 * to the deadline: 0 on the deadline itself (still DUE_SOON), negative once OVERDUE. rule R23
 */
export interface DisclosureState {
  status: DisclosureStatus;
  year: number;
  deadline: string;
  daysLeft: number;
  /** Only when PUBLISHED: the China calendar day it was published, and whether after the deadline. */
  publishedOn?: string;
  late?: boolean;
}

export interface DisclosureInput {
  /** The year the report covers. */
  year: number;
  /** `YYYY-MM-DD`, or an instant read on the China calendar (UTC+8). */
  today: string | Date;
  publishedAt?: string | Date;
}

// rule R23: the annual report on a year's use of the fund is due by 30 June of the next year.
export function annualReportDeadline(year: number): string {
  if (!Number.isSafeInteger(year) || year < 1000 || year > 9998) {
    throw new RangeError(`rule R23: year must be a four-digit year, got ${String(year)}`);
  }
  return `${year + 1}-06-30`;
}

/**
 * rule R23: PUBLISHED once the report is out (with `late` if after 30 June); otherwise OVERDUE
 * after the deadline, DUE_SOON from `warnDays` days before it through the deadline day, and
 * NOT_DUE before that (including while the year itself is still running).
 */
export function disclosureStatus(
  input: DisclosureInput,
  warnDays = DEFAULT_DISCLOSURE_WARN_DAYS,
): DisclosureState {
  const { year, today, publishedAt } = input ?? ({} as DisclosureInput);
  const deadline = annualReportDeadline(year);
  if (!Number.isSafeInteger(warnDays) || warnDays < 0) {
    throw new RangeError(
      `rule R23: warnDays must be a non-negative whole number, got ${String(warnDays)}`,
    );
  }
  const deadlineDay = dayOfDateString(deadline, 'deadline', 'R23');
  const daysLeft = deadlineDay - dayOf(today, 'today', 'R23');
  if (publishedAt !== undefined) {
    const publishedDay = dayOf(publishedAt, 'publishedAt', 'R23');
    return {
      status: 'PUBLISHED',
      year,
      deadline,
      daysLeft,
      publishedOn: dateStringOfDay(publishedDay),
      late: publishedDay > deadlineDay,
    };
  }
  const status = daysLeft < 0 ? 'OVERDUE' : daysLeft <= warnDays ? 'DUE_SOON' : 'NOT_DUE';
  return { status, year, deadline, daysLeft };
}
