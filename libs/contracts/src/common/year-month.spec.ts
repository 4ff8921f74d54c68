import { CALENDAR_DATE } from './year-month';

/** Issue #15: a date that does not exist answered 500 (Postgres refused it); now a 400. */
describe('CALENDAR_DATE', () => {
  it.each([
    '2026-01-31',
    '2026-02-28',
    '2024-02-29',
    '2000-02-29',
    '2026-04-30',
    '0001-01-01',
    '9999-12-31',
  ])('takes %s, a day that exists', (date) => expect(CALENDAR_DATE.test(date)).toBe(true));

  it.each([
    '2026-02-29',
    '1900-02-29',
    '2100-02-29',
    '2026-02-30',
    '2026-04-31',
    '2026-06-31',
    '2026-13-01',
    '2026-00-10',
    '0000-01-01',
    '2026-1-01',
    '2026-01-01T00:00',
  ])('refuses %s', (date) => expect(CALENDAR_DATE.test(date)).toBe(false));

  it('agrees with the Gregorian calendar on every day of the years that test leap rules', () => {
    for (const year of [1, 4, 100, 400, 1900, 2000, 2024, 2026, 2100, 9999])
      for (let month = 1; month <= 12; month += 1)
        for (let day = 1; day <= 31; day += 1) {
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const real = new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
          expect([text, CALENDAR_DATE.test(text)]).toEqual([text, real]);
        }
  });
});
