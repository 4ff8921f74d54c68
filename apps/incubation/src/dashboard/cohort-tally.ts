import {
  type CohortOutcome,
  cohortOutcomeDelta,
  COHORT_OUTCOMES,
  DIVISION_CODE_LENGTH,
  yearOfDate,
} from '@civic/domain/dashboards';
import { applyToTally, defineTally, type TallyDelta, type TallyKey } from '@civic/platform/tallies';
import type { EntityManager } from 'typeorm';
import { AdmissionApplication } from '../admissions/admission.entity';
import type { Cohort } from '../cohorts/cohort.entity';
import type { Incubatee } from '../incubatees/incubatee.entity';

/** The cohort tally's columns (cohort-tally.entity.ts), as the tally helper writes them. */
export const COHORT_TALLY = defineTally({
  table: 'incubation.cohort_tally',
  dims: { street_code: 'text', cohort_year: 'int', base_id: 'text', cohort_id: 'text' },
  measures: COHORT_OUTCOMES,
});

/** Its roll-up to the applicants' city, for the province's view. */
export const COHORT_CITY_TALLY = defineTally({
  table: 'incubation.cohort_city_tally',
  dims: { city_code: 'text', cohort_year: 'int', base_id: 'text', cohort_id: 'text' },
  measures: COHORT_OUTCOMES,
});

export type CohortTallyKey = TallyKey<typeof COHORT_TALLY.dims>;

/**
 * The GROUP BY of the raw rows the tally must equal (its migration backfilled from the same): the
 * consistency check of the tests, and the source to rebuild it from. An incubation record has its
 * admission's id (R16). `area` is the applicant's street, or its first `length` digits.
 */
export function cohortTallySource(area: 'street_code' | 'city_code'): string {
  const length = area === 'street_code' ? DIVISION_CODE_LENGTH.STREET : DIVISION_CODE_LENGTH.CITY;
  return `
  SELECT left(a.street_code, ${length}) AS ${area},
         EXTRACT(YEAR FROM c.starts_on)::int AS cohort_year, c.base_id, a.cohort_id,
         count(*)::int AS applied,
         (count(*) FILTER (WHERE a.status = 'ADMITTED'))::int AS admitted,
         (count(*) FILTER (WHERE a.status = 'WAITLISTED'))::int AS waitlisted,
         (count(*) FILTER (WHERE a.status = 'REJECTED'))::int AS rejected,
         (count(i.id) FILTER (WHERE i.status = 'ACTIVE'))::int AS active,
         (count(i.id) FILTER (WHERE i.status = 'GRADUATED'))::int AS graduated,
         (count(i.id) FILTER (WHERE i.status = 'EXITED'))::int AS exited
    FROM incubation.admission_application a
    JOIN incubation.cohort c ON c.id = a.cohort_id
    LEFT JOIN incubation.incubatee i ON i.id = a.id
   GROUP BY 1, 2, 3, 4`;
}

/** Where an application is counted: its street, and its cohort (with base and starting year). */
export function cohortKeyOf(
  cohort: Pick<Cohort, 'id' | 'baseId' | 'startsOn'>,
  application: Pick<AdmissionApplication, 'streetCode'>,
): CohortTallyKey {
  return {
    street_code: application.streetCode,
    cohort_year: yearOfDate(cohort.startsOn),
    base_id: cohort.baseId,
    cohort_id: cohort.id,
  };
}

/** Deltas to both tallies: by street, and rolled up to the city. */
async function applyToCohortTallies(
  manager: EntityManager,
  deltas: TallyDelta<typeof COHORT_TALLY.dims, CohortOutcome>[],
): Promise<void> {
  await applyToTally(manager, COHORT_TALLY, deltas);
  await applyToTally(
    manager,
    COHORT_CITY_TALLY,
    deltas.map(({ key: { street_code, ...rest }, measures }) => ({
      key: { city_code: street_code.slice(0, DIVISION_CODE_LENGTH.CITY), ...rest },
      measures,
    })),
  );
}

/**
 * Applications submitted or decided (R16), counted in the transaction that stores them: one
 * upsert per tally for a whole cohort's decisions.
 */
export function countApplications(
  manager: EntityManager,
  cohort: Cohort,
  changes: readonly {
    application: AdmissionApplication;
    change: 'SUBMITTED' | 'ADMITTED' | 'WAITLISTED' | 'REJECTED';
  }[],
): Promise<void> {
  return applyToCohortTallies(
    manager,
    changes.map(({ application, change }) => ({
      key: cohortKeyOf(cohort, application),
      measures: cohortOutcomeDelta(change),
    })),
  );
}

/** An incubatee graduated (出壳) or exited (R16), counted in the transaction that records it. */
export async function countLeft(
  manager: EntityManager,
  cohort: Cohort,
  incubatee: Incubatee,
  change: 'GRADUATED' | 'EXITED',
): Promise<void> {
  const application = await manager.findOneOrFail(AdmissionApplication, {
    where: { id: incubatee.id },
    select: { id: true, streetCode: true },
  });
  await applyToCohortTallies(manager, [
    { key: cohortKeyOf(cohort, application), measures: cohortOutcomeDelta(change) },
  ]);
}
