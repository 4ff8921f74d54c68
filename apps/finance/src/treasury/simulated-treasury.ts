import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import type {
  TransferFailure,
  TransferInstruction,
  TransferResult,
  TreasuryAdapter,
} from './treasury-adapter';

export interface SimulatedTreasurySettings {
  /** Time the bank takes to answer one call, in ms. */
  latencyMs: number;
  /** Share of transfers the bank declines for good (decided by payment id, so stable). */
  declineRate: number;
  /** Share of calls the bank refuses whole, executing nothing (busy): retried. */
  unavailableRate: number;
  /** Share of calls whose transfers execute but whose answer comes too late (a timeout). */
  slowRate: number;
  /** How late a slow answer comes, in ms (longer than the caller waits). */
  slowAnswerMs: number;
  /** Account numbers whose transfers are always declined (frozen accounts). */
  frozenAccounts?: readonly string[];
}

const DECLINED: TransferFailure = {
  code: 'ACCOUNT_FROZEN',
  message: 'the bank declined the transfer: the receiving account is frozen or closed',
  messageZh: '银行退回：收款账户已冻结或销户',
};

const UNAVAILABLE: TransferFailure = {
  code: 'BANK_UNAVAILABLE',
  message: 'the bank was busy and took no transfer; it can be sent again',
  messageZh: '银行系统繁忙，未受理本次转账，可重新发送',
};

interface Row {
  payment_id: string;
  outcome: 'EXECUTED' | 'DECLINED';
  bank_reference: string | null;
}

/**
 * A simulated treasury with configurable latency, declines, outages and slow answers. Its books
 * are a table of its own (`simulated_bank_transfer`), written in its own transactions, as a bank's
 * would be: the idempotency key (payment id) is the primary key, so a key that arrives again is
 * counted and answered with the first result, never executed twice.
 */
export class SimulatedTreasury implements TreasuryAdapter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SimulatedTreasurySettings,
  ) {}

  async transfer(instructions: TransferInstruction[]): Promise<TransferResult[]> {
    if (instructions.length === 0) return [];
    await sleep(this.settings.latencyMs);
    if (Math.random() < this.settings.unavailableRate) {
      return instructions.map((i) => ({
        paymentId: i.paymentId,
        outcome: 'NOT_EXECUTED',
        ...UNAVAILABLE,
      }));
    }
    const rows: Row[] = await this.dataSource.query(
      `INSERT INTO "finance".simulated_bank_transfer
              (payment_id, amount_fen, to_account, outcome, bank_reference, decline_code)
       SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::jsonb[], $4::varchar[], $5::varchar[], $6::varchar[])
       ON CONFLICT (payment_id) DO UPDATE
          SET requests = simulated_bank_transfer.requests + 1
       RETURNING payment_id, outcome, bank_reference`,
      [
        instructions.map((i) => i.paymentId),
        instructions.map((i) => i.amountFen),
        instructions.map((i) => JSON.stringify(i.toAccount)),
        instructions.map((i) => (this.declines(i) ? 'DECLINED' : 'EXECUTED')),
        instructions.map((i) => (this.declines(i) ? null : bankReference(i.paymentId))),
        instructions.map((i) => (this.declines(i) ? DECLINED.code : null)),
      ],
    );
    if (Math.random() < this.settings.slowRate) await sleep(this.settings.slowAnswerMs);
    const byId = new Map(rows.map((row) => [row.payment_id, row]));
    return instructions.map((i) => resultOf(byId.get(i.paymentId)!));
  }

  async inquire(paymentIds: string[]): Promise<Map<string, TransferResult | null>> {
    await sleep(this.settings.latencyMs);
    const rows: Row[] = await this.dataSource.query(
      `SELECT payment_id, outcome, bank_reference FROM "finance".simulated_bank_transfer
        WHERE payment_id = ANY($1::uuid[])`,
      [paymentIds],
    );
    const found = new Map(rows.map((row) => [row.payment_id, resultOf(row)]));
    return new Map(paymentIds.map((id) => [id, found.get(id) ?? null]));
  }

  private declines({ paymentId, toAccount }: TransferInstruction): boolean {
    if (this.settings.frozenAccounts?.includes(toAccount.accountNumber)) return true;
    return this.settings.declineRate > 0 && unitHash(paymentId) < this.settings.declineRate;
  }
}

function resultOf(row: Row): TransferResult {
  return row.outcome === 'EXECUTED'
    ? { paymentId: row.payment_id, outcome: 'EXECUTED', bankReference: row.bank_reference! }
    : { paymentId: row.payment_id, outcome: 'DECLINED', ...DECLINED };
}

function bankReference(paymentId: string): string {
  return `SIM${createHash('sha256').update(paymentId).digest('hex').slice(0, 16).toUpperCase()}`;
}

/** A number in [0, 1) fixed by the payment id. */
function unitHash(paymentId: string): number {
  return createHash('sha256').update(paymentId).digest().readUInt32BE(0) / 2 ** 32;
}
