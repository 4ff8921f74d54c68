import { createRedis } from '@civic/platform/messaging';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { PAY_CHUNK_JOB, type PayChunkJob, PAYMENTS_QUEUE } from './pay-chunk.job';
import { PAYMENT_SETTINGS, type PaymentSettings } from './payment-settings';

/** Puts payments on the payment queue in chunks, after the transaction that made them due. */
@Injectable()
export class PaymentDispatcher implements OnApplicationShutdown {
  private redis?: Redis;
  private queue?: Queue<PayChunkJob>;

  constructor(@Inject(PAYMENT_SETTINGS) private readonly settings: PaymentSettings) {}

  async dispatch(batchId: string, paymentIds: string[], delayMs = 0): Promise<void> {
    const { chunkSize } = this.settings;
    const jobs = [];
    for (let i = 0; i < paymentIds.length; i += chunkSize) {
      jobs.push({
        name: PAY_CHUNK_JOB,
        data: { batchId, paymentIds: paymentIds.slice(i, i + chunkSize) },
        opts: { delay: delayMs, removeOnComplete: true, removeOnFail: 1000, attempts: 3 },
      });
    }
    if (jobs.length > 0) await this.jobs().addBulk(jobs);
  }

  private jobs(): Queue<PayChunkJob> {
    if (!this.queue) {
      this.redis = createRedis(this.settings.redisUrl, 'finance:payments-dispatch');
      this.queue = new Queue<PayChunkJob>(PAYMENTS_QUEUE, {
        connection: this.redis,
        prefix: this.settings.prefix,
      });
    }
    return this.queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue?.close();
    await this.redis?.quit().catch(() => undefined);
  }
}
