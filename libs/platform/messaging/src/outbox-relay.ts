import {
  type MessageEnvelope,
  type MessageName,
  type QueueName,
  queuesFor,
  type TraceCarrier,
} from '@civic/contracts';
import { randomUUID } from 'node:crypto';
import { activeTracer, carrierOf, contextFrom, endSpanWithError } from '@civic/platform/tracing';
import { type Span, SpanKind, trace } from '@opentelemetry/api';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { JOB_OPTIONS } from './bull-connection';
import { BUNDLE_JOB_NAME, type MessageJobData, singleJob } from './job-data';
import { bullQueueName } from './redis-keys';
import { RelayEpoch } from './relay-epoch';

export interface RelayOptions {
  producer: string;
  prefix: string;
  batchSize: number;
  /** Most messages in one job (default 50); 1 sends each message as a job of its own. */
  bundleSize?: number;
}

type Jobs = Parameters<Queue<MessageJobData>['addBulk']>[0];

/** What one relay pass adds to Redis, and what it records on the rows it claimed. */
interface Enqueued {
  /** Rows no queue takes: confirmed at once. */
  unrouted: string[];
  /** The bundle job of each row sent in one (rows sent alone are absent). */
  bundleOf: Map<string, string>;
}

interface PendingRow {
  id: string;
  name: MessageName;
  payload: unknown;
  created_at: Date;
  trace_context: TraceCarrier | null;
}

/**
 * Moves outbox rows into BullMQ. Rows are claimed with `FOR UPDATE SKIP LOCKED`, so several relays
 * share them out. Rows going to the same queues are bundled, up to `bundleSize` to a job, under a
 * new job id recorded on each row; a row alone travels as a job whose id is its own. The
 * consumer's inbox stops any duplicate (a row relayed again after a crash or a Redis loss, in
 * another bundle) from having a second effect. A row written in a trace (issue #20) travels with
 * it: when this process traces, a publish span (a child of the write) is what goes in the job.
 */
export class OutboxRelay {
  private readonly queues = new Map<QueueName, Queue<MessageJobData>>();
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
        `SELECT id, name, payload, created_at, trace_context FROM "${schema}".outbox
          WHERE confirmed_at IS NULL AND (published_epoch IS NULL OR published_epoch <> $1)
          ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [epoch, this.options.batchSize],
      );
      if (rows.length === 0) return 0;
      const { unrouted, bundleOf } = await this.enqueue(rows);
      const ids = rows.map((row) => row.id);
      await manager.query(
        `UPDATE "${schema}".outbox o SET published_at = now(), published_epoch = $1,
                publish_count = publish_count + 1, job_id = sent.job_id,
                confirmed_at = CASE WHEN o.id = ANY($4::uuid[]) THEN now() ELSE NULL END
           FROM unnest($2::uuid[], $3::uuid[]) AS sent(id, job_id)
          WHERE o.id = sent.id`,
        [epoch, ids, ids.map((id) => bundleOf.get(id) ?? null), unrouted],
      );
      return rows.length;
    });
  }

  /**
   * Adds the rows' jobs to every queue that takes them. Rows are grouped by the queues they go
   * to, so that a bundle is one job id in each of its queues.
   */
  private async enqueue(rows: PendingRow[]): Promise<Enqueued> {
    const routes = new Map<string, { queues: QueueName[]; envelopes: MessageEnvelope[] }>();
    const unrouted: string[] = [];
    // Traced rows' publish spans (issue #20), ended once their jobs are in Redis.
    const spans: Span[] = [];
    for (const row of rows) {
      const queues = queuesFor(row.name, row.payload);
      if (queues.length === 0) {
        unrouted.push(row.id);
        continue;
      }
      const key = queues.join(' ');
      const route = routes.get(key) ?? { queues, envelopes: [] };
      route.envelopes.push(this.envelope(row, queues, spans));
      routes.set(key, route);
    }
    try {
      const enqueued = await this.add(routes, unrouted);
      spans.forEach((span) => span.end());
      return enqueued;
    } catch (error) {
      spans.forEach((span) => endSpanWithError(span, error));
      throw error;
    }
  }

  private async add(
    routes: Map<string, { queues: QueueName[]; envelopes: MessageEnvelope[] }>,
    unrouted: string[],
  ): Promise<Enqueued> {
    const bundleOf = new Map<string, string>();
    const byQueue = new Map<QueueName, Jobs>();
    const size = Math.max(1, this.options.bundleSize ?? 50);
    for (const { queues, envelopes } of routes.values()) {
      for (let i = 0; i < envelopes.length; i += size) {
        const job = this.job(envelopes.slice(i, i + size), bundleOf);
        for (const queue of queues) {
          const jobs = byQueue.get(queue) ?? [];
          jobs.push(job);
          byQueue.set(queue, jobs);
        }
      }
    }
    await Promise.all([...byQueue].map(([queue, jobs]) => this.queue(queue).addBulk(jobs)));
    return { unrouted, bundleOf };
  }

  /** One message as a job of its own, or several as a bundle under a new job id. */
  private job(envelopes: MessageEnvelope[], bundleOf: Map<string, string>): Jobs[number] {
    if (envelopes.length === 1) return singleJob(envelopes[0]);
    const jobId = randomUUID();
    envelopes.forEach((envelope) => bundleOf.set(envelope.id, jobId));
    return { name: BUNDLE_JOB_NAME, data: { bundle: envelopes }, opts: { ...JOB_OPTIONS, jobId } };
  }

  /**
   * A row as its message. A traced row's context goes with it: through a publish span when this
   * process traces (added to `spans`), as it was written when it does not.
   */
  private envelope(row: PendingRow, queues: QueueName[], spans: Span[]): MessageEnvelope {
    const envelope: MessageEnvelope = {
      id: row.id,
      name: row.name,
      producer: this.options.producer,
      occurredAt: new Date(row.created_at).toISOString(),
      payload: row.payload as MessageEnvelope['payload'],
    };
    if (!row.trace_context) return envelope;
    const tracer = activeTracer();
    if (!tracer) return { ...envelope, trace: row.trace_context };
    const parent = contextFrom(row.trace_context);
    const span = tracer.startSpan(
      `publish ${row.name}`,
      {
        kind: SpanKind.PRODUCER,
        attributes: {
          'messaging.system': 'bullmq',
          'messaging.operation.type': 'send',
          'messaging.destination.name': queues.join(' '),
          'messaging.message.id': row.id,
        },
      },
      parent,
    );
    spans.push(span);
    return { ...envelope, trace: carrierOf(trace.setSpan(parent, span)) ?? row.trace_context };
  }

  queue(name: QueueName): Queue<MessageJobData> {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue<MessageJobData>(bullQueueName(name), {
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
