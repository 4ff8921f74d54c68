import { readFileSync } from 'fs';
import { isWorkday } from 'chinese-days';
import { dateStringOfDay, dayOfDateString, isoWeekdayOf } from './beijing-date';
import { DEFAULT_WORKING_CALENDAR } from './china-holidays';
import { CHINESE_DAYS_VERSION, CHINESE_DAYS_YEARS } from './china-holidays.data';
import { HOLIDAYS_2025, HOLIDAYS_2026, MAKE_UP_2025, MAKE_UP_2026 } from './china-holidays.fixture';
import { assertWorkingCalendar } from './working-calendar';
import { isWorkingDay, workingDaysBetween } from './working-days';

const d = (date: string) => dayOfDateString(date, 'd', 'R16');
const works = (date: string) => isWorkingDay(d(date));
const range = (from: string, to: string) =>
  Array.from({ length: d(to) - d(from) + 1 }, (_, i) => dateStringOfDay(d(from) + i));

/** The installed chinese-days package's own tables (its dist JSON). */
const installed = () => {
  const dir = require.resolve('chinese-days/package.json').replace(/package\.json$/, '');
  const pkg = JSON.parse(readFileSync(`${dir}package.json`, 'utf8')) as { version: string };
  const data = JSON.parse(readFileSync(`${dir}dist/chinese-days.json`, 'utf8')) as {
    holidays: Record<string, string>;
    workdays: Record<string, string>;
  };
  return { version: pkg.version, ...data };
};
const ofYears = (dates: readonly string[], years: readonly number[]) =>
  dates.filter((date) => years.includes(Number(date.slice(0, 4)))).sort();

describe('rule R16: the calendar comes from the chinese-days package', () => {
  it('rule R16: the generated tables are those of the installed package (npm run calendar:update)', () => {
    const pkg = installed();
    expect(CHINESE_DAYS_VERSION).toBe(pkg.version);
    const years = CHINESE_DAYS_YEARS;
    expect(Math.max(...Object.keys(pkg.holidays).map((date) => Number(date.slice(0, 4))))).toBe(
      years[years.length - 1],
    );
    expect(ofYears(DEFAULT_WORKING_CALENDAR.holidays, years)).toEqual(
      ofYears(Object.keys(pkg.holidays), years),
    );
    expect(ofYears(DEFAULT_WORKING_CALENDAR.makeUpWorkdays, years)).toEqual(
      ofYears(Object.keys(pkg.workdays), years),
    );
  });

  it.each(CHINESE_DAYS_YEARS.map((year) => [year]))(
    'rule R16: %s works on the same days as chinese-days says, day for day',
    (year) => {
      const days = range(`${year}-01-01`, `${year}-12-31`);
      const differing = days.filter((date) => works(date) !== isWorkday(date));
      expect(differing).toEqual([]);
    },
  );

  it.each([
    [2025, HOLIDAYS_2025, MAKE_UP_2025],
    [2026, HOLIDAYS_2026, MAKE_UP_2026],
  ])(
    'rule R16: the %s table once written by hand from the notice agrees with the package day for day',
    (year, holidays, makeUp) => {
      const hand = { version: `hand-${year}`, holidays, makeUpWorkdays: makeUp };
      const days = range(`${year}-01-01`, `${year}-12-31`);
      const differing = days.filter((date) => isWorkingDay(d(date), hand) !== isWorkday(date));
      expect(differing).toEqual([]);
      expect([...holidays].sort()).toEqual(ofYears(DEFAULT_WORKING_CALENDAR.holidays, [year]));
      expect([...makeUp].sort()).toEqual(ofYears(DEFAULT_WORKING_CALENDAR.makeUpWorkdays, [year]));
    },
  );
});

describe('rule R16: the default China working calendar (State Council notices)', () => {
  it('rule R16: is valid, versioned and frozen all the way down', () => {
    expect(() => assertWorkingCalendar(DEFAULT_WORKING_CALENDAR)).not.toThrow();
    expect(DEFAULT_WORKING_CALENDAR.version).toBe(`chinese-days-${CHINESE_DAYS_VERSION}`);
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

  it('rule R16: the year after the package lists only its fixed-date statutory holidays until its notice is out', () => {
    const next = CHINESE_DAYS_YEARS[CHINESE_DAYS_YEARS.length - 1] + 1;
    const listed = DEFAULT_WORKING_CALENDAR.holidays.filter((h) => h.startsWith(`${next}-`));
    expect(listed).toEqual(
      ['01-01', '05-01', '05-02', '10-01', '10-02', '10-03'].map((mmdd) => `${next}-${mmdd}`),
    );
    expect(DEFAULT_WORKING_CALENDAR.makeUpWorkdays.some((m) => m.startsWith(`${next}-`))).toBe(
      false,
    );
    expect(works(`${next}-10-02`)).toBe(false);
    expect(DEFAULT_WORKING_CALENDAR.holidays.some((h) => h.startsWith(`${next + 1}-`))).toBe(false);
  });

  it('rule R16: ordinary weekdays work and ordinary weekends do not', () => {
    expect(works('2025-03-12')).toBe(true);
    expect(works('2025-03-15')).toBe(false);
    expect(works('2026-07-05')).toBe(false);
    expect(works('2028-01-03')).toBe(true); // beyond the data: Monday to Friday
  });
});
