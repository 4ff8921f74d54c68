import { assertWorkingCalendar, calendarDays, WorkingCalendar } from './working-calendar';

const calendar = (over: Partial<WorkingCalendar> = {}): WorkingCalendar => ({
  version: 'test',
  holidays: ['2025-01-01'],
  makeUpWorkdays: ['2025-01-26'],
  ...over,
});

describe('rule R16: working calendar data', () => {
  it('rule R16: a calendar of holidays and weekend make-up working days is accepted', () => {
    expect(() => assertWorkingCalendar(calendar())).not.toThrow();
    expect(() =>
      assertWorkingCalendar(calendar({ holidays: [], makeUpWorkdays: [] })),
    ).not.toThrow();
  });

  it('rule R16: a holiday may fall on a weekend (the notice lists whole breaks)', () => {
    expect(() => assertWorkingCalendar(calendar({ holidays: ['2025-02-01'] }))).not.toThrow();
  });

  it.each([
    [{ version: '' }, 'rule R16: calendar.version must be a non-empty string'],
    [{ version: '  ' }, 'rule R16: calendar.version must be a non-empty string'],
    [{ version: 2026 }, 'rule R16: calendar.version must be a non-empty string'],
    [
      { holidays: '2025-01-01' },
      'rule R16: calendar.holidays must be an array of dates YYYY-MM-DD',
    ],
    [{ makeUpWorkdays: undefined }, 'rule R16: calendar.makeUpWorkdays must be an array of dates'],
    [{ holidays: ['2025-1-1'] }, 'rule R16: calendar.holidays[0] must be a date YYYY-MM-DD'],
    [{ holidays: ['2025-02-29'] }, 'rule R16: calendar.holidays[0] must be a date YYYY-MM-DD'],
    [
      { makeUpWorkdays: ['2025-01-26', 20250208] },
      'rule R16: calendar.makeUpWorkdays[1] must be a date YYYY-MM-DD',
    ],
    [
      { holidays: ['2025-01-01', '2025-01-01'] },
      'rule R16: calendar.holidays lists 2025-01-01 twice',
    ],
    [
      { makeUpWorkdays: ['2025-01-27'] },
      'rule R16: calendar.makeUpWorkdays[0] 2025-01-27 is a Monday, a working day already',
    ],
    [
      { holidays: ['2025-01-26'], makeUpWorkdays: ['2025-01-26'] },
      'rule R16: 2025-01-26 is both a holiday and a make-up working day',
    ],
  ])('rule R16: %p is refused', (over, message) => {
    expect(() => assertWorkingCalendar(calendar(over as Partial<WorkingCalendar>))).toThrow(
      message,
    );
  });

  it('rule R16: a missing calendar is refused', () => {
    expect(() => assertWorkingCalendar(undefined as unknown as WorkingCalendar)).toThrow(
      'rule R16: calendar.version must be a non-empty string',
    );
  });

  it('rule R16: a frozen calendar is read once; an editable one is read again each time', () => {
    const frozen = Object.freeze({
      version: 'f',
      holidays: Object.freeze(['2025-01-01']),
      makeUpWorkdays: Object.freeze([]),
    });
    expect(calendarDays(frozen)).toBe(calendarDays(frozen));
    const editable = calendar();
    const before = calendarDays(editable);
    (editable.holidays as string[]).push('2025-01-02');
    const after = calendarDays(editable);
    expect(before.holidays.size).toBe(1);
    expect(after.holidays.size).toBe(2);
  });
});
