import fc from 'fast-check';
import {
  dateStringOfDay,
  dayOfDateString,
  isWorkingDay,
  workingDaysBetween,
} from '@civic/domain/calendar';
import { deadlineStatus } from './deadline-status';

const dayArb = fc.integer({
  min: dayOfDateString('2024-12-01', 'min', 'R16'),
  max: dayOfDateString('2027-01-31', 'max', 'R16'),
});

describe('rule R16: deadline status properties', () => {
  it('rule R16: the status follows the deadline; left is ≥ 0 on time and ≤ -1 late', () => {
    fc.assert(
      fc.property(dayArb, dayArb, fc.option(fc.nat({ max: 60 })), (deadlineDay, today, doneAgo) => {
        const doneDay = doneAgo === null ? undefined : today - doneAgo;
        const s = deadlineStatus({ deadlineDay, today, doneDay });
        const asOf = doneDay ?? today;
        const late = asOf > deadlineDay;
        const expected =
          doneDay === undefined ? (late ? 'OVERDUE' : 'PENDING') : late ? 'DONE_LATE' : 'DONE';
        expect(s.status).toBe(expected);
        expect(s.deadline).toBe(dateStringOfDay(deadlineDay));
        if (late) expect(s.workingDaysLeft).toBeLessThanOrEqual(-1);
        else expect(s.workingDaysLeft).toBe(workingDaysBetween(asOf, deadlineDay));
        expect(s.message).toContain(s.deadline);
        expect(s.messageZh).toContain(s.deadline);
      }),
    );
  });

  it('rule R16: done on a day reads as open on that day, DONE for PENDING and DONE_LATE for OVERDUE', () => {
    fc.assert(
      fc.property(dayArb, dayArb, (deadlineDay, today) => {
        const open = deadlineStatus({ deadlineDay, today });
        const done = deadlineStatus({ deadlineDay, today, doneDay: today });
        expect(done.status).toBe(open.status === 'PENDING' ? 'DONE' : 'DONE_LATE');
        expect(done.workingDaysLeft).toBe(open.workingDaysLeft);
      }),
    );
  });

  it('rule R16: while open, working days left never grow as days pass, and drop on each working day', () => {
    fc.assert(
      fc.property(dayArb, dayArb, (deadlineDay, today) => {
        const now = deadlineStatus({ deadlineDay, today }).workingDaysLeft;
        const next = deadlineStatus({ deadlineDay, today: today + 1 }).workingDaysLeft;
        expect(next).toBeLessThanOrEqual(now);
        if (today + 1 <= deadlineDay && isWorkingDay(today + 1)) expect(next).toBe(now - 1);
      }),
    );
  });

  it('rule R16: once done, the status no longer changes with today', () => {
    fc.assert(
      fc.property(dayArb, dayArb, fc.nat({ max: 400 }), (deadlineDay, doneDay, wait) => {
        const a = deadlineStatus({ deadlineDay, doneDay, today: doneDay });
        const b = deadlineStatus({ deadlineDay, doneDay, today: doneDay + wait });
        expect(b).toEqual(a);
      }),
    );
  });
});
