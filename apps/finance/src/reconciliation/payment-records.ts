import type { PaymentReconciliationInput } from '@civic/domain/finance';
import type { EntityManager } from 'typeorm';
import { queriesInTurn } from './in-turn';

/**
 * Reads what reconcilePayments compares: payments, the adapter's records (the simulated bank's
 * books here; a real integration would fetch the bank's statement), settlement postings and
 * accepted commitments. Call it inside the report's REPEATABLE READ transaction.
 */
export async function paymentRecords(
  manager: EntityManager,
  acceptedCommitments: ReadonlyMap<string, number>,
): Promise<PaymentReconciliationInput> {
  const [payments, bank, settlements] = await queriesInTurn(manager, [
    `SELECT id::text, commitment_id::text AS commitment, status, amount_fen::text AS fen
       FROM finance.payment ORDER BY requested_at, id`,
    `SELECT payment_id::text AS id, amount_fen::text AS fen, outcome
       FROM finance.simulated_bank_transfer`,
    `SELECT substring(p.reference from 9) AS id, l.amount_fen::text AS fen
       FROM finance.ledger_posting p JOIN finance.ledger_line l ON l.posting_id = p.id
      WHERE p.kind = 'SETTLEMENT' AND l.amount_fen > 0`,
  ]);
  const settlementPostings = new Map<string, number[]>();
  for (const row of settlements) {
    settlementPostings.set(row.id, [...(settlementPostings.get(row.id) ?? []), Number(row.fen)]);
  }
  return {
    payments: payments.map((row) => ({
      id: row.id,
      commitmentId: row.commitment,
      status: row.status,
      amountFen: Number(row.fen),
    })),
    bank: bank.map((row) => ({
      paymentId: row.id,
      amountFen: Number(row.fen),
      executed: row.outcome === 'EXECUTED',
    })),
    settlementPostings,
    acceptedCommitments,
  };
}
