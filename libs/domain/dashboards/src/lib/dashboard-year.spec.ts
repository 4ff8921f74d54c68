import { beijingDaysBetween, beijingYearOf } from './dashboard-year';

describe('Beijing calendar days and years (issue #18)', () => {
  it('rule R16: counts calendar days in China time, not 24-hour spans', () => {
    // 23:30 on the 3rd to 00:30 on the 4th, Beijing time: one calendar day, one hour apart.
    expect(
      beijingDaysBetween(new Date('2026-03-03T15:30:00Z'), new Date('2026-03-03T16:30:00Z')),
    ).toBe(1);
    // 00:30 to 23:30 on the same Beijing day: none.
    expect(
      beijingDaysBetween(new Date('2026-03-02T16:30:00Z'), new Date('2026-03-03T15:30:00Z')),
    ).toBe(0);
    expect(
      beijingDaysBetween(new Date('2026-02-27T02:00:00Z'), new Date('2026-03-02T02:00:00Z')),
    ).toBe(3);
  });

  it('rule R28: a later instant reading earlier (clocks apart) counts 0, never a negative day', () => {
    expect(
      beijingDaysBetween(new Date('2026-03-05T02:00:00Z'), new Date('2026-03-01T02:00:00Z')),
    ).toBe(0);
  });

  it('rule R16: refuses something that is not an instant, naming it', () => {
    expect(() => beijingDaysBetween(new Date('x'), new Date())).toThrow(/from/);
  });

  it('rule R23: the year is China’s: 16:30 UTC on 31 December is already the next year', () => {
    expect(beijingYearOf(new Date('2025-12-31T16:30:00Z'))).toBe(2026);
  });
});
