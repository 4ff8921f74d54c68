import fc from 'fast-check';
import { dayOfDateString } from './beijing-date';
import { DEFAULT_WORKING_CALENDAR } from './china-holidays';
import { WorkingCalendar } from './working-calendar';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';

// Days from 2024 to 2028, so counts cross every listed holiday and the edges of the data.
const dayArb = fc.integer({
  min: dayOfDateString('2024-06-01', 'min', 'R16'),
  max: dayOfDateString('2028-06-30', 'max', 'R16'),
});
const nArb = fc.integer({ min: 0, max: 400 });

/** A random calendar: weekday holidays and weekend make-up days, never the same day. */
const calendarArb: fc.Arbitrary<WorkingCalendar> = fc
  .uniqueArray(dayArb, { maxLength: 60 })
  .chain((days) =>
    fc.tuple(
      fc.constant(days),
      fc.array(fc.boolean(), { minLength: days.length, maxLength: days.length }),
    ),
  )
  .map(([days, asHoliday]) => {
    const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
    const weekend = (day: number) => [2, 3].includes(((day % 7) + 7) % 7);
    return {
      version: 'random',
      holidays: days.filter((day, i) => asHoliday[i] || !weekend(day)).map(iso),
      makeUpWorkdays: days.filter((day, i) => !asHoliday[i] && weekend(day)).map(iso),
    };
  });
const anyCalendar = fc.oneof(fc.constant(DEFAULT_WORKING_CALENDAR as WorkingCalendar), calendarArb);

/** The plain definition: step day by day. */
function countByStepping(from: number, to: number, calendar: WorkingCalendar): number {
  const [lo, hi, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = lo + 1; day <= hi; day += 1) if (isWorkingDay(day, calendar)) count += 1;
  return sign * count || 0; // never -0, like workingDaysBetween
}

describe('rule R16: working-day properties', () => {
  it('rule R16: addWorkingDays then workingDaysBetween gives n back', () => {
    fc.assert(
      fc.property(dayArb, nArb, anyCalendar, (from, n, calendar) => {
        expect(workingDaysBetween(from, addWorkingDays(from, n, calendar), calendar)).toBe(n);
      }),
    );
  });

  it('rule R16: the nth working day is a working day, and the first one after any day before it', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 400 }), anyCalendar, (from, n, calendar) => {
        const due = addWorkingDays(from, n, calendar);
        expect(isWorkingDay(due, calendar)).toBe(true);
        expect(due).toBeGreaterThan(from);
        expect(workingDaysBetween(from, due - 1, calendar)).toBe(n - 1);
      }),
    );
  });

  it('rule R16: addWorkingDays is strictly increasing in n', () => {
    fc.assert(
      fc.property(dayArb, nArb, nArb, anyCalendar, (from, a, b, calendar) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const dueLo = addWorkingDays(from, lo, calendar);
        const dueHi = addWorkingDays(from, hi, calendar);
        if (lo === hi) expect(dueHi).toBe(dueLo);
        else expect(dueHi).toBeGreaterThan(dueLo);
      }),
    );
  });

  it('rule R16: workingDaysBetween agrees with stepping day by day, and is antisymmetric', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: -500, max: 500 }),
        anyCalendar,
        (from, span, calendar) => {
          const to = from + span;
          const count = workingDaysBetween(from, to, calendar);
          expect(count).toBe(countByStepping(from, to, calendar));
          expect(workingDaysBetween(to, from, calendar) + count).toBe(0);
        },
      ),
    );
  });

  it('rule R16: counts add up across a middle day', () => {
    fc.assert(
      fc.property(dayArb, dayArb, dayArb, anyCalendar, (a, b, c, calendar) => {
        expect(workingDaysBetween(a, b, calendar) + workingDaysBetween(b, c, calendar)).toBe(
          workingDaysBetween(a, c, calendar),
        );
      }),
    );
  });
});
