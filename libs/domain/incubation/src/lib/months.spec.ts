import { dateStringOfDay, dayOfDateString } from '@civic/domain/calendar';
import { addMonths, monthsBetween } from './months';

const d = (date: string) => dayOfDateString(date, 'd', 'R16');
const plus = (date: string, months: number) => dateStringOfDay(addMonths(d(date), months));

describe('rule R16: calendar months on the China calendar', () => {
  it.each([
    ['2026-10-15', 12, '2027-10-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2027-01-15', -13, '2025-12-15'],
    ['2026-05-20', 0, '2026-05-20'],
  ])('rule R16: %s + %p months is %s', (from, months, to) => {
    expect(plus(from, months)).toBe(to);
  });

  it.each([
    ['2026-10-15', '2027-10-15', 12],
    ['2026-10-15', '2027-10-14', 11],
    ['2026-10-15', '2026-11-14', 0],
    ['2026-10-15', '2026-11-15', 1],
    ['2026-01-31', '2026-02-27', 0],
    ['2026-01-31', '2026-02-28', 1],
    ['2026-01-31', '2026-03-30', 1],
    ['2026-01-31', '2026-03-31', 2],
    ['2026-02-28', '2026-03-28', 1],
    ['2026-05-20', '2026-05-20', 0],
    ['2027-10-15', '2026-10-15', -12],
    ['2026-11-14', '2026-10-15', 0],
  ])('rule R16: from %s to %s is %p whole months', (from, to, months) => {
    expect(monthsBetween(d(from), d(to))).toBe(months);
  });

  it('rule R16: never -0', () => {
    expect(Object.is(monthsBetween(d('2026-11-14'), d('2026-10-15')), 0)).toBe(true);
  });

  it('rule R16: bad days and month counts are refused', () => {
    expect(() => monthsBetween(1.5, 0)).toThrow('rule R16: fromDay must be a whole day number');
    expect(() => monthsBetween(0, Number.NaN)).toThrow(
      'rule R16: toDay must be a whole day number',
    );
    expect(() => addMonths(0, 1.5)).toThrow('rule R16: months must be a whole number, got 1.5');
    expect(() => addMonths(Infinity, 1)).toThrow('rule R16: day must be a whole day number');
  });
});
