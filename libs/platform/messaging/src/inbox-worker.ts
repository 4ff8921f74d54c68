import {
  type MessageEnvelope,
  type MessageName,
  PayloadValidationError,
  type QueueName,
  queueTakes,
  validateMessage,
} from '@civic/contracts';
import { activeTracer, contextFrom, endSpanWithError } from '@civic/platform/tracing';
import { type Context, context, ROOT_CONTEXT, SpanKind, trace } from '@opentelemetry/api';
import { type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource, EntityManager } from 'typeorm';
import { Batcher, type Pending } from './inbox-batcher';
import { isBundle, type MessageJobData, singleJob } from './job-data';
import type { BatchHandler, MessageHandler } from './message-handlers';
import type { InboxBinding } from './messaging-runtime';
import { bullQueueName } from './redis-keys';

export interface InboxWorkerOptions {
  prefix: string;
  concurrency: number;
  stalledIntervalMs: number;
  /** Messages handled in one transaction (group commit); 1 turns batching off. */
  maxBatch?: number;
}

export type HandleOutcome = 'handled' | 'duplicate';

interface Delivery {
  envelope: MessageEnvelope;
  payload: unknown;
  /** Its process span's context, when this process traces (issue #20): the handler runs in it. */
  trace?: Context;
}

/**
 * Consumes one queue. Each message's id goes into the inbox table in the same transaction as the
 * handler's effect: a redelivered message (a retry, a crash, a republish after Redis lost its data)
 * finds its id there and has no second effect. Messages arriving together share a transaction;
 * if any of them fails, the batch rolls back and each is handled alone, so one bad message
 * never holds the others back. A payload that breaks its contract fails at once, without
 * retries, and stays in the queue's failed set for someone to look at.
 *
 * A bundle job's messages go through the same batches. One that fails there (a broken payload,
 * a handler error) is split out: it is added to the queue as a job of its own, named by its id,
 * before the bundle job completes, and retried there like any single message. The others are done
 * and the bundle is not retried for its sake.
 *
 * When the process traces (issue #20), each message is handled in a consumer span whose parent is
 * the producer's publish span (the envelope's `trace`), and its handler runs with that span
 * active, so the messages it writes to the outbox continue the same trace. A batch handler given
 * several messages at once runs in one span linked to each of theirs.
 */
export class InboxWorker {
  private worker?: Worker;
  private batcher?: Batcher<Delivery, HandleOutcome>;
  private readonly queue: QueueName;
  private splitOut?: Queue<MessageJobData>;
  private readonly handlers: Record<string, MessageHandler<MessageName>>;
  private readonly batchHandlers: Record<string, BatchHandler<MessageName> | undefined>;

  constructor(
    private readonly dataSource: DataSource,
    binding: InboxBinding,
  ) {
    this.queue = binding.queue;
    this.handlers = binding.handlers as Record<string, MessageHandler<MessageName>>;
    this.batchHandlers = (binding.batchHandlers ?? {}) as Record<
      string,
      BatchHandler<MessageName> | undefined
    >;
  }

  start(connection: Redis, options: InboxWorkerOptions): Worker {
    const maxBatch = options.maxBatch ?? 50;
    this.batcher = new Batcher((batch) => this.handleBatch(batch), {
      maxBatch,
      maxWaitMs: 2,
      maxParallel: Math.max(1, Math.ceil(options.concurrency / maxBatch)),
    });
    this.splitOut = new Queue(bullQueueName(this.queue), { connection, prefix: options.prefix });
    this.worker = new Worker(bullQueueName(this.queue), (job: Job) => this.process(job.data), {
      connection,
      prefix: options.prefix,
      concurrency: options.concurrency,
      // A dead worker's lock expires after lockDuration; the stalled check then hands its job on.
      lockDuration: options.stalledIntervalMs,
      stalledInterval: options.stalledIntervalMs,
      maxStalledCount: 10,
    });
    return this.worker;
  }

  private process(data: MessageJobData): Promise<HandleOutcome | HandleOutcome[]> {
    if (isBundle(data)) return this.processBundle(data.bundle);
    return this.deliver(data);
  }

  /** Accepts one message and handles it in a batch, inside its own span when tracing. */
  private deliver(envelope: MessageEnvelope): Promise<HandleOutcome> {
    const tracer = activeTracer();
    if (!tracer) return this.submit(this.accept(envelope));
    const parent = contextFrom(envelope.trace);
    const span = tracer.startSpan(
      `process ${envelope.name}`,
      {
        kind: SpanKind.CONSUMER,
        attributes: {
          'messaging.system': 'bullmq',
          'messaging.operation.type': 'process',
          'messaging.destination.name': this.queue,
          'messaging.message.id': envelope.id,
          'civic.message.producer': envelope.producer,
        },
      },
      parent,
    );
    try {
      const delivery = { ...this.accept(envelope), trace: trace.setSpan(parent, span) };
      return this.submit(delivery).then(
        (outcome) => {
          span.setAttribute('civic.inbox.outcome', outcome);
          span.end();
          return outcome;
        },
        (error: unknown) => {
          endSpanWithError(span, error);
          throw error;
        },
      );
    } catch (error) {
      endSpanWithError(span, error);
      throw error;
    }
  }

  private submit(delivery: Delivery): Promise<HandleOutcome> {
    return this.batcher ? this.batcher.submit(delivery) : this.handleAlone(delivery);
  }

  /** Handles a bundle's messages; those that fail become jobs of their own. */
  private async processBundle(envelopes: MessageEnvelope[]): Promise<HandleOutcome[]> {
    const settled = await Promise.allSettled(
      envelopes.map(async (envelope) => this.deliver(envelope)),
    );
    const failed = envelopes.filter((_, i) => settled[i].status === 'rejected');
    if (failed.length > 0) {
      await this.splitOut!.addBulk(failed.map(singleJob));
    }
    return settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  }

