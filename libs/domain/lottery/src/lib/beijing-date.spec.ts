import {
  assertInstant,
  beijingDayOf,
  beijingMidnight,
  dateStringOfDay,
  dayOf,
  dayOfDateString,
} from './beijing-date';

describe('rule R23: China calendar dates (UTC+8)', () => {
  it('rule R23: an instant falls on its UTC+8 calendar day', () => {
    expect(dateStringOfDay(beijingDayOf(new Date('2026-06-30T15:59:59.999Z')))).toBe('2026-06-30');
    expect(dateStringOfDay(beijingDayOf(new Date('2026-06-30T16:00:00.000Z')))).toBe('2026-07-01');
    expect(dateStringOfDay(beijingDayOf(new Date('2026-01-01T00:00:00+08:00')))).toBe('2026-01-01');
  });

  it('rule R23: a day begins at 00:00 UTC+8', () => {
    expect(beijingMidnight(dayOfDateString('2026-03-10', 'd')).toISOString()).toBe(
      '2026-03-09T16:00:00.000Z',
    );
  });

  it('rule R23: date strings and day numbers convert both ways', () => {
    expect(dayOfDateString('1970-01-01', 'd')).toBe(0);
    expect(dayOfDateString('2028-02-29', 'd') - dayOfDateString('2028-02-28', 'd')).toBe(1);
    expect(dateStringOfDay(dayOfDateString('2027-12-31', 'd') + 1)).toBe('2028-01-01');
    expect(dayOf(new Date('2027-06-30T20:00:00Z'), 'today')).toBe(
      dayOfDateString('2027-07-01', 'd'),
    );
    expect(dayOf('2027-06-30', 'today')).toBe(dayOfDateString('2027-06-30', 'd'));
  });

  it.each([
    ['2027-02-29'],
    ['2027-13-01'],
    ['2027-6-30'],
    ['2027-06-30T00:00:00Z'],
    [''],
    [20270630],
  ])('rule R23: %p is not a date', (value) => {
    expect(() => dayOfDateString(value, 'today')).toThrow(
      'rule R23: today must be a date YYYY-MM-DD',
    );
  });

  it.each([[new Date('nope')], ['2026-01-01'], [undefined], [0]])(
    'rule R23: %p is not an instant',
    (value) => {
      expect(() => assertInstant(value, 'now')).toThrow('rule R23: now must be a valid Date');
    },
  );
});
