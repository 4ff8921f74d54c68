import type { DeadlineView } from '@civic/contracts';
import { beijingDayOf, dayOfDateString, type WorkingCalendar } from '@civic/domain/calendar';
import { answerDeadline, deadlineStatus } from '@civic/domain/incubation';
import type { Cohort } from './cohort.entity';

export type CohortPhase = 'UPCOMING' | 'OPEN' | 'CLOSED' | 'DECIDED';

/** The day applications stopped: the window's last day, or the day staff closed it early. */
export function closingDay(cohort: Cohort): number {
  return dayOfDateString(cohort.closedEarlyOn ?? cohort.windowClosesOn, 'windowClosesOn');
}

/** Where a cohort stands on a day (R16): before its window, open, closed awaiting answers, decided. */
export function cohortPhase(cohort: Cohort, now: Date): CohortPhase {
  if (cohort.decidedAt) return 'DECIDED';
  const today = beijingDayOf(now);
  if (today < dayOfDateString(cohort.windowOpensOn, 'windowOpensOn')) return 'UPCOMING';
  if (cohort.closedEarlyOn === null && today <= closingDay(cohort)) return 'OPEN';
  return 'CLOSED';
}

/**
 * Answers are due within the working days of the cohort's policy (5 by default) of the window
 * closing, and flagged when late (R16).
 */
export function answersDeadline(
  cohort: Cohort,
  now: Date,
  calendar?: WorkingCalendar,
): DeadlineView {
  const status = deadlineStatus(
    {
      deadlineDay: answerDeadline(closingDay(cohort), cohort.policy, calendar),
      today: beijingDayOf(now),
      ...(cohort.decidedAt ? { doneDay: beijingDayOf(cohort.decidedAt) } : {}),
    },
    calendar,
  );
  return {
    status: status.status,
    deadline: status.deadline,
    workingDaysLeft: status.workingDaysLeft,
    message: status.message,
    messageZh: status.messageZh,
  };
}
