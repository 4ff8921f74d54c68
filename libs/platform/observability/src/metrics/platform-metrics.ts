import { QUEUES, type QueueName } from '@civic/contracts';
import { bullQueueName, createRedis } from '@civic/platform/messaging';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { Metrics, sharedRead } from './metrics';

export const METRICS_OPTIONS = Symbol('METRICS_OPTIONS');

export interface MetricsOptions {
  service: string;
  redisUrl: string;
  prefix: string;
  /** Whether the service has an outbox (every domain service; not the gateway). */
  outbox: boolean;
}

/** The BullMQ job states counted per queue; `failed` are jobs that used every attempt. */
const STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed'] as const;

/**
 * What every process reports about its messaging and its audit trail, read on each scrape:
 * - `civic_queue_jobs{queue,state}` and `civic_queue_oldest_waiting_age_seconds{queue}` for the
 *   queues it consumes (its inbox);
 * - `civic_outbox_lag_seconds`, the age of the oldest message not yet relayed, and
 *   `civic_outbox_unconfirmed`, those BullMQ has not yet confirmed (architecture.md);
 * - `civic_audit_chain_length`, the last sequence number of its audit chain (R31).
 */
@Injectable()
export class PlatformMetrics implements OnModuleInit, OnApplicationShutdown {
  private readonly queues: Queue[];

  constructor(
    private readonly metrics: Metrics,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(METRICS_OPTIONS) private readonly options: MetricsOptions,
  ) {
    const consumed = (Object.keys(QUEUES) as QueueName[]).filter(
      (queue) => QUEUES[queue].consumer === options.service,
    );
    const connection = consumed.length
      ? createRedis(options.redisUrl, `${options.service}:metrics`)
      : undefined;
    this.queues = consumed.map(
      (queue) =>
        new Queue(bullQueueName(queue), { connection: connection!, prefix: options.prefix }),
    );
  }

  onModuleInit(): void {
    const schema = this.dataSource.driver.schema;
    this.metrics.gaugeOnScrape(
      'civic_queue_jobs',
      'Jobs in each queue this process consumes, by state',
      ['queue', 'state'],
      async () => (await Promise.all(this.queues.map((queue) => this.jobCounts(queue)))).flat(),
    );
    this.metrics.gaugeOnScrape(
      'civic_queue_oldest_waiting_age_seconds',
      'Age of the oldest job waiting in each queue this process consumes (0 when none waits)',
      ['queue'],
      () => Promise.all(this.queues.map((queue) => this.oldestWaiting(queue))),
    );
    if (this.options.outbox) {
      this.metrics.gaugeOnScrape(
        'civic_outbox_lag_seconds',
        'Age of the oldest outbox message not yet relayed to BullMQ (0 when none)',
        [],
        async () => [{ labels: {}, value: (await this.outbox()).lag }],
      );
      this.metrics.gaugeOnScrape(
        'civic_outbox_unconfirmed',
        'Outbox messages BullMQ has not yet confirmed processed',
        [],
        async () => [{ labels: {}, value: (await this.outbox()).unconfirmed }],
      );
    }
    this.metrics.gaugeOnScrape(
      'civic_audit_chain_length',
      'Entries in this service’s audit chain (R31)',
      [],
      async () => {
        const [row] = await this.dataSource.query(
          `SELECT coalesce(max(seq), 0)::text AS length FROM "${schema}".audit_entry`,
        );
        return [{ labels: {}, value: Number(row.length) }];
      },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    const connection = this.queues[0]?.opts.connection as { quit?: () => Promise<unknown> };
    await Promise.all(this.queues.map((queue) => queue.close()));
    await connection?.quit?.().catch(() => undefined);
  }

  private async jobCounts(queue: Queue) {
    const counts = await queue.getJobCounts(...STATES);
    const name = queue.name.replace(/[{}]/g, '');
    return STATES.map((state) => ({ labels: { queue: name, state }, value: counts[state] ?? 0 }));
  }

  private async oldestWaiting(queue: Queue) {
    // BullMQ pushes new jobs on the left of its wait list: ascending order starts at the oldest.
    const [oldest] = await queue.getJobs(['waiting'], 0, 0, true);
    const age = oldest ? Math.max(0, (Date.now() - oldest.timestamp) / 1000) : 0;
    return { labels: { queue: queue.name.replace(/[{}]/g, '') }, value: age };
  }

  /** Both outbox gauges come from one statement on the partial index of unconfirmed rows. */
  private readonly outbox = sharedRead(async () => {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS unconfirmed,
              coalesce(extract(epoch FROM now() - min(created_at) FILTER (WHERE published_at IS NULL)), 0)::float8 AS lag
         FROM "${this.dataSource.driver.schema}".outbox WHERE confirmed_at IS NULL`,
    );
    return { lag: Number(row.lag), unconfirmed: Number(row.unconfirmed) };
  });
}
