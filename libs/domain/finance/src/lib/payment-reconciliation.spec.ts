import { reconcilePayments, type PaymentReconciliationInput } from './payment-reconciliation';

const P1 = 'p-1';
const P2 = 'p-2';
const C1 = 'c-1';

function clean(): PaymentReconciliationInput {
  return {
    payments: [
      { id: P1, commitmentId: C1, status: 'SETTLED', amountFen: 300 },
      { id: P2, commitmentId: C1, status: 'FAILED', amountFen: 200 },
    ],
    bank: [
      { paymentId: P1, amountFen: 300, executed: true },
      { paymentId: P2, amountFen: 200, executed: false },
    ],
    settlementPostings: new Map([[P1, [300]]]),
    acceptedCommitments: new Map([[C1, 500]]),
  };
}

describe('rule R28: payments reconciled with the bank and the ledger', () => {
  it('rule R28: agreeing records have no differences (a declined transfer is not a payment)', () => {
    expect(reconcilePayments(clean())).toEqual([]);
  });

  it('rule R28: a payment still SENT may be at the bank already: in flight, not a difference', () => {
    const input = clean();
    input.payments = [{ id: P1, commitmentId: C1, status: 'SENT', amountFen: 300 }];
    input.settlementPostings = new Map();
    expect(reconcilePayments(input)).toEqual([]);
  });

  it('rule R28: lists a settlement the bank never made, and a bank transfer finance never settled', () => {
    const input = clean();
    input.bank = [{ paymentId: P2, amountFen: 200, executed: true }];
    expect(reconcilePayments(input)).toEqual([
      { kind: 'SETTLED_NOT_AT_BANK', subject: P1, expectedFen: 300, actualFen: 0 },
      { kind: 'PAID_AT_BANK_NOT_SETTLED', subject: P2, expectedFen: 0, actualFen: 200 },
    ]);
  });

  it('rule R28: lists a settlement posted twice, missing, of the wrong amount, or without a payment', () => {
    const twice = clean();
    twice.settlementPostings = new Map([
      [P1, [300, 300]],
      ['ghost', [7]],
    ]);
    expect(reconcilePayments(twice).map((d) => [d.kind, d.subject, d.actualFen])).toEqual([
      ['SETTLEMENT_POSTED_TWICE', P1, 600],
      ['SETTLEMENT_WITHOUT_PAYMENT', 'ghost', 7],
    ]);
    const missing = clean();
    missing.settlementPostings = new Map([[P2, [200]]]);
    expect(reconcilePayments(missing).map((d) => d.kind)).toEqual([
      'SETTLEMENT_NOT_POSTED',
      'SETTLEMENT_WITHOUT_PAYMENT',
    ]);
    const wrong = clean();
    wrong.settlementPostings = new Map([[P1, [301]]]);
    expect(reconcilePayments(wrong)).toEqual([
      { kind: 'SETTLEMENT_AMOUNT_DIFFERS', subject: P1, expectedFen: 300, actualFen: 301 },
    ]);
  });

  it('rule R28: lists a bank amount that differs and a transfer no payment asked for', () => {
    const input = clean();
    input.bank = [
      { paymentId: P1, amountFen: 299, executed: true },
      { paymentId: 'stranger', amountFen: 5, executed: true },
    ];
    expect(reconcilePayments(input).map((d) => [d.kind, d.subject])).toEqual([
      ['BANK_AMOUNT_DIFFERS', P1],
      ['BANK_TRANSFER_WITHOUT_PAYMENT', 'stranger'],
    ]);
  });

  it('rule R27: lists a commitment paid beyond its amount', () => {
    const input = clean();
    input.acceptedCommitments = new Map([[C1, 250]]);
    expect(reconcilePayments(input)).toEqual([
      { kind: 'DISBURSED_OVER_COMMITMENT', subject: C1, expectedFen: 250, actualFen: 300 },
    ]);
  });
});
