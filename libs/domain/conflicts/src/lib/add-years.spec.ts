import { dateStringOfDay, dayOfDateString } from '@civic/domain/calendar';
import { addYears } from './add-years';

const plus = (date: string, years: number) =>
  dateStringOfDay(addYears(dayOfDateString(date, 'date'), years));

describe('rule R18: addYears', () => {
  it('rule R18: the same month and day, years later or earlier', () => {
    expect(plus('2023-03-15', 3)).toBe('2026-03-15');
    expect(plus('2023-12-31', 3)).toBe('2026-12-31');
    expect(plus('2026-03-15', -3)).toBe('2023-03-15');
    expect(plus('2026-03-15', 0)).toBe('2026-03-15');
  });

  it('rule R18: 29 February becomes 28 February in a year without one', () => {
    expect(plus('2024-02-29', 3)).toBe('2027-02-28');
    expect(plus('2024-02-29', 1)).toBe('2025-02-28');
    expect(plus('2024-02-29', 4)).toBe('2028-02-29');
    expect(plus('2096-02-29', 4)).toBe('2100-02-28'); // 2100 is not a leap year
    expect(plus('1996-02-29', 4)).toBe('2000-02-29'); // 2000 is
    expect(plus('2023-02-28', 1)).toBe('2024-02-28');
  });

  it('rule R18: bad input is refused naming the field', () => {
    expect(() => addYears(1.5, 3)).toThrow('rule R18: day must be a whole day number, got 1.5');
    expect(() => addYears(0, 2.5)).toThrow('rule R18: years must be a whole number, got 2.5');
    expect(() => addYears(0, 9000)).toThrow('outside the years 1000 to 9999');
    expect(() => addYears(1e9, 1)).toThrow('outside the years 1000 to 9999');
  });
});
