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
  /** How many payments and bank records there are in all, whatever was read. */
  count: Row[];
}

/** The records not plainly in order (ReconciliationRepository.suspects), by id. */
export interface Suspects {
  /** Commitments, and ids postings or payments name that no commitment has. */
  commitments: string[];
  /** Payment ids settlement postings or bank records name that no payment has. */
  payments: string[];
}

/** Everything, or only the suspects' records. */
export type Scope = 'all' | Suspects;

type Query = [sql: string, parameters?: unknown[]];

/**
 * The reconciliation report's SQL (R19, R27, R28). Call it inside the report's REPEATABLE READ
 * transaction, so every read sees the same snapshot.
 */
@Injectable()
export class ReconciliationRepository {
  /**
   * The ledger's records: every commitment and its postings, or only the suspects' (the tables'
   * counts, kept balances, line totals, unbalanced postings and clawback receipts in full either
   * way).
   */
  async ledgerRecords(manager: EntityManager, scope: Scope = 'all'): Promise<LedgerRecords> {
    const ids = scope === 'all' ? [] : [scope.commitments];
    const only = (column: string, type: string) =>
      scope === 'all' ? '' : ` AND ${column} = ANY($1::${type}[])`;
    const none = scope !== 'all' && scope.commitments.length === 0;
    const [kept, lines, , unbalanced, , commitments, posted, count, receipts, returned, released] =
      await queriesInTurn(manager, [
        [`SELECT account, balance_fen::text AS fen FROM finance.account_balance`],
        [`SELECT account, sum(amount_fen)::text AS fen FROM finance.ledger_line GROUP BY account`],
        // Sorted in parallel rather than hashed alone: 2.8 s against 4.9 over 2,500,000 postings.
        [`SET LOCAL enable_hashagg = off`],
        [
          `SELECT posting_id::text AS id, sum(amount_fen)::text AS fen FROM finance.ledger_line
            GROUP BY posting_id HAVING sum(amount_fen) <> 0`,
        ],
        [`SET LOCAL enable_hashagg = on`],
        none
          ? null
          : [
              `SELECT id::text, status, amount_fen::text AS fen, released_fen::text AS released,
                      programme, organization_id::text AS organization
                 FROM finance.commitment WHERE true${only('id', 'uuid')}`,
              ids,
            ],
        none
          ? null
          : [
              `SELECT substring(p.reference from 12) AS id, l.amount_fen::text AS fen
                 FROM finance.ledger_posting p JOIN finance.ledger_line l ON l.posting_id = p.id
                WHERE p.kind = 'COMMITMENT' AND p.reference LIKE 'commitment:%' AND l.amount_fen > 0
                      ${only('substring(p.reference from 12)', 'text')}`,
              ids,
            ],
        [
          `SELECT (SELECT count(*) FROM finance.ledger_posting)::text AS n,
                  (SELECT count(*) FROM finance.commitment)::text AS commitments`,
        ],
        [
          `SELECT id::text, amount_fen::text AS fen FROM finance.clawback_receipt
            WHERE status = 'CONFIRMED'`,
        ],
        [
          `SELECT substring(p.reference from 18) AS id, l.amount_fen::text AS fen
             FROM finance.ledger_posting p JOIN finance.ledger_line l ON l.posting_id = p.id
            WHERE p.kind = 'CLAWBACK' AND p.reference LIKE 'clawback-receipt:%' AND l.amount_fen > 0`,
        ],
        none
          ? null
          : [
              `SELECT substring(p.reference from 9 for 36) AS id, l.amount_fen::text AS fen
                 FROM finance.ledger_posting p JOIN finance.ledger_line l ON l.posting_id = p.id
                WHERE p.kind = 'RELEASE' AND p.reference LIKE 'release:%' AND l.amount_fen > 0
                      ${only('substring(p.reference from 9 for 36)', 'text')}`,
              ids,
            ],
      ]);
    return { kept, lines, unbalanced, commitments, posted, count, receipts, returned, released };
  }

