import { dateStringOfDay, dayOfDateString } from './beijing-date';
import { WorkingCalendar } from './working-calendar';
import { addWorkingDays, isWorkingDay, MAX_WORKING_DAYS, workingDaysBetween } from './working-days';

const d = (date: string) => dayOfDateString(date, 'd', 'R16');
const add = (date: string, n: number, calendar?: WorkingCalendar) =>
  dateStringOfDay(addWorkingDays(d(date), n, calendar));
const between = (from: string, to: string, calendar?: WorkingCalendar) =>
  workingDaysBetween(d(from), d(to), calendar);

const PLAIN: WorkingCalendar = { version: 'plain', holidays: [], makeUpWorkdays: [] };

describe('rule R16: counting working days', () => {
  it('rule R16: Monday to Friday work, Saturday and Sunday do not, on a calendar without holidays', () => {
    const week = ['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14'];
    for (const date of week) expect(isWorkingDay(d(date), PLAIN)).toBe(true);
    expect(isWorkingDay(d('2025-03-15'), PLAIN)).toBe(false);
    expect(isWorkingDay(d('2025-03-16'), PLAIN)).toBe(false);
  });

  it('rule R16: a listed holiday does not work, a listed make-up Sunday does (调休上班)', () => {
    expect(isWorkingDay(d('2025-01-01'))).toBe(false);
    expect(isWorkingDay(d('2025-01-26'))).toBe(true);
    expect(isWorkingDay(d('2025-01-01'), PLAIN)).toBe(true);
    expect(isWorkingDay(d('2025-01-26'), PLAIN)).toBe(false);
  });

  it('rule R16: the start day is never counted, and n = 0 gives it back', () => {
    expect(add('2025-03-10', 1)).toBe('2025-03-11');
    expect(add('2025-03-10', 0)).toBe('2025-03-10');
    expect(add('2025-03-15', 0)).toBe('2025-03-15');
    expect(add('2025-03-15', 1)).toBe('2025-03-17');
  });

  it('rule R16: 5 working days from a plain Friday end on the next Friday', () => {
    expect(add('2025-03-14', 5)).toBe('2025-03-21');
    expect(between('2025-03-14', '2025-03-21')).toBe(5);
  });

  it.each([
    // Friday before 春节 2025: Sun 26 Jan is worked, 28 Jan to 4 Feb off.
    ['2025-01-24', '2025-02-07'],
    // Friday before 国庆 2025: Sun 28 Sep is worked, 1 to 8 Oct off.
    ['2025-09-26', '2025-10-10'],
    // Friday before 清明 2026: 4 to 6 Apr off.
    ['2026-04-03', '2026-04-13'],
    // Friday before 春节 2026: Sat 14 Feb is worked, 15 to 23 Feb off.
    ['2026-02-13', '2026-02-27'],
    // Thursday before 劳动节 2026: 1 to 5 May off, Sat 9 May is worked.
    ['2026-04-30', '2026-05-11'],
  ])('rule R16: 5 working days after %s (before a holiday) end on %s', (from, deadline) => {
    expect(add(from, 5)).toBe(deadline);
    expect(between(from, deadline)).toBe(5);
  });

  it.each([
    // 28 Sep (Sun, worked) 29, 30 | 9, 10, 11 (Sat, worked) | 13–17 | 20–23 Oct
    ['2025-09-26', '2025-10-23'],
    // 8, 9, 10 (Sat, worked) | 12–16 | 19–23 | 26, 27 Oct
    ['2026-09-30', '2026-10-27'],
  ])('rule R16: 15 working days across 国庆 from %s end on %s', (from, deadline) => {
    expect(add(from, 15)).toBe(deadline);
    expect(between(from, deadline)).toBe(15);
  });

  it('rule R16: counts run after the start up to and including the end, negative backwards', () => {
    expect(between('2025-03-10', '2025-03-10')).toBe(0);
    expect(between('2025-03-10', '2025-03-14')).toBe(4);
    expect(between('2025-03-14', '2025-03-10')).toBe(-4);
    expect(between('2025-03-14', '2025-03-16')).toBe(0);
    expect(Object.is(between('2025-03-16', '2025-03-14'), 0)).toBe(true);
    expect(between('2025-03-17', '2025-03-14')).toBe(-1);
    expect(between('2025-09-30', '2025-10-08')).toBe(0);
    expect(between('2025-09-27', '2025-09-28')).toBe(1);
  });

  it('rule R16: counts span years and far beyond the listed holidays', () => {
    expect(between('2024-12-31', '2026-12-31')).toBe(496);
    expect(between('2030-01-06', '2030-01-13')).toBe(5);
    expect(between('1969-12-28', '1970-01-04')).toBe(5);
    expect(add('1969-12-26', 1)).toBe('1969-12-29');
  });

  it.each([
    [-1, 'rule R16: n must be a whole number of working days from 0 to 100000, got -1'],
    [1.5, 'rule R16: n must be a whole number of working days from 0 to 100000, got 1.5'],
    [MAX_WORKING_DAYS + 1, 'rule R16: n must be a whole number of working days from 0 to 100000'],
    [Number.NaN, 'rule R16: n must be a whole number of working days from 0 to 100000'],
  ])('rule R16: n = %p is refused', (n, message) => {
    expect(() => addWorkingDays(d('2025-03-10'), n)).toThrow(message);
  });

  it('rule R16: day numbers must be whole, and the calendar valid', () => {
    expect(() => isWorkingDay(1.5)).toThrow('rule R16: day must be a whole day number');
    expect(() => addWorkingDays(Number.NaN, 1)).toThrow(
      'rule R16: fromDay must be a whole day number',
    );
    expect(() => workingDaysBetween(0, '3' as unknown as number)).toThrow(
      'rule R16: toDay must be a whole day number',
    );
    const broken = { version: 'x', holidays: ['2025-13-01'], makeUpWorkdays: [] };
    expect(() => isWorkingDay(0, broken)).toThrow('rule R16: calendar.holidays[0] must be a date');
  });
});
