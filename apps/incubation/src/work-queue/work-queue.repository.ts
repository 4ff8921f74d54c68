import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { Cohort } from '../cohorts/cohort.entity';

/** How many cohorts one kind of work lists at most: the home page stays short. */
export const WORK_GROUPS = 20;

/** One cohort's work of one kind. */
export interface CohortTally {
  cohortId: string;
  name: string;
  count: number;
  oldest: Date | null;
  /** The earliest day it is due, `YYYY-MM-DD` (China calendar). */
  dueOn: string | null;
}

/**
 * Incubation's work-queue tallies (issue #18), grouped by cohort and bounded to WORK_GROUPS rows:
 * admissions through (cohort, status), incubatees whose space is still out through the partial
 * index incubatee_space_due; cohorts are few per base.
 */
@Injectable()
export class IncubationWorkRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * rule R16: cohorts whose window closed (on its last day, or early) and are not decided, with
   * their applications still unanswered; `baseId` narrows to one base.
   */
  async unanswered(
    baseId: string | null,
    today: string,
  ): Promise<{ cohort: Cohort; tally: CohortTally }[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT c.id AS cohort_id, c.name, count(*)::int AS count, min(a.submitted_at) AS oldest
         FROM "incubation".cohort c
         JOIN "incubation".admission_application a
           ON a.cohort_id = c.id AND a.status = 'SUBMITTED'
        WHERE c.decided_at IS NULL
          AND (c.closed_early_on IS NOT NULL OR c.window_closes_on < $2::date)
          AND ($1::uuid IS NULL OR c.base_id = $1::uuid)
        GROUP BY c.id, c.name
        ORDER BY oldest, c.id LIMIT ${WORK_GROUPS}`,
      [baseId, today],
    );
    const cohorts = await this.dataSource.manager.findBy(Cohort, {
      id: In(rows.map((r) => r.cohort_id as string)),
    });
    return rows.map((r) => ({
      cohort: cohorts.find((c) => c.id === r.cohort_id)!,
      tally: tally(r),
    }));
  }

  /**
   * rule R16: incubatees that left and have not handed their space back yet, by cohort, for
   * `baseId` (null: every base) or one `organizationId`.
   */
  async spacesOut(scope: {
    baseId?: string | null;
    organizationId?: string;
  }): Promise<CohortTally[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT c.id AS cohort_id, c.name, count(*)::int AS count,
              min(i.space_return_due)::text AS due_on, NULL::timestamptz AS oldest
         FROM "incubation".incubatee i
         JOIN "incubation".cohort c ON c.id = i.cohort_id
        WHERE i.space_return_due IS NOT NULL AND i.space_returned_on IS NULL
          AND ($1::uuid IS NULL OR i.base_id = $1::uuid)
          AND ($2::uuid IS NULL OR i.organization_id = $2::uuid)
        GROUP BY c.id, c.name
        ORDER BY due_on, c.id LIMIT ${WORK_GROUPS}`,
      [scope.baseId ?? null, scope.organizationId ?? null],
    );
    return rows.map(tally);
  }
}

function tally(r: Record<string, unknown>): CohortTally {
  return {
    cohortId: r.cohort_id as string,
    name: r.name as string,
    count: r.count as number,
    oldest: (r.oldest as Date | null) ?? null,
    dueOn: (r.due_on as string | null | undefined) ?? null,
  };
}
