import type { BankAccountV1 } from '@civic/contracts';

/** One transfer for the bank to make. The payment id is the idempotency key. */
export interface TransferInstruction {
  paymentId: string;
  amountFen: number;
  toAccount: BankAccountV1;
  memo: string;
}

export interface TransferFailure {
  code: string;
  message: string;
  messageZh: string;
}

/**
 * What the bank answered for one transfer:
 * - EXECUTED: the money moved;
 * - DECLINED: the bank refused it for good (closed account, name mismatch): not retried;
 * - NOT_EXECUTED: the bank did not take it this time (busy, maintenance): safe to retry;
 * - UNKNOWN: no answer in time: it may or may not have moved; ask before sending again.
 */
export type TransferResult =
  | { paymentId: string; outcome: 'EXECUTED'; bankReference: string }
  | ({ paymentId: string; outcome: 'DECLINED' | 'NOT_EXECUTED' | 'UNKNOWN' } & TransferFailure);

/**
 * The payment gateway (treasury or bank) behind one interface: the simulated treasury implements
 * it here, and a real bank integration (批量代发 API) would implement it the same way. Both calls
 * take many transfers at once, as bank bulk-payment interfaces do.
 */
export interface TreasuryAdapter {
  /** Sends transfers; the same payment id sent twice is executed at most once (idempotency). */
  transfer(instructions: TransferInstruction[]): Promise<TransferResult[]>;
  /**
   * What the bank knows of each payment id: its result, or `null` when the id never reached it
   * (then sending it is safe).
   */
  inquire(paymentIds: string[]): Promise<Map<string, TransferResult | null>>;
}

export const TREASURY_ADAPTER = Symbol('TREASURY_ADAPTER');