  /** Checks that this queue takes the message and that its payload keeps the contract. */
  private accept(envelope: MessageEnvelope): Delivery {
    if (!queueTakes(this.queue, envelope.name)) {
      throw new UnrecoverableError(`queue ${this.queue} does not take message ${envelope.name}`);
    }
    try {
      return { envelope, payload: validateMessage(envelope.name, envelope.payload) };
    } catch (error) {
      if (error instanceof PayloadValidationError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }

  /** Handles one message in a transaction of its own. */
  handle(envelope: MessageEnvelope): Promise<HandleOutcome> {
    return this.handleAlone(this.accept(envelope));
  }

  /** One already accepted message, in a transaction of its own. */
  private handleAlone(delivery: Delivery): Promise<HandleOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const fresh = await this.record(manager, [delivery]);
      return this.apply(manager, delivery, fresh);
    });
  }

  private async handleBatch(batch: Pending<Delivery, HandleOutcome>[]): Promise<void> {
    if (batch.length === 1) {
      const [only] = batch;
      return this.handleAlone(only.item).then(only.resolve, only.reject);
    }
    let outcomes: HandleOutcome[];
    try {
      outcomes = await this.dataSource.transaction(async (manager) => {
        const fresh = await this.record(
          manager,
          batch.map((entry) => entry.item),
        );
        return this.applyAll(
          manager,
          batch.map((entry) => entry.item),
          fresh,
        );
      });
    } catch {
      // One message spoiled the batch (or a deadlock aborted it): handle each alone, one after
      // another, so a batch of a bundle's size never asks the pool for that many connections.
      for (const entry of batch) {
        await this.handleAlone(entry.item).then(entry.resolve, entry.reject);
      }
      return;
    }
    batch.forEach((entry, i) => entry.resolve(outcomes[i]));
  }

  /**
   * Records the messages' ids in the inbox, in id order (so concurrent batches lock in the same
   * order) and returns the ids seen for the first time. An id already there, or twice in this
   * batch, is a duplicate.
   */
  private async record(manager: EntityManager, deliveries: Delivery[]): Promise<Set<string>> {
    const unique = [...new Map(deliveries.map((d) => [d.envelope.id, d.envelope])).values()].sort(
      (a, b) => a.id.localeCompare(b.id),
    );
    const schema = this.dataSource.driver.schema;
    const rows: { message_id: string }[] = await manager.query(
      `INSERT INTO "${schema}".inbox (message_id, name, producer)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[])
       ON CONFLICT (message_id) DO NOTHING RETURNING message_id`,
      [unique.map((e) => e.id), unique.map((e) => e.name), unique.map((e) => e.producer)],
    );
    return new Set(rows.map((row) => row.message_id));
  }

  /**
   * Applies a batch's messages in order. A run of messages of one kind with a batch handler goes
   * to it in one call; the others go to their handlers one by one.
   */
  private async applyAll(
    manager: EntityManager,
    deliveries: Delivery[],
    fresh: Set<string>,
  ): Promise<HandleOutcome[]> {
    const outcomes: HandleOutcome[] = [];
    for (let i = 0; i < deliveries.length;) {
      const name = deliveries[i].envelope.name;
      const many = this.batchHandlers[name];
      if (!many) {
        outcomes.push(await this.apply(manager, deliveries[i++], fresh));
        continue;
      }
      const run: Delivery[] = [];
      while (i < deliveries.length && deliveries[i].envelope.name === name) {
        run.push(deliveries[i++]);
      }
      const first = run.filter((delivery) => fresh.delete(delivery.envelope.id));
      const handled = new Set(first);
      run.forEach((delivery) => outcomes.push(handled.has(delivery) ? 'handled' : 'duplicate'));
      if (first.length > 0) {
        await this.inTrace(first, () =>
          many(
            first.map(({ envelope, payload }) => ({ envelope, payload: payload as never })),
            { manager },
          ),
        );
      }
    }
    return outcomes;
  }

  private async apply(
    manager: EntityManager,
    delivery: Delivery,
    fresh: Set<string>,
  ): Promise<HandleOutcome> {
    const { envelope } = delivery;
    if (!fresh.delete(envelope.id)) return 'duplicate';
    await this.inTrace([delivery], () =>
      this.handlers[envelope.name](delivery.payload as never, { manager, envelope }),
    );
    return 'handled';
  }

  /**
   * Runs a handler in its messages' trace (issue #20): one message's own span; several, a span
   * of their own linked to each (no one of their traces is the batch's). As it is when not tracing.
   */
  private inTrace(deliveries: Delivery[], handler: () => Promise<void>): Promise<void> {
    const tracer = activeTracer();
    if (!tracer) return handler();
    const traced = deliveries.filter((delivery) => delivery.trace);
    if (traced.length === 0) return handler();
    if (deliveries.length === 1) return context.with(traced[0].trace!, handler);
    const span = tracer.startSpan(
      `process ${deliveries[0].envelope.name} (${deliveries.length} together)`,
      {
        kind: SpanKind.CONSUMER,
        attributes: {
          'messaging.system': 'bullmq',
          'messaging.operation.type': 'process',
          'messaging.destination.name': this.queue,
          'messaging.batch.message_count': deliveries.length,
        },
        links: traced.map((delivery) => ({ context: trace.getSpanContext(delivery.trace!)! })),
      },
      ROOT_CONTEXT,
    );
    return context.with(trace.setSpan(ROOT_CONTEXT, span), handler).then(
      () => span.end(),
      (error: unknown) => {
        endSpanWithError(span, error);
        throw error;
      },
    );
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.splitOut?.close();
  }
}
