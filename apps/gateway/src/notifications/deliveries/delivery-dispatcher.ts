import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { DeliveryChannel } from '../entities/notification-delivery.entity';
import { type DeliveryJob, deliveryJobId } from './delivery-queue';

export interface DispatchOptions {
  attempts: number;
  backoffMs: number;
  batch?: number;
  /** A delivery queued this long ago and still pending is queued again (Redis lost it). */
  requeueAfterSeconds?: number;
}

/**
 * Moves pending deliveries from Postgres onto the BullMQ queue, as the outbox relay does for
 * messages: the inbox's transaction writes the rows, this queues them once they are committed.
 * Rows are claimed with SKIP LOCKED (several gateways share the work) and marked queued only
 * after BullMQ took them; a repeat (a crash between the two, a requeue) has the same job id and
 * is a no-op, and the sender guards on the row's status as well.
 */
export class DeliveryDispatcher {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: Queue<DeliveryJob>,
    private readonly options: DispatchOptions,
  ) {}

  async dispatchOnce(): Promise<number> {
    const schema = this.dataSource.driver.schema;
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string; notification_id: string; channel: DeliveryChannel }[] =
        await manager.query(
          `SELECT id, notification_id, channel FROM "${schema}".notification_delivery
            WHERE status = 'PENDING'
              AND (queued_at IS NULL OR queued_at < now() - make_interval(secs => $1))
            ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [this.options.requeueAfterSeconds ?? 600, this.options.batch ?? 100],
        );
      if (rows.length === 0) return 0;
      await this.queue.addBulk(
        rows.map((row) => ({
          name: row.channel,
          data: { deliveryId: row.id },
          opts: {
            jobId: deliveryJobId(row.notification_id, row.channel),
            attempts: this.options.attempts,
            backoff: { type: 'exponential', delay: this.options.backoffMs },
            removeOnComplete: true,
            removeOnFail: 1000,
          },
        })),
      );
      await manager.query(
        `UPDATE "${schema}".notification_delivery SET queued_at = now() WHERE id = ANY($1::uuid[])`,
        [rows.map((row) => row.id)],
      );
      return rows.length;
    });
  }
}
