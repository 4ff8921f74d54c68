import { proposalStatus } from '@civic/domain/venture';
import { updatedRows } from '@civic/platform/database';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The proposals feature's SQL. */
@Injectable()
export class ProposalsRepository {
  /**
   * Submits a draft by the database clock, only before `deadline` (R17), in the caller's
   * transaction. Returns when it was submitted, or null when the draft was not submitted.
   */
  async submitBefore(manager: EntityManager, id: string, deadline: Date): Promise<Date | null> {
    const [submitted] = await updatedRows<{ submitted_at: Date }>(
      manager,
      `UPDATE "venture".proposal SET status = $3, submitted_at = clock_timestamp()
        WHERE id = $1 AND status = ANY($4) AND clock_timestamp() < $2
        RETURNING submitted_at`,
      [id, deadline, proposalStatus.next('DRAFT', 'SUBMIT'), proposalStatus.takes('SUBMIT')],
    );
    return submitted?.submitted_at ?? null;
  }
}
