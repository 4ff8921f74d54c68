import type { PaymentReconciliationInput } from '@civic/domain/finance';
import type { PaymentRows } from './reconciliation.repository';

/**
 * What reconcilePayments compares, from the rows the repository read: payments, the adapter's
 * records, settlement postings (by payment) and accepted commitments.
 */
export function paymentRecords(
  { payments, bank, settlements }: PaymentRows,
  acceptedCommitments: ReadonlyMap<string, number>,
): PaymentReconciliationInput {
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
