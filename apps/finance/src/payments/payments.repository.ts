import { financePayment, IN_FLIGHT_PAYMENT_STATUSES } from '@civic/domain/finance';
import { updatedRows } from '@civic/platform/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CLAIM_SQL, type ClaimedPayment, claimedFrom } from './claimed-payment';

/**
 * The payments' SQL: what a commitment has drawn, and the payment worker's claims, attempts and
 * sweeps. The claim's statement is CLAIM_SQL (claimed-payment.ts), beside the row it returns;
 * the settlements are SettlementWriter's.
 */
@Injectable()
export class PaymentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * What the commitment has paid or has on its way, in the caller's transaction; failed, refused
   * and cancelled payments draw nothing (R27).
   */
  async drawnFen(manager: EntityManager, commitmentId: string): Promise<number> {
    const [{ fen }] = await manager.query(
      `SELECT coalesce(sum(amount_fen), 0)::text AS fen FROM "finance".payment
        WHERE commitment_id = $1 AND status = ANY($2)`,
      [commitmentId, ['SETTLED', ...IN_FLIGHT_PAYMENT_STATUSES]],
    );
    return Number(fen);
  }

  /** Takes the lease of the given payments that are due (rule R28; see CLAIM_SQL). */
  async claim(paymentIds: string[], leaseMs: number, token: string): Promise<ClaimedPayment[]> {
    const rows = await updatedRows<Parameters<typeof claimedFrom>[0]>(
      this.dataSource.manager,
      CLAIM_SQL,
      [paymentIds, leaseMs, token, financePayment.next('PENDING', 'SEND')],
    );
    return rows.map(claimedFrom);
  }

  /** One more attempt for each payment still under this lease, before it is sent again. */
  async countAttempt(paymentIds: string[], token: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE "finance".payment SET attempts = attempts + 1
        WHERE id = ANY($1::uuid[]) AND lease_token = $2`,
      [paymentIds, token],
    );
  }

  /**
   * Up to `limit` payments that are due (PENDING and their time has come, or SENT with the lease
   * run out) and not dispatched in the last `requeueMs`, marked as dispatched in the same
   * statement, so two sweepers never take the same payment in one round.
   */
  dueAndForgotten(requeueMs: number, limit: number): Promise<{ id: string; batch_id: string }[]> {
    return updatedRows<{ id: string; batch_id: string }>(
      this.dataSource.manager,
      `WITH due AS (
         SELECT id FROM "finance".payment
          WHERE ((status = 'PENDING' AND next_attempt_at <= now())
              OR (status = 'SENT' AND lease_until <= now()))
            AND (dispatched_at IS NULL
              OR dispatched_at <= now() - make_interval(secs => $1::float8 / 1000))
          ORDER BY batch_id, id
          LIMIT $2
            FOR UPDATE SKIP LOCKED)
       UPDATE "finance".payment p SET dispatched_at = now() FROM due WHERE p.id = due.id
       RETURNING p.id, p.batch_id`,
      [requeueMs, limit],
    );
  }
}
