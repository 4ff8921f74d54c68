import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The clawbacks' SQL over the payments of their commitments, in the caller's transaction. */
@Injectable()
export class ClawbacksRepository {
  /** What was paid under the commitment, and what its clawbacks not refused claim back. */
  async paidAndClaimed(
    manager: EntityManager,
    commitmentId: string,
  ): Promise<{ paidFen: number; claimedFen: number }> {
    const [{ paid, claimed }] = await manager.query(
      `SELECT (SELECT coalesce(sum(amount_fen), 0) FROM "finance".payment
                WHERE commitment_id = $1 AND status = 'SETTLED')::text AS paid,
              (SELECT coalesce(sum(amount_fen), 0) FROM "finance".clawback
                WHERE commitment_id = $1 AND status <> 'REFUSED')::text AS claimed`,
      [commitmentId],
    );
    return { paidFen: Number(paid), claimedFen: Number(claimed) };
  }

  /** The payee named on the payments made under each commitment (a clawback's organization). */
  async organizationNames(
    manager: EntityManager,
    commitmentIds: string[],
  ): Promise<Map<string, string>> {
    if (commitmentIds.length === 0) return new Map();
    const rows: { commitment_id: string; organization_name: string }[] = await manager.query(
      `SELECT DISTINCT ON (commitment_id) commitment_id, organization_name FROM "finance".payment
        WHERE commitment_id = ANY($1::uuid[]) ORDER BY commitment_id, requested_at`,
      [commitmentIds],
    );
    return new Map(rows.map((r) => [r.commitment_id, r.organization_name]));
  }
}
