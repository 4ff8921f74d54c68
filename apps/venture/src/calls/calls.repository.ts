import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** How many proposals a call drew: all of them, those submitted (not drafts), those awarded. */
export interface CallProposalCounts {
  call_id: string;
  all: number;
  submitted: number;
  awarded: number;
}

/** The calls feature's SQL. */
@Injectable()
export class CallsRepository {
  /** Proposal counts of some calls, one row per call that has any. */
  proposalCounts(manager: EntityManager, callIds: string[]): Promise<CallProposalCounts[]> {
    return manager.query(
      `SELECT call_id, count(*)::int AS all,
              (count(*) FILTER (WHERE status <> 'DRAFT'))::int AS submitted,
              (count(*) FILTER (WHERE status = 'AWARDED'))::int AS awarded
         FROM "venture".proposal WHERE call_id = ANY($1) GROUP BY call_id`,
      [callIds],
    );
  }
}
