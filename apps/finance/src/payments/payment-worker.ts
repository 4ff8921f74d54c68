import { setTimeout as sleep } from 'node:timers/promises';
import { createRedis } from '@civic/platform/messaging';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { PAY_CHUNK_JOB, type PayChunkJob, PAYMENTS_QUEUE } from './pay-chunk.job';
import { PaymentExecutor } from './payment-executor';
import { PAYMENT_SETTINGS, type PaymentSettings } from './payment-settings';
import { PaymentSweeper } from './payment-sweeper';

/** Runs the payment queue's worker and the sweeper in this process (PAYMENTS_WORKER=true). */
@Injectable()
export class PaymentWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Payments');
  private readonly abort = new AbortController();
  private worker?: Worker<PayChunkJob>;
  private redis?: Redis;
  private sweeping?: Promise<void>;

  constructor(
    @Inject(PAYMENT_SETTINGS) private readonly settings: PaymentSettings,
    private readonly executor: PaymentExecutor,
    private readonly sweeper: PaymentSweeper,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.settings.worker) return;
    this.redis = createRedis(this.settings.redisUrl, 'finance:payments-worker');
    this.worker = new Worker<PayChunkJob>(PAYMENTS_QUEUE, (job) => this.process(job), {
      connection: this.redis,
      prefix: this.settings.prefix,
      concurrency: this.settings.concurrency,
    });
    this.worker.on('error', (error) => this.logger.error(`payment worker: ${error.message}`));
    this.worker.on('failed', (job, error) =>
      this.logger.error(`payment chunk ${job?.id} failed: ${error.message}`),
    );
    this.sweeping = this.sweepLoop();
  }

  private async process(job: Job<PayChunkJob>): Promise<number> {
    if (job.name !== PAY_CHUNK_JOB) throw new Error(`unknown payment job ${job.name}`);
    return this.executor.pay(job.data);
  }

  private async sweepLoop(): Promise<void> {
    while (!this.abort.signal.aborted) {
      try {
        const queued = await this.sweeper.sweepOnce();
        if (queued > 0) this.logger.log(`queued ${queued} payments again`);
      } catch (error) {
        if (!this.abort.signal.aborted) this.logger.error(`sweeper: ${(error as Error).message}`);
      }
      await sleep(this.settings.sweepMs, undefined, { signal: this.abort.signal }).catch(() => 0);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.abort.abort();
    await this.sweeping;
    await this.worker?.close();
    await this.redis?.quit().catch(() => undefined);
  }
}
