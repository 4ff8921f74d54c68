import fc from 'fast-check';
import { beijingTimeText, beijingYearOf, yearOfDate } from './dashboard-year';
import { COHORT_OUTCOMES, cohortOutcomeDelta, noCohortOutcomes } from './cohort-outcomes';

type Change = Parameters<typeof cohortOutcomeDelta>[0];

describe('cohort outcomes as the cohort tally counts them (rule R16)', () => {
  it('rule R16: starts at zero for every outcome', () => {
    expect(Object.values(noCohortOutcomes())).toEqual(COHORT_OUTCOMES.map(() => 0));
  });

  it('rule R16 (property): any lawful history keeps admitted = active + graduated + exited and decided ≤ applied', () => {
    // Each applicant: submitted, then perhaps decided, then (if admitted) perhaps left.
    const applicant = fc.record({
      decided: fc.constantFrom(null, 'ADMITTED', 'WAITLISTED', 'REJECTED'),
      left: fc.constantFrom(null, 'GRADUATED', 'EXITED'),
    });
    fc.assert(
      fc.property(fc.array(applicant, { maxLength: 60 }), (applicants) => {
        const counts = noCohortOutcomes();
        const apply = (change: Change) => {
          for (const [k, v] of Object.entries(cohortOutcomeDelta(change))) {
            counts[k as keyof typeof counts] += v;
          }
        };
        for (const a of applicants) {
          apply('SUBMITTED');
          if (a.decided) apply(a.decided as Change);
          if (a.decided === 'ADMITTED' && a.left) apply(a.left as Change);
        }
        expect(counts.admitted).toBe(counts.active + counts.graduated + counts.exited);
        expect(counts.admitted + counts.waitlisted + counts.rejected).toBeLessThanOrEqual(
          counts.applied,
        );
        expect(counts.applied).toBe(applicants.length);
        for (const outcome of COHORT_OUTCOMES) expect(counts[outcome]).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('dashboard years in China time (rules R16, R23)', () => {
  it('rule R23: an instant late on 31 December UTC is already next year in Beijing', () => {
    expect(beijingYearOf(new Date('2025-12-31T15:59:59Z'))).toBe(2025);
    expect(beijingYearOf(new Date('2025-12-31T16:00:00Z'))).toBe(2026);
  });

  it('rule R23: an export names its time in Beijing time', () => {
    expect(beijingTimeText(new Date('2026-12-07T09:30:05.123Z'))).toBe('2026-12-07 17:30:05');
    expect(beijingTimeText(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01 00:00:00');
    expect(() => beijingTimeText(new Date('nope'))).toThrow(/valid Date/);
  });

  it('rule R16: the year of a calendar date; refuses anything else', () => {
    expect(yearOfDate('2026-07-01')).toBe(2026);
    expect(() => yearOfDate('2026-7-1')).toThrow(/YYYY-MM-DD/);
  });
});
