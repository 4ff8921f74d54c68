import type { Fen } from '@civic/domain/money';

/** A payment as finance holds it, for reconciliation with the bank and the ledger (rule R28). */
export interface PaymentRecord {
  id: string;
  commitmentId: string;
  status: string;
  amountFen: Fen;
}

/** What the payment adapter (the bank) says it executed, by idempotency key = payment id. */
export interface BankRecord {
  paymentId: string;
  amountFen: Fen;
  executed: boolean;
}

export interface PaymentReconciliationInput {
  payments: readonly PaymentRecord[];
  bank: readonly BankRecord[];
  /** SETTLEMENT postings by the payment they reference, with the amount disbursed by each. */
  settlementPostings: ReadonlyMap<string, Fen[]>;
  /** Accepted commitments, by id, with their amount. */
  acceptedCommitments: ReadonlyMap<string, Fen>;
}

export type PaymentDifferenceKind =
  | 'SETTLED_NOT_AT_BANK'
  | 'PAID_AT_BANK_NOT_SETTLED'
  | 'BANK_AMOUNT_DIFFERS'
  | 'BANK_TRANSFER_WITHOUT_PAYMENT'
  | 'SETTLEMENT_NOT_POSTED'
  | 'SETTLEMENT_POSTED_TWICE'
  | 'SETTLEMENT_AMOUNT_DIFFERS'
  | 'SETTLEMENT_WITHOUT_PAYMENT'
  | 'DISBURSED_OVER_COMMITMENT';

export interface PaymentDifference {
  kind: PaymentDifferenceKind;
  /** The payment or commitment it is about. */
  subject: string;
  expectedFen: Fen;
  actualFen: Fen;
}

/**
 * rule R28, rule R27: payments against the bank's records, the ledger's settlements and their
 * commitments. A payment still SENT may be at the bank without being settled yet: its answer is in
 * flight, so it is not a difference. Everything else that disagrees is listed.
 */
export function reconcilePayments(input: PaymentReconciliationInput): PaymentDifference[] {
  const differences: PaymentDifference[] = [];
  const add = (kind: PaymentDifferenceKind, subject: string, expected: Fen, actual: Fen) =>
    differences.push({ kind, subject, expectedFen: expected, actualFen: actual });
  const bank = new Map(input.bank.filter((b) => b.executed).map((b) => [b.paymentId, b]));
  const payments = new Map(input.payments.map((p) => [p.id, p]));
  const paidPerCommitment = new Map<string, Fen>();
  for (const payment of input.payments) {
    const atBank = bank.get(payment.id);
    const postings = input.settlementPostings.get(payment.id) ?? [];
    if (payment.status === 'SETTLED') {
      if (!atBank) add('SETTLED_NOT_AT_BANK', payment.id, payment.amountFen, 0);
      if (postings.length === 0) add('SETTLEMENT_NOT_POSTED', payment.id, payment.amountFen, 0);
      paidPerCommitment.set(
        payment.commitmentId,
        (paidPerCommitment.get(payment.commitmentId) ?? 0) + payment.amountFen,
      );
    } else if (atBank && payment.status !== 'SENT') {
      add('PAID_AT_BANK_NOT_SETTLED', payment.id, 0, atBank.amountFen);
    }
    if (atBank && atBank.amountFen !== payment.amountFen) {
      add('BANK_AMOUNT_DIFFERS', payment.id, payment.amountFen, atBank.amountFen);
    }
    if (postings.length > 1)
      add('SETTLEMENT_POSTED_TWICE', payment.id, payment.amountFen, sum(postings));
    if (postings.length === 1 && postings[0] !== payment.amountFen) {
      add('SETTLEMENT_AMOUNT_DIFFERS', payment.id, payment.amountFen, postings[0]);
    }
    if (postings.length > 0 && payment.status !== 'SETTLED') {
      add('SETTLEMENT_WITHOUT_PAYMENT', payment.id, 0, sum(postings));
    }
  }
  for (const [id, record] of bank) {
    if (!payments.has(id)) add('BANK_TRANSFER_WITHOUT_PAYMENT', id, 0, record.amountFen);
  }
  for (const [id, postings] of input.settlementPostings) {
    if (!payments.has(id)) add('SETTLEMENT_WITHOUT_PAYMENT', id, 0, sum(postings));
  }
  for (const [commitmentId, paid] of paidPerCommitment) {
    const committed = input.acceptedCommitments.get(commitmentId) ?? 0;
    if (paid > committed) add('DISBURSED_OVER_COMMITMENT', commitmentId, committed, paid);
  }
  return differences;
}

function sum(values: readonly Fen[]): Fen {
  return values.reduce((a, b) => a + b, 0);
}
