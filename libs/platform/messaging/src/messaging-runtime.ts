import { setTimeout as sleep } from 'node:timers/promises';
import type { QueueName } from '@civic/contracts';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { createRedis } from './bull-connection';
import { InboxWorker } from './inbox-worker';
import type { BatchHandlers, MessageHandlers } from './message-handlers';
import { OutboxConfirmer } from './outbox-confirmer';
import { OutboxRelay } from './outbox-relay';

export interface MessagingSettings {
  producer: string;
  redisUrl: string;
  prefix: string;
  batchSize: number;
  /** Most messages in one BullMQ job (default 50). */
  bundleSize?: number;
  pollMs: number;
  confirmEveryMs: number;
  inboxConcurrency: number;
  stalledIntervalMs: number;
  /** Run the outbox relay and confirmation sweep here (default true). */
  relay?: boolean;
}

/** A queue this service consumes, with its handlers (a union over every declared queue). */
export type InboxBinding<Q extends QueueName = QueueName> = {
  [K in Q]: { queue: K; handlers: MessageHandlers<K>; batchHandlers?: BatchHandlers<K> };
}[Q];

interface Logger {
  log(message: string): void;
  error(message: string, trace?: string): void;
}

/** Runs a service's outbox relay, its confirmation sweep and, if it consumes a queue, its inbox. */
export class MessagingRuntime {
  private running = false;
  private readonly abort = new AbortController();
  private readonly loops: Promise<void>[] = [];
  private readonly connections: Redis[] = [];
  private relay?: OutboxRelay;
  private inbox?: InboxWorker;

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: MessagingSettings,
    private readonly logger: Logger,
  ) {}

  start(binding?: InboxBinding): void {
    if (this.running) return;
    this.running = true;
    const { producer, redisUrl, prefix, batchSize, bundleSize } = this.settings;
    const redis = this.connect(`${producer}:relay`);
    if (this.settings.relay !== false) {
      this.relay = new OutboxRelay(this.dataSource, redis, {
        producer,
        prefix,
        batchSize,
        bundleSize,
      });
      const confirmer = new OutboxConfirmer(this.dataSource, redis, prefix);
      this.loops.push(this.loop('relay', () => this.relayTick()));
      this.loops.push(this.loop('confirm', () => this.confirmTick(confirmer)));
    }
    if (binding) {
      this.inbox = new InboxWorker(this.dataSource, binding);
      const worker = this.inbox.start(this.connect(`${producer}:inbox`), {
        prefix,
        concurrency: this.settings.inboxConcurrency,
        stalledIntervalMs: this.settings.stalledIntervalMs,
      });
      worker.on('failed', (job, error) =>
        this.logger.error(`message ${job?.id} (${job?.name}) failed: ${error.message}`),
      );
      worker.on('error', (error) => this.logger.error(`inbox worker: ${error.message}`));
    }
    this.logger.log(
      `messaging started for ${producer} (redis ${redisUrl.replace(/\/\/.*@/, '//')})`,
    );
  }

  private async relayTick(): Promise<void> {
    const claimed = await this.relay!.relayOnce();
    if (claimed < this.settings.batchSize) await this.pause(this.settings.pollMs);
  }

  private async confirmTick(confirmer: OutboxConfirmer): Promise<void> {
    await confirmer.confirmOnce();
    if (Math.random() < 0.01) await confirmer.pruneOnce();
    await this.pause(this.settings.confirmEveryMs);
  }

  private async loop(name: string, tick: () => Promise<void>): Promise<void> {
    while (this.running) {
      try {
        await tick();
      } catch (error) {
        if (!this.running) return;
        const err = error as Error;
        this.logger.error(`${name} loop: ${err.message}`, err.stack);
        await this.pause(1000);
      }
    }
  }

  private async pause(ms: number): Promise<void> {
    await sleep(ms, undefined, { signal: this.abort.signal }).catch(() => undefined);
  }

  private connect(name: string): Redis {
    const redis = createRedis(this.settings.redisUrl, name);
    redis.on('error', (error) => this.logger.error(`redis (${name}): ${error.message}`));
    this.connections.push(redis);
    return redis;
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.abort.abort();
    await this.inbox?.close();
    await Promise.allSettled(this.loops);
    await this.relay?.close();
    await Promise.all(this.connections.map((redis) => redis.quit().catch(() => undefined)));
  }
}
