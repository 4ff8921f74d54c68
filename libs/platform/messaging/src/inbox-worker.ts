import {
  type MessageEnvelope,
  type MessageName,
  PayloadValidationError,
  type QueueName,
  queueTakes,
  validateMessage,
} from '@civic/contracts';
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
    return this.submit(this.accept(data));
  }

  private submit(delivery: Delivery): Promise<HandleOutcome> {
    return this.batcher ? this.batcher.submit(delivery) : this.handleAlone(delivery);
  }

  /** Handles a bundle's messages; those that fail become jobs of their own. */
  private async processBundle(envelopes: MessageEnvelope[]): Promise<HandleOutcome[]> {
    const settled = await Promise.allSettled(
      envelopes.map(async (envelope) => this.submit(this.accept(envelope))),
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
        await many(
          first.map(({ envelope, payload }) => ({ envelope, payload: payload as never })),
          { manager },
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
    await this.handlers[envelope.name](delivery.payload as never, { manager, envelope });
    return 'handled';
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.splitOut?.close();
  }
}