  /**
   * Every commitment and payment that is not plainly in order, and every id a posting or bank
   * record names that has no record: what `ledgerRecords` and `paymentRows` then read. One pass
   * over the postings and their lines, joined with the commitments, payments and bank records.
   *
   * A commitment is plainly in order, by every rule `reconcile`, `reconcilePayments` and
   * `idleHolds` apply, when: refused, with no posting, release or payment; or accepted or closed,
   * posted once for its amount, its releases' sum what it says it released, and each payment
   * either settled (executed at the bank for its amount, posted once for its amount) or waiting
   * (for a batch or in one, not at the bank, not posted), settled ones paying no more than it
   * committed. Anything else (a failure, a payment at the bank, a difference) is a suspect, and the
   * domain's functions judge it as they would judge everything. The full report matches references
   * as text; a reference that is not a UUID in its canonical text (lower case, hyphenated), which
   * a UUID join would match where text does not, makes the cast fail (22P02): the caller then
   * reads everything.
   */
  async suspects(manager: EntityManager): Promise<Suspects> {
    const rows: { ref: string; of_payment: boolean }[] = await manager.query(SUSPECTS);
    return {
      commitments: rows.filter((row) => !row.of_payment).map((row) => row.ref),
      payments: rows.filter((row) => row.of_payment).map((row) => row.ref),
    };
  }

  /**
   * Payments, the adapter's records (the simulated bank's books here; a real integration would
   * fetch the bank's statement) and the settlement postings, by the payment they reference: all,
   * or the suspect commitments' payments and the records of suspect payment ids.
   */
  async paymentRows(manager: EntityManager, scope: Scope = 'all'): Promise<PaymentRows> {
    const all = scope === 'all';
    const ids = all ? [] : [scope.commitments, scope.payments];
    const theirs = `SELECT id FROM finance.payment WHERE commitment_id = ANY($1::uuid[])`;
    const none = !all && scope.commitments.length === 0 && scope.payments.length === 0;
    const [payments, bank, settlements, count] = await queriesInTurn(manager, [
      none
        ? null
        : [
            `SELECT id::text, commitment_id::text AS commitment, status, amount_fen::text AS fen
               FROM finance.payment ${all ? '' : 'WHERE commitment_id = ANY($1::uuid[])'}
              ORDER BY requested_at, id`,
            all ? [] : [scope.commitments],
          ],
      none
        ? null
        : [
            `SELECT payment_id::text AS id, amount_fen::text AS fen, outcome
               FROM finance.simulated_bank_transfer
              ${all ? '' : `WHERE payment_id IN (${theirs}) OR payment_id = ANY($2::uuid[])`}`,
            ids,
          ],
      none
        ? null
        : [
            `SELECT substring(p.reference from 9) AS id, l.amount_fen::text AS fen
               FROM finance.ledger_posting p JOIN finance.ledger_line l ON l.posting_id = p.id
              WHERE p.kind = 'SETTLEMENT' AND l.amount_fen > 0
              ${all ? '' : `AND (substring(p.reference from 9) IN (SELECT id::text FROM (${theirs}) t) OR substring(p.reference from 9) = ANY($2::text[]))`}`,
            ids,
          ],
      [
        `SELECT (SELECT count(*) FROM finance.payment)::text AS payments,
                (SELECT count(*) FROM finance.simulated_bank_transfer)::text AS bank`,
      ],
    ]);
    return { payments, bank, settlements, count };
  }
}

/**
 * Runs the queries one after another on the transaction's connection (a connection runs one
 * query at a time; handing it several at once is deprecated in pg and goes away in pg 9); a null
 * query reads nothing.
 */
async function queriesInTurn(manager: EntityManager, queries: (Query | null)[]): Promise<Row[][]> {
  const results: Row[][] = [];
  for (const query of queries) results.push(query ? await manager.query(...query) : []);
  return results;
}

