import { setTimeout as sleep } from 'node:timers/promises';
import { createRedis } from '@civic/platform/messaging';
import { type Job, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { DeliveryDispatcher } from './delivery-dispatcher';
import { DELIVERY_QUEUE, type DeliveryJob } from './delivery-queue';
import type { DeliverySender } from './delivery-sender';

export interface DeliveryRuntimeOptions {
  redisUrl: string;
  prefix: string;
  attempts: number;
  backoffMs: number;
  pollMs?: number;
  concurrency?: number;
}

interface Logger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Runs the delivery of notices (issue #18): the dispatcher's loop, which queues the pending
 * deliveries, and the BullMQ worker, which sends them with retries and exponential backoff.
 */
export class DeliveryRuntime {
  private running = false;
  private readonly abort = new AbortController();
  private readonly connections: Redis[] = [];
  private queue?: Queue<DeliveryJob>;
  private worker?: Worker<DeliveryJob>;
  private loop?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sender: DeliverySender,
    private readonly options: DeliveryRuntimeOptions,
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    const { prefix, attempts, backoffMs } = this.options;
    this.queue = new Queue(DELIVERY_QUEUE, { connection: this.connect('notify:queue'), prefix });
    this.worker = new Worker(DELIVERY_QUEUE, (job: Job<DeliveryJob>) => this.process(job), {
      connection: this.connect('notify:worker'),
      prefix,
      concurrency: this.options.concurrency ?? 4,
    });
    this.worker.on('error', (error) => this.logger.error(`delivery worker: ${error.message}`));
    this.worker.on('failed', (job, error) =>
      this.logger.warn(`delivery ${job?.data.deliveryId} try failed: ${error.message}`),
    );
    const dispatcher = new DeliveryDispatcher(this.dataSource, this.queue, { attempts, backoffMs });
    this.loop = this.dispatch(dispatcher);
  }

  private async process(job: Job<DeliveryJob>): Promise<string> {
    const lastTry = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const outcome = await this.sender.send(job.data.deliveryId, lastTry);
    if (outcome === 'failed') {
      this.logger.error(`delivery ${job.data.deliveryId} failed for good; recorded as FAILED`);
    }
    return outcome;
  }

  private async dispatch(dispatcher: DeliveryDispatcher): Promise<void> {
    while (this.running) {
      let queued = 0;
      try {
        queued = await dispatcher.dispatchOnce();
      } catch (error) {
        if (!this.running) return;
        this.logger.error(`delivery dispatcher: ${(error as Error).message}`);
      }
      if (queued === 0) {
        await sleep(this.options.pollMs ?? 500, undefined, { signal: this.abort.signal }).catch(
          () => undefined,
        );
      }
    }
  }

  private connect(name: string): Redis {
    const redis = createRedis(this.options.redisUrl, name);
    redis.on('error', (error) => this.logger.error(`redis (${name}): ${error.message}`));
    this.connections.push(redis);
    return redis;
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.abort.abort();
    await this.loop;
    await this.worker?.close();
    await this.queue?.close();
    await Promise.all(this.connections.map((redis) => redis.quit().catch(() => undefined)));
  }
}
