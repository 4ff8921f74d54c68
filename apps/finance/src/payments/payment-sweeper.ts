import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { updatedRows } from '@civic/platform/database';
import { PaymentDispatcher } from './payment-dispatcher';
import { PAYMENT_SETTINGS, type PaymentSettings } from './payment-settings';

/**
 * Finds payments that are due but whose job is gone (Redis lost its data, a worker died holding
 * it) and queues them again (rule R28: nothing is lost). Postgres says what is due; the queue only
 * carries the work. Each due payment is marked as dispatched in the same statement that finds it,
 * so several sweepers never queue the same payment twice in one round.
 */
@Injectable()
export class PaymentSweeper {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PAYMENT_SETTINGS) private readonly settings: PaymentSettings,
    private readonly dispatcher: PaymentDispatcher,
  ) {}

  /** Queues what is due and forgotten; returns how many payments it queued. */
  async sweepOnce(limit = 20_000): Promise<number> {
    const rows = await updatedRows<{ id: string; batch_id: string }>(
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
      [this.settings.requeueMs, limit],
    );
    const byBatch = new Map<string, string[]>();
    for (const row of rows)
      byBatch.set(row.batch_id, [...(byBatch.get(row.batch_id) ?? []), row.id]);
    for (const [batchId, ids] of byBatch) await this.dispatcher.dispatch(batchId, ids.sort());
    return rows.length;
  }
}
