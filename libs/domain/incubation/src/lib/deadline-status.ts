import {
  assertDay,
  dateStringOfDay,
  DEFAULT_WORKING_CALENDAR,
  WorkingCalendar,
  workingDaysBetween,
} from '@civic/domain/calendar';

/**
 * Where a working-day deadline stands (rule R16). `workingDaysLeft` counts working days after
 * today (or after the day it was done) up to and including the deadline: 0 on the deadline
 * itself, and negative once late: minus the working days since the deadline, at least 1, so a
 * Saturday right after a Friday deadline reads -1 like the Monday after it.
 */
export interface DeadlineStatus {
  status: 'DONE' | 'DONE_LATE' | 'PENDING' | 'OVERDUE';
  /** `YYYY-MM-DD` on the China calendar. */
  deadline: string;
  workingDaysLeft: number;
  message: string;
  messageZh: string;
}

export interface DeadlineInput {
  deadlineDay: number;
  /** The day it was done, if it was; never after today. */
  doneDay?: number;
  today: number;
}

/**
 * rule R16: PENDING until the deadline, OVERDUE after it; once done, DONE if on or before the
 * deadline and DONE_LATE after it. Done late on day X and still open on day X read the same
 * number of working days late.
 */
export function deadlineStatus(
  input: DeadlineInput,
  calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR,
): DeadlineStatus {
  const { deadlineDay, doneDay, today } = input ?? ({} as DeadlineInput);
  assertDay(deadlineDay, 'deadlineDay', 'R16');
  assertDay(today, 'today', 'R16');
  if (doneDay !== undefined) {
    assertDay(doneDay, 'doneDay', 'R16');
    if (doneDay > today) {
      throw new RangeError(
        `rule R16: doneDay ${dateStringOfDay(doneDay)} must not be after today ${dateStringOfDay(today)}`,
      );
    }
  }
  const deadline = dateStringOfDay(deadlineDay);
  const asOf = doneDay ?? today;
  const late = asOf > deadlineDay;
  const left = late
    ? Math.min(-1, workingDaysBetween(asOf, deadlineDay, calendar))
    : workingDaysBetween(asOf, deadlineDay, calendar);
  const texts =
    doneDay === undefined
      ? openTexts(deadline, left, today === deadlineDay)
      : doneTexts(deadline, left, dateStringOfDay(doneDay));
  return {
    status: doneDay === undefined ? (late ? 'OVERDUE' : 'PENDING') : late ? 'DONE_LATE' : 'DONE',
    deadline,
    workingDaysLeft: left,
    ...texts,
  };
}

type Texts = { message: string; messageZh: string };

const workingDays = (n: number) => `${n} working ${n === 1 ? 'day' : 'days'}`;

function openTexts(deadline: string, left: number, dueToday: boolean): Texts {
  if (left < 0) {
    return {
      message: `overdue: due by ${deadline}, ${workingDays(-left)} late`,
      messageZh: `已逾期：应于 ${deadline} 前完成，已逾期 ${-left} 个工作日`,
    };
  }
  if (dueToday) {
    return { message: `due today, ${deadline}`, messageZh: `今天（${deadline}）到期` };
  }
  return {
    message: `due by ${deadline}: ${workingDays(left)} left`,
    messageZh: `须于 ${deadline} 前完成，还剩 ${left} 个工作日`,
  };
}

function doneTexts(deadline: string, left: number, doneOn: string): Texts {
  if (left < 0) {
    return {
      message: `done on ${doneOn}, ${workingDays(-left)} after the deadline ${deadline}`,
      messageZh: `已于 ${doneOn} 完成，超过期限 ${deadline} ${-left} 个工作日`,
    };
  }
  return {
    message: `done on ${doneOn}, within the deadline ${deadline}`,
    messageZh: `已于 ${doneOn} 完成，未超过期限 ${deadline}`,
  };
}
