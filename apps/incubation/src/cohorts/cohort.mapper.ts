import type { CohortView } from '@civic/contracts';
import { dateStringOfDay, dayOfDateString } from '@civic/domain/calendar';
import { addMonths } from '@civic/domain/incubation';
import { type EntityManager, In } from 'typeorm';
import { IncubationBase } from '../bases/base.entity';
import type { Cohort } from './cohort.entity';
import { answersDeadline, cohortPhase } from './cohort-phase';

interface Counts {
  cohort_id: string;
  applications: number;
  admitted: number;
  waitlisted: number;
  rejected: number;
}

/** Cohorts as their board shows them: phase, answer deadline (R16) and counts. */
export async function cohortViews(
  manager: EntityManager,
  cohorts: Cohort[],
  now: Date,
): Promise<CohortView[]> {
  if (cohorts.length === 0) return [];
  const ids = cohorts.map((c) => c.id);
  const bases = await manager.findBy(IncubationBase, { id: In(cohorts.map((c) => c.baseId)) });
  const counts: Counts[] = await manager.query(
    `SELECT cohort_id,
            count(*)::int AS applications,
            (count(*) FILTER (WHERE status = 'ADMITTED'))::int AS admitted,
            (count(*) FILTER (WHERE status = 'WAITLISTED'))::int AS waitlisted,
            (count(*) FILTER (WHERE status = 'REJECTED'))::int AS rejected
       FROM "incubation".admission_application WHERE cohort_id = ANY($1) GROUP BY cohort_id`,
    [ids],
  );
  const inKind = await inKindByCohort(manager, ids);
  return cohorts.map((c) => {
    const n = counts.find((row) => row.cohort_id === c.id);
    return {
      id: c.id,
      baseId: c.baseId,
      baseName: bases.find((b) => b.id === c.baseId)?.name ?? '',
      name: c.name,
      capacity: c.capacity,
      windowOpensOn: c.windowOpensOn,
      windowClosesOn: c.closedEarlyOn ?? c.windowClosesOn,
      startsOn: c.startsOn,
      endsOn: termEnd(c.startsOn, c.termMonths),
      termMonths: c.termMonths,
      ruralReservePercent: c.ruralReservePercent,
      support: c.support,
      graduationCriteria: c.graduationCriteria,
      ...(c.eligibleCategories ? { eligibleCategories: c.eligibleCategories } : {}),
      phase: cohortPhase(c, now),
      answers: answersDeadline(c, now),
      counts: {
        applications: n?.applications ?? 0,
        admitted: n?.admitted ?? 0,
        waitlisted: n?.waitlisted ?? 0,
        rejected: n?.rejected ?? 0,
        inKindFen: inKind.get(c.id) ?? 0,
      },
    };
  });
}

/** In-kind support recorded per cohort, fen (R16). */
async function inKindByCohort(manager: EntityManager, ids: string[]): Promise<Map<string, number>> {
  const rows: { cohort_id: string; fen: string }[] = await manager.query(
    `SELECT cohort_id, sum(value_fen)::text AS fen FROM "incubation".in_kind_support
      WHERE cohort_id = ANY($1) GROUP BY cohort_id`,
    [ids],
  );
  return new Map(rows.map((r) => [r.cohort_id, Number(r.fen)]));
}

/** The last day of a term of `months` starting on `startsOn` (R16). */
function termEnd(startsOn: string, months: number): string {
  return dateStringOfDay(addMonths(dayOfDateString(startsOn, 'startsOn'), months) - 1);
}
