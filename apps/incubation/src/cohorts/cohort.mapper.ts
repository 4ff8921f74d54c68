import type { CohortView } from '@civic/contracts';
import { dateStringOfDay, dayOfDateString, type WorkingCalendar } from '@civic/domain/calendar';
import { addMonths } from '@civic/domain/incubation';
import type { Cohort } from './cohort.entity';
import { answersDeadline, cohortPhase } from './cohort-phase';
import type { CohortFacts } from './cohorts.repository';

/** A cohort as its board shows it: phase, answer deadline (R16) and counts. */
export function cohortView(
  c: Cohort,
  facts: CohortFacts,
  now: Date,
  calendar?: WorkingCalendar,
): CohortView {
  const n = facts.counts.find((row) => row.cohort_id === c.id);
  return {
    id: c.id,
    baseId: c.baseId,
    baseName: facts.bases.find((b) => b.id === c.baseId)?.name ?? '',
    name: c.name,
    capacity: c.capacity,
    windowOpensOn: c.windowOpensOn,
    windowClosesOn: c.closedEarlyOn ?? c.windowClosesOn,
    startsOn: c.startsOn,
    endsOn: termEnd(c.startsOn, c.termMonths),
    termMonths: c.termMonths,
    ruralReservePercent: c.ruralReservePercent,
    policyVersion: c.policyVersion,
    support: c.support,
    graduationCriteria: c.graduationCriteria,
    ...(c.eligibleCategories ? { eligibleCategories: c.eligibleCategories } : {}),
    phase: cohortPhase(c, now),
    answers: answersDeadline(c, now, calendar),
    counts: {
      applications: n?.applications ?? 0,
      admitted: n?.admitted ?? 0,
      waitlisted: n?.waitlisted ?? 0,
      rejected: n?.rejected ?? 0,
      inKindFen: facts.inKind.get(c.id) ?? 0,
    },
    ...(c.form ? { form: { version: c.formVersion, schema: c.form } } : {}),
  };
}

/** The last day of a term of `months` starting on `startsOn` (R16). */
function termEnd(startsOn: string, months: number): string {
  return dateStringOfDay(addMonths(dayOfDateString(startsOn, 'startsOn'), months) - 1);
}
