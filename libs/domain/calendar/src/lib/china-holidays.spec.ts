import { dateStringOfDay, dayOfDateString, isoWeekdayOf } from './beijing-date';
import { DEFAULT_WORKING_CALENDAR } from './china-holidays';
import { assertWorkingCalendar } from './working-calendar';
import { isWorkingDay, workingDaysBetween } from './working-days';

const d = (date: string) => dayOfDateString(date, 'd', 'R16');
const works = (date: string) => isWorkingDay(d(date));
const range = (from: string, to: string) =>
  Array.from({ length: d(to) - d(from) + 1 }, (_, i) => dateStringOfDay(d(from) + i));

describe('rule R16: the default China working calendar (State Council notices)', () => {
  it('rule R16: is valid, versioned and frozen all the way down', () => {
    expect(() => assertWorkingCalendar(DEFAULT_WORKING_CALENDAR)).not.toThrow();
    expect(DEFAULT_WORKING_CALENDAR.version).toBe('2026.1');
    expect(Object.isFrozen(DEFAULT_WORKING_CALENDAR)).toBe(true);
    expect(Object.isFrozen(DEFAULT_WORKING_CALENDAR.holidays)).toBe(true);
    expect(Object.isFrozen(DEFAULT_WORKING_CALENDAR.makeUpWorkdays)).toBe(true);
  });

  it.each([
    ['元旦 2025', '2025-01-01', '2025-01-01'],
    ['春节 2025', '2025-01-28', '2025-02-04'],
    ['清明节 2025', '2025-04-04', '2025-04-06'],
    ['劳动节 2025', '2025-05-01', '2025-05-05'],
    ['端午节 2025', '2025-05-31', '2025-06-02'],
    ['国庆节、中秋节 2025', '2025-10-01', '2025-10-08'],
    ['元旦 2026', '2026-01-01', '2026-01-03'],
    ['春节 2026', '2026-02-15', '2026-02-23'],
    ['清明节 2026', '2026-04-04', '2026-04-06'],
    ['劳动节 2026', '2026-05-01', '2026-05-05'],
    ['端午节 2026', '2026-06-19', '2026-06-21'],
    ['中秋节 2026', '2026-09-25', '2026-09-27'],
    ['国庆节 2026', '2026-10-01', '2026-10-07'],
  ])('rule R16: %s is off from %s to %s, and the weekdays around it work', (_name, from, to) => {
    for (const date of range(from, to)) expect([date, works(date)]).toEqual([date, false]);
    const before = dateStringOfDay(d(from) - 1);
    const after = dateStringOfDay(d(to) + 1);
    for (const date of [before, after]) {
      const weekday = isoWeekdayOf(d(date)) <= 5;
      if (weekday) expect([date, works(date)]).toEqual([date, true]);
    }
  });

  it.each([
    ['2025-01-26', 7],
    ['2025-02-08', 6],
    ['2025-04-27', 7],
    ['2025-09-28', 7],
    ['2025-10-11', 6],
    ['2026-01-04', 7],
    ['2026-02-14', 6],
    ['2026-02-28', 6],
    ['2026-05-09', 6],
    ['2026-09-20', 7],
    ['2026-10-10', 6],
  ])('rule R16: %s (ISO weekday %p) is a make-up working day (调休上班)', (date, weekday) => {
    expect(isoWeekdayOf(d(date))).toBe(weekday);
    expect(works(date)).toBe(true);
    expect(DEFAULT_WORKING_CALENDAR.makeUpWorkdays).toContain(date);
  });

  it.each([
    ['2025', '2024-12-31', '2025-12-31'],
    ['2026', '2025-12-31', '2026-12-31'],
  ])(
    'rule R16: %s has 248 working days: 365 less 104 weekend days less 13 statutory holidays',
    (_year, from, to) => {
      expect(workingDaysBetween(d(from), d(to))).toBe(248);
    },
  );

  it('rule R16: 2027 lists only its fixed-date statutory holidays until its notice is out', () => {
    const listed2027 = DEFAULT_WORKING_CALENDAR.holidays.filter((h) => h.startsWith('2027-'));
    expect(listed2027).toEqual([
      '2027-01-01',
      '2027-05-01',
      '2027-05-02',
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
    ]);
    expect(DEFAULT_WORKING_CALENDAR.makeUpWorkdays.some((m) => m.startsWith('2027-'))).toBe(false);
    expect(works('2027-01-01')).toBe(false); // a Friday
    expect(works('2027-01-04')).toBe(true);
  });

  it('rule R16: ordinary weekdays work and ordinary weekends do not', () => {
    expect(works('2025-03-12')).toBe(true);
    expect(works('2025-03-15')).toBe(false);
    expect(works('2026-07-05')).toBe(false);
    expect(works('2028-01-03')).toBe(true); // beyond the data: Monday to Friday
  });
});
