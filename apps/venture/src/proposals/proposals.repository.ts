import { proposalStatus } from '@civic/domain/venture';
import { updatedRows } from '@civic/platform/database';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The proposals feature's SQL. */
@Injectable()
export class ProposalsRepository {
  /**
   * Submits drafts by the database clock, each only before its call's deadline (R17), in the
   * caller's transaction: one statement, the clock read row by row. Returns when each submitted
   * draft was submitted; a draft missing from the answer was not submitted.
   */
  async submitManyBefore(
    manager: EntityManager,
    drafts: { id: string; deadline: Date }[],
  ): Promise<Map<string, Date>> {
    if (drafts.length === 0) return new Map();
    const rows = await updatedRows<{ id: string; submitted_at: Date }>(
      manager,
      `UPDATE "venture".proposal p SET status = $3, submitted_at = clock_timestamp()
         FROM unnest($1::uuid[], $2::timestamptz[]) AS d(id, deadline)
        WHERE p.id = d.id AND p.status = ANY($4) AND clock_timestamp() < d.deadline
        RETURNING p.id, p.submitted_at`,
      [
        drafts.map((d) => d.id),
        drafts.map((d) => d.deadline),
        proposalStatus.next('DRAFT', 'SUBMIT'),
        proposalStatus.takes('SUBMIT'),
      ],
    );
    return new Map(rows.map((row) => [row.id, row.submitted_at]));
  }
}
