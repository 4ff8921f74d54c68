import {
  type MessageEnvelope,
  type MessageName,
  PayloadValidationError,
  type QueueName,
  queueTakes,
  validateMessage,
} from '@civic/contracts';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource, EntityManager } from 'typeorm';
import { Batcher, type Pending } from './inbox-batcher';
import type { MessageHandler } from './message-handlers';
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
 */
export class InboxWorker {
  private worker?: Worker;
  private batcher?: Batcher<Delivery, HandleOutcome>;
  private readonly queue: QueueName;
  private readonly handlers: Record<string, MessageHandler<MessageName>>;

  constructor(
    private readonly dataSource: DataSource,
    binding: InboxBinding,
  ) {
    this.queue = binding.queue;
    this.handlers = binding.handlers as Record<string, MessageHandler<MessageName>>;
  }

  start(connection: Redis, options: InboxWorkerOptions): Worker {
    const maxBatch = options.maxBatch ?? 50;
    this.batcher = new Batcher((batch) => this.handleBatch(batch), {
      maxBatch,
      maxWaitMs: 2,
      maxParallel: Math.max(1, Math.ceil(options.concurrency / maxBatch)),
    });
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

  private process(envelope: MessageEnvelope): Promise<HandleOutcome> {
    const delivery = this.accept(envelope);
    return this.batcher ? this.batcher.submit(delivery) : this.handleAlone(delivery);
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
        const results: HandleOutcome[] = [];
        for (const entry of batch) results.push(await this.apply(manager, entry.item, fresh));
        return results;
      });
    } catch {
      // One message spoiled the batch (or a deadlock aborted it): handle each alone.
      await Promise.all(
        batch.map((entry) => this.handleAlone(entry.item).then(entry.resolve, entry.reject)),
      );
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
  }
}
