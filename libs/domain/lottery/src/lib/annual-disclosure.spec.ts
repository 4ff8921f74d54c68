import {
  annualReportDeadline,
  DEFAULT_DISCLOSURE_WARN_DAYS,
  disclosureStatus,
} from './annual-disclosure';

describe('rule R23: annual disclosure deadline', () => {
  it('rule R23: a year is reported by 30 June of the next year', () => {
    expect(annualReportDeadline(2026)).toBe('2027-06-30');
    expect(annualReportDeadline(1999)).toBe('2000-06-30');
  });

  it.each([[2026.5], [999], [9999], [Number.NaN], ['2026']])(
    'rule R23: %p is not a year',
    (year) => {
      expect(() => annualReportDeadline(year as number)).toThrow(
        'rule R23: year must be a four-digit year',
      );
    },
  );

  it('rule R23: the default warning starts 30 days before the deadline', () => {
    expect(DEFAULT_DISCLOSURE_WARN_DAYS).toBe(30);
  });

  it.each([
    ['2026-11-15', 'NOT_DUE', 227],
    ['2027-05-30', 'NOT_DUE', 31],
    ['2027-05-31', 'DUE_SOON', 30],
    ['2027-06-29', 'DUE_SOON', 1],
    ['2027-06-30', 'DUE_SOON', 0],
    ['2027-07-01', 'OVERDUE', -1],
    ['2028-01-01', 'OVERDUE', -185],
  ])('rule R23: for 2026, unpublished on %s is %s with %d days left', (today, status, daysLeft) => {
    expect(disclosureStatus({ year: 2026, today })).toEqual({
      status,
      year: 2026,
      deadline: '2027-06-30',
      daysLeft,
    });
  });

  it('rule R23: a Date for today is read on the China calendar', () => {
    expect(disclosureStatus({ year: 2026, today: new Date('2027-06-30T15:59:59Z') }).status).toBe(
      'DUE_SOON',
    );
    expect(disclosureStatus({ year: 2026, today: new Date('2027-06-30T16:00:00Z') })).toMatchObject(
      {
        status: 'OVERDUE',
        daysLeft: -1,
      },
    );
  });

  it('rule R23: the warning period is configurable', () => {
    expect(disclosureStatus({ year: 2026, today: '2027-06-20' }, 7).status).toBe('NOT_DUE');
    expect(disclosureStatus({ year: 2026, today: '2027-06-23' }, 7).status).toBe('DUE_SOON');
    expect(disclosureStatus({ year: 2026, today: '2027-06-29' }, 0).status).toBe('NOT_DUE');
    expect(disclosureStatus({ year: 2026, today: '2027-06-30' }, 0).status).toBe('DUE_SOON');
  });

  it('rule R23: a published report is PUBLISHED, on time or late', () => {
    expect(
      disclosureStatus({ year: 2026, today: '2027-08-01', publishedAt: '2027-06-30' }),
    ).toEqual({
      status: 'PUBLISHED',
      year: 2026,
      deadline: '2027-06-30',
      daysLeft: -32,
      publishedOn: '2027-06-30',
      late: false,
    });
    expect(
      disclosureStatus({
        year: 2026,
        today: '2027-08-01',
        publishedAt: new Date('2027-06-30T17:00:00Z'),
      }),
    ).toMatchObject({ status: 'PUBLISHED', publishedOn: '2027-07-01', late: true });
  });

  it.each([
    [{ year: 2026, today: '2027-02-30' }, 30, 'rule R23: today must be a date YYYY-MM-DD'],
    [{ year: 2026, today: '2027-06-01', publishedAt: 'soon' }, 30, 'rule R23: publishedAt must be'],
    [
      { year: 2026, today: '2027-06-01' },
      -1,
      'rule R23: warnDays must be a non-negative whole number',
    ],
    [{ year: 2026, today: '2027-06-01' }, 1.5, 'rule R23: warnDays'],
    [{ year: 26, today: '2027-06-01' }, 30, 'rule R23: year must be a four-digit year'],
  ])('rule R23: disclosureStatus(%p, %p) throws', (input, warnDays, message) => {
    expect(() => disclosureStatus(input, warnDays)).toThrow(message);
  });
});
