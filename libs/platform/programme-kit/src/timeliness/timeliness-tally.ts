import type { ProgrammeName, TimelinessStage } from '@civic/contracts';
import { beijingDaysBetween, beijingYearOf } from '@civic/domain/dashboards';
import { applyToTally, defineTally, type TallyDefinition } from '@civic/platform/tallies';
import type { EntityManager } from 'typeorm';

const DIMS = {
  street_code: 'text',
  year: 'int',
  programme: 'text',
  stage: 'text',
  days: 'int',
} as const;

export type TimelinessTallyDefinition = TallyDefinition<typeof DIMS, 'applications'>;

/** A programme's timeliness tally (timeliness-tally.entity.ts), in its schema. */
export function timelinessTally(schema: string): TimelinessTallyDefinition {
  return defineTally({
    table: `${schema}.timeliness_tally`,
    dims: DIMS,
    measures: ['applications'],
  });
}

/** One application's time, counted once: where it is, when it was submitted, when the step came. */
export interface TimelinessCount {
  stage: TimelinessStage;
  /** The applicant's street (R1), or UNKNOWN_STREET_CODE. */
  streetCode: string;
  submittedAt: Date;
  /** When it was decided, or its first payment settled. */
  at: Date;
}

/**
 * rule R16, rule R28: counts applications' times in the transaction that decides them or records
 * their first settled payment (one upsert for a whole batch of decisions), under the year they were
 * submitted and the Beijing calendar days they took.
 */
export function countTimeliness(
  manager: EntityManager,
  tally: TimelinessTallyDefinition,
  programme: ProgrammeName,
  counts: readonly TimelinessCount[],
): Promise<void> {
  return applyToTally(
    manager,
    tally,
    counts.map((c) => delta(programme, c)),
  );
}

/**
 * rule R28: an application's first settled payment, in the inbox transaction of a settlement:
 * `earliest` is when its other payments first settled (null: none had), `paidAt` when this one
 * did. Counted once, at the earliest settlement: a settlement that arrives late but settled
 * earlier moves the count to its day, so the tally always equals the minimum over the rows.
 */
export function countFirstPayment(
  manager: EntityManager,
  tally: TimelinessTallyDefinition,
  programme: ProgrammeName,
  application: { streetCode: string; submittedAt: Date },
  earliest: Date | null,
  paidAt: Date,
): Promise<void> {
  if (earliest && earliest.getTime() <= paidAt.getTime()) return Promise.resolve();
  const at = (when: Date): TimelinessCount => ({ stage: 'PAYMENT', ...application, at: when });
  return applyToTally(manager, tally, [
    ...(earliest ? [negatedDelta(programme, at(earliest))] : []),
    delta(programme, at(paidAt)),
  ]);
}

function delta(programme: ProgrammeName, c: TimelinessCount) {
  return {
    key: {
      street_code: c.streetCode,
      year: beijingYearOf(c.submittedAt),
      programme,
      stage: c.stage,
      days: beijingDaysBetween(c.submittedAt, c.at),
    },
    measures: { applications: 1 },
  };
}

function negatedDelta(programme: ProgrammeName, c: TimelinessCount) {
  return { ...delta(programme, c), measures: { applications: -1 } };
}

/**
 * The SQL of a day histogram's source or backfill, from a SELECT of the programme's raw rows with
 * columns `street_code`, `submitted_at`, `at` (timestamptz) and `stage`: the GROUP BY the tally
 * must equal, Beijing calendar days as countTimeliness counts them.
 */
export function timelinessGroupBy(programme: ProgrammeName, rows: string): string {
  if (!/^[a-z-]+$/.test(programme)) throw new Error(`not a programme: ${programme}`);
  return `
  SELECT street_code,
         EXTRACT(YEAR FROM submitted_at AT TIME ZONE 'Asia/Shanghai')::int AS year,
         '${programme}'::varchar AS programme, stage,
         greatest(0, (at AT TIME ZONE 'Asia/Shanghai')::date
                   - (submitted_at AT TIME ZONE 'Asia/Shanghai')::date)::int AS days,
         count(*)::int AS applications
    FROM (${rows}) AS timed
   GROUP BY 1, 2, 3, 4, 5`;
}
