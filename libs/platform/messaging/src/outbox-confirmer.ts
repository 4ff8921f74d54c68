import { type MessageName, queuesFor } from '@civic/contracts';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { jobKey } from './redis-keys';
import { RelayEpoch } from './relay-epoch';

/**
 * Confirms published rows whose jobs are gone from every queue under the same Redis epoch: a
 * completed job is removed, a failed one is kept, so "gone and the epoch unchanged" means done.
 * A row's jobs are its bundle's (`job_id`) and the one named by its own id: a row sent alone, or
 * split out of its bundle by a consumer because it failed there (added before the bundle ends).
 * If the epoch changes meanwhile the sweep confirms nothing, and the relay republishes instead.
 * Confirmed rows are pruned after `retentionHours`.
 */
export class OutboxConfirmer {
  private readonly epoch: RelayEpoch;

  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly retentionHours = 24,
  ) {
    this.epoch = new RelayEpoch(redis, prefix);
  }

  async confirmOnce(limit = 2000): Promise<number> {
    const epoch = await this.epoch.peek();
    if (!epoch) return 0;
    const schema = this.dataSource.driver.schema;
    const rows: { id: string; name: MessageName; job_id: string | null }[] =
      await this.dataSource.query(
        `SELECT id, name, job_id FROM "${schema}".outbox
        WHERE confirmed_at IS NULL AND published_epoch = $1 ORDER BY published_at LIMIT $2`,
        [epoch, limit],
      );
    if (rows.length === 0) return 0;
    // A bundle's 50 rows name the same job: each key is asked about once.
    const keysOf = rows.map((row) =>
      queuesFor(row.name).flatMap((queue) =>
        [row.id, row.job_id]
          .filter((id): id is string => id !== null)
          .map((id) => jobKey(this.prefix, queue, id)),
      ),
    );
    const keys = [...new Set(keysOf.flat())];
    const pipeline = this.redis.pipeline();
    keys.forEach((key) => pipeline.exists(key));
    const results = (await pipeline.exec()) ?? [];
    if ((await this.epoch.peek()) !== epoch) return 0;
    const alive = new Set(keys.filter((_, i) => results[i]?.[1] === 1));
    const done = rows
      .filter((_, i) => !keysOf[i].some((key) => alive.has(key)))
      .map((row) => row.id);
    if (done.length === 0) return 0;
    await this.dataSource.query(
      `UPDATE "${schema}".outbox SET confirmed_at = now()
        WHERE id = ANY($1::uuid[]) AND published_epoch = $2 AND confirmed_at IS NULL`,
      [done, epoch],
    );
    return done.length;
  }

  async pruneOnce(): Promise<number> {
    const schema = this.dataSource.driver.schema;
    const [, count] = await this.dataSource.query(
      `DELETE FROM "${schema}".outbox WHERE confirmed_at < now() - make_interval(hours => $1)`,
      [this.retentionHours],
    );
    return Number(count ?? 0);
  }
}
