import {
  assertDay,
  assertInstant,
  beijingDayOf,
  beijingMidnight,
  dateStringOfDay,
  dayOf,
  dayOfDateString,
  isoWeekdayOf,
} from './beijing-date';

const d = (value: string) => dayOfDateString(value, 'd', 'R16');

describe('rule R16 / R23: China calendar dates (UTC+8)', () => {
  it('rule R23: an instant falls on its UTC+8 calendar day', () => {
    const day = (iso: string) => dateStringOfDay(beijingDayOf(new Date(iso), 'at', 'R23'));
    expect(day('2026-06-30T15:59:59.999Z')).toBe('2026-06-30');
    expect(day('2026-06-30T16:00:00.000Z')).toBe('2026-07-01');
    expect(day('2026-01-01T00:00:00+08:00')).toBe('2026-01-01');
  });

  it('rule R23: a day begins at 00:00 UTC+8', () => {
    expect(beijingMidnight(d('2026-03-10')).toISOString()).toBe('2026-03-09T16:00:00.000Z');
  });

  it('rule R23: date strings and day numbers convert both ways', () => {
    expect(d('1970-01-01')).toBe(0);
    expect(d('1969-12-31')).toBe(-1);
    expect(d('2028-02-29') - d('2028-02-28')).toBe(1);
    expect(dateStringOfDay(d('2027-12-31') + 1)).toBe('2028-01-01');
    expect(dayOf(new Date('2027-06-30T20:00:00Z'), 'today', 'R23')).toBe(d('2027-07-01'));
    expect(dayOf('2027-06-30', 'today', 'R23')).toBe(d('2027-06-30'));
  });

  it.each([
    ['2027-02-29'],
    ['2027-13-01'],
    ['2027-6-30'],
    ['2027-06-30T00:00:00Z'],
    [''],
    [20270630],
  ])('rule R23: %p is not a date', (value) => {
    expect(() => dayOfDateString(value, 'today', 'R23')).toThrow(
      'rule R23: today must be a date YYYY-MM-DD',
    );
  });

  it('rule R16: without a rule id the error names the field alone; the instant field defaults', () => {
    expect(() => dayOfDateString('2026-9-1', 'windowClosesOn')).toThrow(
      new RangeError('windowClosesOn must be a date YYYY-MM-DD, got 2026-9-1'),
    );
    expect(() => beijingDayOf(new Date('x'))).toThrow(
      new RangeError('instant must be a valid Date, got Invalid Date'),
    );
    expect(beijingDayOf(new Date('2026-01-01T00:00:00+08:00'))).toBe(d('2026-01-01'));
    expect(dayOf('2026-01-01', 'today')).toBe(d('2026-01-01'));
    expect(() => assertDay(0.5, 'day')).toThrow(
      new RangeError('day must be a whole day number, got 0.5'),
    );
  });

  it('rule R16: the error cites the rule its caller enforces', () => {
    expect(() => dayOfDateString('2026-02-30', 'holidays[3]', 'R16')).toThrow(
      new RangeError('rule R16: holidays[3] must be a date YYYY-MM-DD, got 2026-02-30'),
    );
    expect(() => dayOf('tomorrow', 'windowClosesOn', 'R16')).toThrow(
      'rule R16: windowClosesOn must be a date YYYY-MM-DD',
    );
  });

  it.each([[new Date('nope')], ['2026-01-01'], [undefined], [0]])(
    'rule R23: %p is not an instant',
    (value) => {
      expect(() => assertInstant(value, 'now', 'R23')).toThrow(
        'rule R23: now must be a valid Date',
      );
      expect(() => beijingDayOf(value as Date, 'now', 'R16')).toThrow(
        'rule R16: now must be a valid Date',
      );
    },
  );

  it.each([[1.5], [Number.NaN], [Infinity], ['20000'], [undefined], [2 ** 53]])(
    'rule R16: %p is not a day number',
    (value) => {
      expect(() => assertDay(value, 'fromDay', 'R16')).toThrow(
        'rule R16: fromDay must be a whole day number',
      );
    },
  );

  it('rule R16: whole day numbers, negative ones included, are days', () => {
    for (const value of [0, -1, 20_000, -20_000]) {
      expect(() => assertDay(value, 'day', 'R16')).not.toThrow();
    }
  });

  it.each([
    ['1970-01-01', 4],
    ['1969-12-28', 7],
    ['2025-01-26', 7],
    ['2025-10-11', 6],
    ['2026-02-13', 5],
    ['2026-10-12', 1],
    ['2027-01-01', 5],
  ])('rule R16: %s is ISO weekday %p', (date, weekday) => {
    expect(isoWeekdayOf(d(date))).toBe(weekday);
  });
});
