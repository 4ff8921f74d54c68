import { updatedRows } from '@civic/platform/database';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A payment of a closed commitment that will not be paid after all. */
export interface EndedPayment {
  id: string;
  commitmentId: string;
  amountFen: number;
  status: string;
}

/** The commitments' SQL about the payments made under them, in the caller's transaction. */
@Injectable()
export class CommitmentsRepository {
  /** What the commitment has paid, and what it has on its way to the bank (`inFlight` statuses). */
  async paymentSums(
    manager: EntityManager,
    commitmentId: string,
    inFlight: readonly string[],
  ): Promise<{ settledFen: number; inFlightFen: number }> {
    const [sums] = await manager.query(
      `SELECT coalesce(sum(amount_fen) FILTER (WHERE status = 'SETTLED'), 0)::text AS settled,
              coalesce(sum(amount_fen) FILTER (WHERE status = ANY($2)), 0)::text AS in_flight
         FROM "finance".payment WHERE commitment_id = $1`,
      [commitmentId, inFlight],
    );
    return { settledFen: Number(sums.settled), inFlightFen: Number(sums.in_flight) };
  }

  /**
   * What of the commitment failed for good and was not re-issued: the funding tally's failed money,
   * released when the commitment closes (issue #18).
   */
  async openFailedFen(manager: EntityManager, commitmentId: string): Promise<number> {
    const [{ fen }] = await manager.query(
      `SELECT coalesce(sum(p.amount_fen), 0)::text AS fen FROM "finance".payment p
        WHERE p.commitment_id = $1 AND p.status = 'FAILED'
          AND NOT EXISTS (SELECT 1 FROM "finance".payment r WHERE r.reissue_of = p.id)`,
      [commitmentId],
    );
    return Number(fen);
  }

  /** Of the named payments, those of CLOSED commitments in one of `statuses`, by commitment. */
  async ofClosedCommitments(
    manager: EntityManager,
    paymentIds: readonly string[],
    statuses: readonly string[],
  ): Promise<EndedPayment[]> {
    const rows: { id: string; commitment_id: string; amount_fen: string; status: string }[] =
      await manager.query(
        `SELECT p.id, p.commitment_id, p.amount_fen::text, p.status FROM "finance".payment p
           JOIN "finance".commitment c ON c.id = p.commitment_id
          WHERE p.id = ANY($1::uuid[]) AND c.status = 'CLOSED' AND p.status = ANY($2)
          ORDER BY p.commitment_id, p.id`,
        [paymentIds, statuses],
      );
    return rows.map((row) => ({
      id: row.id,
      commitmentId: row.commitment_id,
      amountFen: Number(row.amount_fen),
      status: row.status,
    }));
  }

  /**
   * Moves the named payments of the commitment that are in one of `from` to `to`; returns the ids
   * it moved, sorted.
   */
  async moveUnbatched(
    manager: EntityManager,
    commitmentId: string,
    paymentIds: readonly string[],
    to: string,
    from: readonly string[],
  ): Promise<string[]> {
    const rows = await updatedRows<{ id: string }>(
      manager,
      `UPDATE "finance".payment SET status = $2
        WHERE commitment_id = $1 AND status = ANY($3) AND id = ANY($4::uuid[])
        RETURNING id`,
      [commitmentId, to, from, paymentIds],
    );
    return rows.map((row) => row.id).sort();
  }
}
