import { updatedRows } from '@civic/platform/database';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A payment as a new batch takes it. */
export interface BatchablePayment {
  id: string;
  status: string;
  amountFen: number;
}

/** The batches' SQL over their payments, in the caller's transaction. */
@Injectable()
export class BatchesRepository {
  /** The named payments that exist, locked in id order (so two makers never deadlock). */
  async lockPayments(manager: EntityManager, paymentIds: string[]): Promise<BatchablePayment[]> {
    const rows: { id: string; status: string; amount_fen: string }[] = await manager.query(
      `SELECT id, status, amount_fen FROM "finance".payment WHERE id = ANY($1::uuid[])
        ORDER BY id FOR UPDATE`,
      [paymentIds],
    );
    return rows.map((row) => ({
      id: row.id,
      status: row.status,
      amountFen: Number(row.amount_fen),
    }));
  }

  /** The next batch number from its sequence. */
  async nextNumber(manager: EntityManager): Promise<string> {
    const [{ n }] = await manager.query(`SELECT nextval('"finance".batch_number_seq') AS n`);
    return String(n);
  }

  /** The payments go into the batch, with the status the payment state machine gives them. */
  async putInBatch(
    manager: EntityManager,
    paymentIds: string[],
    batchId: string,
    status: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE "finance".payment SET status = $3, batch_id = $2 WHERE id = ANY($1::uuid[])`,
      [paymentIds, batchId, status],
    );
  }

  /** An approved batch's payments in one of `from` become `to`, due now; returns their ids. */
  async startPaying(
    manager: EntityManager,
    batchId: string,
    to: string,
    from: readonly string[],
  ): Promise<string[]> {
    const rows = await updatedRows<{ id: string }>(
      manager,
      `UPDATE "finance".payment SET status = $2, next_attempt_at = now(), dispatched_at = now()
              WHERE batch_id = $1 AND status = ANY($3) RETURNING id`,
      [batchId, to, from],
    );
    return rows.map((r) => r.id);
  }

  /** A rejected batch's payments in one of `from` become `to`, out of the batch; returns their ids. */
  async unbatch(
    manager: EntityManager,
    batchId: string,
    to: string,
    from: readonly string[],
  ): Promise<string[]> {
    const rows = await updatedRows<{ id: string }>(
      manager,
      `UPDATE "finance".payment SET status = $2, batch_id = NULL
              WHERE batch_id = $1 AND status = ANY($3) RETURNING id`,
      [batchId, to, from],
    );
    return rows.map((r) => r.id);
  }
}
