import type { Cohort } from './cohort.entity';
import { cohortPhase } from './cohort-phase';

function cohort(changes: Partial<Cohort> = {}): Cohort {
  return {
    windowOpensOn: '2026-03-01',
    windowClosesOn: '2026-03-31',
    closedEarlyOn: null,
    decidedAt: null,
    ...changes,
  } as Cohort;
}

/** Noon in Beijing (UTC+8) on a calendar day. */
const on = (day: string) => new Date(`${day}T12:00:00+08:00`);

describe("a cohort's phase (rule R16)", () => {
  it('is upcoming before its window, open through its last day, closed after', () => {
    expect(cohortPhase(cohort(), on('2026-02-28'))).toBe('UPCOMING');
    expect(cohortPhase(cohort(), on('2026-03-01'))).toBe('OPEN');
    expect(cohortPhase(cohort(), on('2026-03-31'))).toBe('OPEN');
    expect(cohortPhase(cohort(), on('2026-04-01'))).toBe('CLOSED');
  });

  it('is closed from the day staff closed it early, and decided once answered', () => {
    expect(cohortPhase(cohort({ closedEarlyOn: '2026-03-15' }), on('2026-03-15'))).toBe('CLOSED');
    expect(cohortPhase(cohort({ decidedAt: on('2026-04-02') }), on('2026-03-10'))).toBe('DECIDED');
  });
});
