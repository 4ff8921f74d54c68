import { Inject, Injectable } from '@nestjs/common';
import { PaymentDispatcher } from './payment-dispatcher';
import { PAYMENT_SETTINGS, type PaymentSettings } from './payment-settings';
import { PaymentsRepository } from './payments.repository';

/**
 * Finds payments that are due but whose job is gone (Redis lost its data, a worker died holding
 * it) and queues them again (rule R28: nothing is lost). Postgres says what is due; the queue only
 * carries the work. Each due payment is marked as dispatched in the same statement that finds it,
 * so several sweepers never queue the same payment twice in one round.
 */
@Injectable()
export class PaymentSweeper {
  constructor(
    @Inject(PAYMENT_SETTINGS) private readonly settings: PaymentSettings,
    private readonly dispatcher: PaymentDispatcher,
    private readonly repository: PaymentsRepository,
  ) {}

  /** Queues what is due and forgotten; returns how many payments it queued. */
  async sweepOnce(limit = 20_000): Promise<number> {
    const rows = await this.repository.dueAndForgotten(this.settings.requeueMs, limit);
    const byBatch = new Map<string, string[]>();
    for (const row of rows)
      byBatch.set(row.batch_id, [...(byBatch.get(row.batch_id) ?? []), row.id]);
    for (const [batchId, ids] of byBatch) await this.dispatcher.dispatch(batchId, ids.sort());
    return rows.length;
  }
}