/**
 * suspects' statement (see there for what is plainly in order). NOT MATERIALIZED: the postings'
 * grouping is done twice, once for commitments and once for payments, each in parallel, which
 * on two cores beats doing it once alone (17 s against 25 s over 5,000,000 lines).
 */
const SUSPECTS = `
  WITH by_ref AS NOT MATERIALIZED (
    SELECT (CASE WHEN named.id::uuid::text = named.id THEN named.id ELSE named.id || '!' END)::uuid
             AS ref,
           p.kind = 'SETTLEMENT' AS of_payment,
           count(*) FILTER (WHERE p.kind = 'COMMITMENT') AS commitment_lines,
           sum(l.amount_fen) FILTER (WHERE p.kind = 'COMMITMENT') AS committed,
           coalesce(sum(l.amount_fen) FILTER (WHERE p.kind = 'RELEASE'), 0) AS released,
           count(*) FILTER (WHERE p.kind = 'SETTLEMENT') AS settlement_lines,
           sum(l.amount_fen) FILTER (WHERE p.kind = 'SETTLEMENT') AS settled
      FROM finance.ledger_posting p JOIN finance.ledger_line l ON l.posting_id = p.id
     CROSS JOIN LATERAL (
       SELECT CASE p.kind WHEN 'COMMITMENT' THEN substring(p.reference from 12)
                          WHEN 'RELEASE' THEN substring(p.reference from 9 for 36)
                          ELSE substring(p.reference from 9) END AS id) named
     WHERE l.amount_fen > 0
       AND ((p.kind = 'COMMITMENT' AND p.reference LIKE 'commitment:%')
         OR (p.kind = 'RELEASE' AND p.reference LIKE 'release:%')
         OR p.kind = 'SETTLEMENT')
     GROUP BY 1, 2),
  paid AS (
    SELECT p.id, p.commitment_id, p.status, p.amount_fen,
           CASE WHEN p.status = 'SETTLED'
                THEN coalesce(b.outcome = 'EXECUTED' AND b.amount_fen = p.amount_fen
                              AND s.settlement_lines = 1 AND s.settled = p.amount_fen, false)
                WHEN p.status IN ('AWAITING_BATCH', 'IN_BATCH')
                THEN b.payment_id IS NULL AND s.ref IS NULL
                ELSE false END AS plain
      FROM finance.payment p
      LEFT JOIN finance.simulated_bank_transfer b ON b.payment_id = p.id
      LEFT JOIN by_ref s ON s.ref = p.id AND s.of_payment),
  pay AS (
    SELECT commitment_id AS ref, bool_and(plain) AS plain,
           coalesce(sum(amount_fen) FILTER (WHERE status = 'SETTLED'), 0) AS settled
      FROM paid GROUP BY commitment_id)
  SELECT coalesce(c.id, r.ref, pay.ref) AS ref, false AS of_payment
    FROM finance.commitment c
    FULL JOIN (SELECT * FROM by_ref WHERE NOT of_payment) r ON r.ref = c.id
    FULL JOIN pay ON pay.ref = coalesce(c.id, r.ref)
   WHERE NOT coalesce(CASE WHEN c.status = 'REFUSED'
                           THEN r.ref IS NULL AND c.released_fen = 0 AND pay.ref IS NULL
                           ELSE r.commitment_lines = 1 AND r.committed = c.amount_fen
                                AND r.released = c.released_fen
                                AND (pay.ref IS NULL OR (pay.plain AND pay.settled <= c.amount_fen))
                      END, false)
  UNION ALL
  SELECT s.ref, true FROM by_ref s
   WHERE s.of_payment AND NOT EXISTS (SELECT 1 FROM finance.payment p WHERE p.id = s.ref)
  UNION ALL
  SELECT b.payment_id, true FROM finance.simulated_bank_transfer b
   WHERE NOT EXISTS (SELECT 1 FROM finance.payment p WHERE p.id = b.payment_id)`;
