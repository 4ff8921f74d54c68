import { randomUUID } from 'node:crypto';
import { PersonalDataCipher } from '@civic/platform/pii';
import { Inject, Injectable } from '@nestjs/common';
import {
  TREASURY_ADAPTER,
  type TransferInstruction,
  type TransferResult,
  type TreasuryAdapter,
} from '../treasury/treasury-adapter';
import type { ClaimedPayment } from './claimed-payment';
import type { PayChunkJob } from './pay-chunk.job';
import { PaymentDispatcher } from './payment-dispatcher';
import { outcomesOf } from './payment-outcomes';
import { PAYMENT_SETTINGS, type PaymentSettings } from './payment-settings';
import { PaymentsRepository } from './payments.repository';
import { openAccount } from './sealed-account';
import { SettlementWriter } from './settlement-writer';

const NO_ANSWER = {
  code: 'BANK_NO_ANSWER',
  message: 'the bank did not answer in time',
  messageZh: '银行未在规定时间内应答',
};

/**
 * Pays one chunk (rule R28), in three steps that each survive a crash between them:
 * 1. claim: the due payments become SENT under this worker's lease, committed before the bank
 *    hears of them; a payment found SENT with its lease run out belonged to a worker that died;
 * 2. the bank: payments of dead workers are first inquired about, by idempotency key, and only the
 *    ones the bank never received are sent again; the others are sent in one bulk call;
 * 3. record: the answers, the postings and the events, in one transaction (SettlementWriter).
 * A crash before 3 leaves payments SENT; when their lease runs out the sweeper queues them again,
 * and step 2 asks the bank instead of paying twice.
 * The account number is opened here only, for the transfer the bank makes (R30).
 */
@Injectable()
export class PaymentExecutor {
  constructor(
    @Inject(TREASURY_ADAPTER) private readonly treasury: TreasuryAdapter,
    @Inject(PAYMENT_SETTINGS) private readonly settings: PaymentSettings,
    private readonly settlements: SettlementWriter,
    private readonly dispatcher: PaymentDispatcher,
    private readonly repository: PaymentsRepository,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async pay(job: PayChunkJob): Promise<number> {
    const token = randomUUID();
    const claimed = await this.repository.claim(job.paymentIds, this.settings.leaseMs, token);
    if (claimed.length === 0) return 0;
    const answers = await this.inquireAbout(
      claimed.filter((p) => p.was === 'SENT'),
      token,
    );
    const toSend = claimed.filter((p) => !answers.has(p.id));
    for (const result of await this.send(toSend)) answers.set(result.paymentId, result);
    const outcomes = outcomesOf(claimed, answers, this.settings.retry);
    await this.settlements.record(job.batchId, token, outcomes);
    await this.requeue(job.batchId, outcomes.retry);
    await this.requeue(job.batchId, outcomes.inquire);
    return claimed.length;
  }

  /**
   * What the bank knows of payments a dead worker (or a timed-out call) left SENT. The ones it never
   * received are left out of the answers, to be sent again as a new attempt; once attempts are
   * used up they fail instead.
   */
  private async inquireAbout(
    atBank: ClaimedPayment[],
    token: string,
  ): Promise<Map<string, TransferResult>> {
    const answers = new Map<string, TransferResult>();
    if (atBank.length === 0) return answers;
    const known = await this.withTimeout(
      this.treasury.inquire(atBank.map((p) => p.id)),
      () => null,
    );
    const resend: ClaimedPayment[] = [];
    for (const payment of atBank) {
      const result = known === null ? undefined : known.get(payment.id);
      if (result === undefined) {
        answers.set(payment.id, { paymentId: payment.id, outcome: 'UNKNOWN', ...NO_ANSWER });
      } else if (result !== null) {
        answers.set(payment.id, result);
      } else if (payment.attempts >= this.settings.retry.maxAttempts) {
        answers.set(payment.id, { paymentId: payment.id, outcome: 'NOT_EXECUTED', ...NO_ANSWER });
      } else {
        resend.push(payment);
      }
    }
    if (resend.length > 0) {
      await this.repository.countAttempt(
        resend.map((p) => p.id),
        token,
      );
      resend.forEach((p) => (p.attempts += 1));
    }
    return answers;
  }

  private async send(payments: ClaimedPayment[]): Promise<TransferResult[]> {
    if (payments.length === 0) return [];
    const instructions: TransferInstruction[] = payments.map((p) => ({
      paymentId: p.id,
      amountFen: p.amountFen,
      toAccount: openAccount(this.cipher, p),
      memo: p.reference,
    }));
    return this.withTimeout(this.treasury.transfer(instructions), () =>
      payments.map((p) => ({ paymentId: p.id, outcome: 'UNKNOWN' as const, ...NO_ANSWER })),
    );
  }

  /** The bank's answer, or `onTimeout()` when it does not come in time (or the call failed). */
  private async withTimeout<T>(call: Promise<T>, onTimeout: () => T): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<T>((resolve) => {
      timer = setTimeout(() => resolve(onTimeout()), this.settings.treasuryTimeoutMs);
    });
    try {
      return await Promise.race([call.catch(() => onTimeout()), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async requeue(batchId: string, later: { payment: ClaimedPayment; delayMs: number }[]) {
    if (later.length === 0) return;
    const delayMs = Math.max(...later.map((entry) => entry.delayMs));
    await this.dispatcher.dispatch(
      batchId,
      later.map((entry) => entry.payment.id),
      delayMs,
    );
  }
}
