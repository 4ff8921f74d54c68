import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A row as read for the report: every value as text. */
export type Row = Record<string, string>;

/** What the ledger, its kept balances, the commitments and the clawback receipts hold. */
export interface LedgerRecords {
  kept: Row[];
  lines: Row[];
  unbalanced: Row[];
  commitments: Row[];
  posted: Row[];
  count: Row[];
  receipts: Row[];
  returned: Row[];
  released: Row[];
}

/** What the payments, the bank's records and the settlement postings hold. */
export interface PaymentRows {
  payments: Row[];
  bank: Row[];
  settlements: Row[];
}

/**
 * The reconciliation report's SQL (R19, R27, R28). Call it inside the report's REPEATABLE READ
 * transaction, so every read sees the same snapshot.
 */
@Injectable()
export class ReconciliationRepository {
  async ledgerRecords(manager: EntityManager): Promise<LedgerRecords> {
    const [kept, lines, unbalanced, commitments, posted, count, receipts, returned, released] =
      await queriesInTurn(manager, [
        `SELECT account, balance_fen::text AS fen FROM finance.account_balance`,
        `SELECT account, sum(amount_fen)::text AS fen FROM finance.ledger_line GROUP BY account`,
        `SELECT posting_id::text AS id, sum(amount_fen)::text AS fen FROM finance.ledger_line
          GROUP BY posting_id HAVING sum(amount_fen) <> 0`,
        `SELECT id::text, status, amount_fen::text AS fen, released_fen::text AS released,
                programme, organization_id::text AS organization
           FROM finance.commitment`,
        `SELECT substring(p.reference from 12) AS id, l.amount_fen::text AS fen
           FROM finance.ledger_posting p JOIN finance.ledger_line l ON l.posting_id = p.id
          WHERE p.kind = 'COMMITMENT' AND p.reference LIKE 'commitment:%' AND l.amount_fen > 0`,
        `SELECT count(*)::text AS n FROM finance.ledger_posting`,
        `SELECT id::text, amount_fen::text AS fen FROM finance.clawback_receipt
          WHERE status = 'CONFIRMED'`,
        `SELECT substring(p.reference from 18) AS id, l.amount_fen::text AS fen
           FROM finance.ledger_posting p JOIN finance.ledger_line l ON l.posting_id = p.id
          WHERE p.kind = 'CLAWBACK' AND p.reference LIKE 'clawback-receipt:%' AND l.amount_fen > 0`,
        `SELECT substring(p.reference from 9 for 36) AS id, l.amount_fen::text AS fen
           FROM finance.ledger_posting p JOIN finance.ledger_line l ON l.posting_id = p.id
          WHERE p.kind = 'RELEASE' AND p.reference LIKE 'release:%' AND l.amount_fen > 0`,
      ]);
    return { kept, lines, unbalanced, commitments, posted, count, receipts, returned, released };
  }

  /**
   * Payments, the adapter's records (the simulated bank's books here; a real integration would
   * fetch the bank's statement) and the settlement postings, by the payment they reference.
   */
  async paymentRows(manager: EntityManager): Promise<PaymentRows> {
    const [payments, bank, settlements] = await queriesInTurn(manager, [
      `SELECT id::text, commitment_id::text AS commitment, status, amount_fen::text AS fen
         FROM finance.payment ORDER BY requested_at, id`,
      `SELECT payment_id::text AS id, amount_fen::text AS fen, outcome
         FROM finance.simulated_bank_transfer`,
      `SELECT substring(p.reference from 9) AS id, l.amount_fen::text AS fen
         FROM finance.ledger_posting p JOIN finance.ledger_line l ON l.posting_id = p.id
        WHERE p.kind = 'SETTLEMENT' AND l.amount_fen > 0`,
    ]);
    return { payments, bank, settlements };
  }
}

/**
 * Runs the queries one after another on the transaction's connection (a connection runs one
 * query at a time; handing it several at once is deprecated in pg and goes away in pg 9).
 */
async function queriesInTurn(manager: EntityManager, sqls: string[]): Promise<Row[][]> {
  const results: Row[][] = [];
  for (const sql of sqls) results.push(await manager.query(sql));
  return results;
}
