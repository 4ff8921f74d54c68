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
import type { DataSource } from 'typeorm';
import type { MessageHandler } from './message-handlers';
import type { InboxBinding } from './messaging-runtime';
import { bullQueueName } from './redis-keys';

export interface InboxWorkerOptions {
  prefix: string;
  concurrency: number;
  stalledIntervalMs: number;
}

export type HandleOutcome = 'handled' | 'duplicate';

/**
 * Consumes one queue. Each message's id goes into the inbox table in the same transaction as the
 * handler's effect: a redelivered message (a retry, a crash, a republish after Redis lost its data)
 * finds its id there and has no second effect. A payload that breaks its contract fails at once,
 * without retries, and stays in the queue's failed set for someone to look at.
 */
export class InboxWorker {
  private worker?: Worker;
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
    this.worker = new Worker(bullQueueName(this.queue), (job: Job) => this.handle(job.data), {
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

  async handle(envelope: MessageEnvelope): Promise<HandleOutcome> {
    const { name } = envelope;
    if (!queueTakes(this.queue, name)) {
      throw new UnrecoverableError(`queue ${this.queue} does not take message ${name}`);
    }
    let payload: unknown;
    try {
      payload = validateMessage(name as MessageName, envelope.payload);
    } catch (error) {
      if (error instanceof PayloadValidationError) throw new UnrecoverableError(error.message);
      throw error;
    }
    const handler = this.handlers[name];
    const schema = this.dataSource.driver.schema;
    return this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO "${schema}".inbox (message_id, name, producer) VALUES ($1, $2, $3)
         ON CONFLICT (message_id) DO NOTHING RETURNING message_id`,
        [envelope.id, name, envelope.producer],
      );
      if (inserted.length === 0) return 'duplicate';
      await handler(payload as never, { manager, envelope });
      return 'handled';
    });
  }

  async close(): Promise<void> {
    await this.worker?.close();
  }
}
