import {
  type MessageEnvelope,
  type MessageName,
  type QueueName,
  queuesFor,
} from '@civic/contracts';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { JOB_OPTIONS } from './bull-connection';
import { bullQueueName } from './redis-keys';
import { RelayEpoch } from './relay-epoch';

export interface RelayOptions {
  producer: string;
  prefix: string;
  batchSize: number;
}

interface PendingRow {
  id: string;
  name: MessageName;
  payload: unknown;
  created_at: Date;
}

/**
 * Moves outbox rows into BullMQ, the row id as job id. Rows are claimed with
 * `FOR UPDATE SKIP LOCKED`, so several relays share them out; a job id that is already queued is
 * not added again, and the consumer's inbox stops any later duplicate from having an effect.
 */
export class OutboxRelay {
  private readonly queues = new Map<QueueName, Queue>();
  private readonly epoch: RelayEpoch;

  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: Redis,
    private readonly options: RelayOptions,
  ) {
    this.epoch = new RelayEpoch(redis, options.prefix);
  }

  /** Publishes one batch; returns how many rows it claimed (0 when there was nothing to do). */
  async relayOnce(): Promise<number> {
    const epoch = await this.epoch.current();
    const schema = this.dataSource.driver.schema;
    return this.dataSource.transaction(async (manager) => {
      const rows: PendingRow[] = await manager.query(
        `SELECT id, name, payload, created_at FROM "${schema}".outbox
          WHERE confirmed_at IS NULL AND (published_epoch IS NULL OR published_epoch <> $1)
          ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [epoch, this.options.batchSize],
      );
      if (rows.length === 0) return 0;
      const unrouted = await this.enqueue(rows);
      await manager.query(
        `UPDATE "${schema}".outbox SET published_at = now(), published_epoch = $1,
                publish_count = publish_count + 1,
                confirmed_at = CASE WHEN id = ANY($3::uuid[]) THEN now() ELSE NULL END
          WHERE id = ANY($2::uuid[])`,
        [epoch, rows.map((row) => row.id), unrouted],
      );
      return rows.length;
    });
  }

  /** Adds the rows' jobs to every queue that takes them; returns the ids no queue takes. */
  private async enqueue(rows: PendingRow[]): Promise<string[]> {
    const byQueue = new Map<QueueName, Parameters<Queue['addBulk']>[0]>();
    const unrouted: string[] = [];
    for (const row of rows) {
      const targets = queuesFor(row.name, row.payload);
      if (targets.length === 0) unrouted.push(row.id);
      const envelope: MessageEnvelope = {
        id: row.id,
        name: row.name,
        producer: this.options.producer,
        occurredAt: new Date(row.created_at).toISOString(),
        payload: row.payload as MessageEnvelope['payload'],
      };
      for (const queue of targets) {
        const jobs = byQueue.get(queue) ?? [];
        jobs.push({ name: row.name, data: envelope, opts: { ...JOB_OPTIONS, jobId: row.id } });
        byQueue.set(queue, jobs);
      }
    }
    await Promise.all([...byQueue].map(([queue, jobs]) => this.queue(queue).addBulk(jobs)));
    return unrouted;
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(bullQueueName(name), {
        connection: this.redis,
        prefix: this.options.prefix,
      });
      this.queues.set(name, queue);
    }
    return queue;
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
  }
}
