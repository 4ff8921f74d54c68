import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { IncubationBase } from '../bases/base.entity';
import type { Cohort } from './cohort.entity';

/** How a cohort's applications stand. */
export interface CohortCounts {
  cohort_id: string;
  applications: number;
  admitted: number;
  waitlisted: number;
  rejected: number;
}

/** What the cohort board shows beside the cohorts themselves. */
export interface CohortFacts {
  bases: IncubationBase[];
  counts: CohortCounts[];
  /** In-kind support recorded per cohort, fen (R16). */
  inKind: Map<string, number>;
}

/** The cohorts feature's SQL. */
@Injectable()
export class CohortsRepository {
  /** The bases, application counts and in-kind support of some cohorts. */
  async facts(manager: EntityManager, cohorts: Cohort[]): Promise<CohortFacts> {
    const ids = cohorts.map((c) => c.id);
    const bases = await manager.findBy(IncubationBase, { id: In(cohorts.map((c) => c.baseId)) });
    const counts = await this.applicationCounts(manager, ids);
    const inKind = await this.inKindByCohort(manager, ids);
    return { bases, counts, inKind };
  }

  applicationCounts(manager: EntityManager, ids: string[]): Promise<CohortCounts[]> {
    return manager.query(
      `SELECT cohort_id,
              count(*)::int AS applications,
              (count(*) FILTER (WHERE status = 'ADMITTED'))::int AS admitted,
              (count(*) FILTER (WHERE status = 'WAITLISTED'))::int AS waitlisted,
              (count(*) FILTER (WHERE status = 'REJECTED'))::int AS rejected
         FROM "incubation".admission_application WHERE cohort_id = ANY($1) GROUP BY cohort_id`,
      [ids],
    );
  }

  /** In-kind support recorded per cohort, fen (R16). */
  async inKindByCohort(manager: EntityManager, ids: string[]): Promise<Map<string, number>> {
    const rows: { cohort_id: string; fen: string }[] = await manager.query(
      `SELECT cohort_id, sum(value_fen)::text AS fen FROM "incubation".in_kind_support
        WHERE cohort_id = ANY($1) GROUP BY cohort_id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.cohort_id, Number(r.fen)]));
  }
}
