import { dayOfDateString, WorkingCalendar } from '@civic/domain/calendar';
import { deadlineStatus } from './deadline-status';

const d = (date: string) => dayOfDateString(date, 'd', 'R16');
// Answers for a window closing Friday 26 Sep 2025 are due Friday 10 Oct 2025 (国庆 in between).
const DEADLINE = d('2025-10-10');
const status = (today: string, done?: string, calendar?: WorkingCalendar) =>
  deadlineStatus(
    { deadlineDay: DEADLINE, today: d(today), ...(done ? { doneDay: d(done) } : {}) },
    calendar,
  );

describe('rule R16: where a working-day deadline stands', () => {
  it('rule R16: PENDING before the deadline counts the working days left, holidays skipped', () => {
    expect(status('2025-09-30')).toEqual({
      status: 'PENDING',
      deadline: '2025-10-10',
      workingDaysLeft: 2,
      message: 'due by 2025-10-10: 2 working days left',
      messageZh: '须于 2025-10-10 前完成，还剩 2 个工作日',
    });
    expect(status('2025-09-26').workingDaysLeft).toBe(5);
    expect(status('2025-10-05').workingDaysLeft).toBe(2);
    expect(status('2025-10-09')).toMatchObject({
      workingDaysLeft: 1,
      message: 'due by 2025-10-10: 1 working day left',
    });
  });

  it('rule R16: PENDING on the deadline itself, with none left', () => {
    expect(status('2025-10-10')).toEqual({
      status: 'PENDING',
      deadline: '2025-10-10',
      workingDaysLeft: 0,
      message: 'due today, 2025-10-10',
      messageZh: '今天（2025-10-10）到期',
    });
  });

  it('rule R16: OVERDUE the day after, even on the make-up Saturday and the Sunday after it', () => {
    expect(status('2025-10-11')).toEqual({
      status: 'OVERDUE',
      deadline: '2025-10-10',
      workingDaysLeft: -1,
      message: 'overdue: due by 2025-10-10, 1 working day late',
      messageZh: '已逾期：应于 2025-10-10 前完成，已逾期 1 个工作日',
    });
    expect(status('2025-10-12')).toMatchObject({ status: 'OVERDUE', workingDaysLeft: -1 });
    expect(status('2025-10-13')).toMatchObject({ status: 'OVERDUE', workingDaysLeft: -2 });
    expect(status('2025-10-17')).toMatchObject({
      workingDaysLeft: -6,
      message: 'overdue: due by 2025-10-10, 6 working days late',
    });
  });

  it('rule R16: a Saturday after a plain Friday deadline is already overdue (-1), like the Monday', () => {
    const friday = d('2025-03-14');
    const on = (today: string) => deadlineStatus({ deadlineDay: friday, today: d(today) });
    expect(on('2025-03-15')).toMatchObject({ status: 'OVERDUE', workingDaysLeft: -1 });
    expect(on('2025-03-17')).toMatchObject({ status: 'OVERDUE', workingDaysLeft: -1 });
    expect(on('2025-03-18')).toMatchObject({ status: 'OVERDUE', workingDaysLeft: -2 });
  });

  it('rule R16: DONE on or before the deadline, whatever today is', () => {
    expect(status('2025-11-20', '2025-09-30')).toEqual({
      status: 'DONE',
      deadline: '2025-10-10',
      workingDaysLeft: 2,
      message: 'done on 2025-09-30, within the deadline 2025-10-10',
      messageZh: '已于 2025-09-30 完成，未超过期限 2025-10-10',
    });
    expect(status('2025-10-10', '2025-10-10')).toMatchObject({
      status: 'DONE',
      workingDaysLeft: 0,
    });
  });

  it('rule R16: DONE_LATE after the deadline, counting the working days it was late', () => {
    expect(status('2025-11-20', '2025-10-14')).toEqual({
      status: 'DONE_LATE',
      deadline: '2025-10-10',
      workingDaysLeft: -3,
      message: 'done on 2025-10-14, 3 working days after the deadline 2025-10-10',
      messageZh: '已于 2025-10-14 完成，超过期限 2025-10-10 3 个工作日',
    });
  });

  it('rule R16: answered late on a day reads exactly as overdue on that day', () => {
    for (const day of ['2025-10-11', '2025-10-13', '2025-10-20', '2025-12-31']) {
      const overdue = status(day);
      const late = status(day, day);
      expect(overdue.status).toBe('OVERDUE');
      expect(late.status).toBe('DONE_LATE');
      expect(late.workingDaysLeft).toBe(overdue.workingDaysLeft);
      expect(late.deadline).toBe(overdue.deadline);
    }
    // Being answered stops the count; leaving it open does not.
    expect(status('2025-10-20', '2025-10-13').workingDaysLeft).toBe(-2);
    expect(status('2025-10-20').workingDaysLeft).toBe(-7);
  });

  it('rule R16: the calendar decides what counts', () => {
    const plain = { version: 'plain', holidays: [], makeUpWorkdays: [] };
    expect(status('2025-10-06', undefined, plain).workingDaysLeft).toBe(4);
    expect(status('2025-10-06').workingDaysLeft).toBe(2);
  });

  it('rule R16: bad input is refused, naming the field', () => {
    const at = { deadlineDay: DEADLINE, today: DEADLINE };
    expect(() => deadlineStatus({ ...at, deadlineDay: 1.5 })).toThrow(
      'rule R16: deadlineDay must be a whole day number',
    );
    expect(() => deadlineStatus({ ...at, today: Number.NaN })).toThrow(
      'rule R16: today must be a whole day number',
    );
    expect(() => deadlineStatus({ ...at, doneDay: 'x' as unknown as number })).toThrow(
      'rule R16: doneDay must be a whole day number',
    );
    expect(() => deadlineStatus({ ...at, doneDay: DEADLINE + 1 })).toThrow(
      'rule R16: doneDay 2025-10-11 must not be after today 2025-10-10',
    );
    expect(() => deadlineStatus(undefined as never)).toThrow('rule R16: deadlineDay');
  });
});
