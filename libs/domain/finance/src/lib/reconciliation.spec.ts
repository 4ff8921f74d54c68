import { reconcile, type ReconciliationInput } from './reconciliation';

const clean = (): ReconciliationInput => ({
  keptBalances: new Map([
    ['INCUBATION:2026:AVAILABLE', 700],
    ['INCUBATION:2026:COMMITTED', 300],
    ['INCUBATION:2026:APPROPRIATION', -1000],
  ]),
  lineTotals: new Map([
    ['INCUBATION:2026:AVAILABLE', 700],
    ['INCUBATION:2026:COMMITTED', 300],
    ['INCUBATION:2026:APPROPRIATION', -1000],
  ]),
  unbalancedPostings: [],
  acceptedCommitments: new Map([
    ['c1', 100],
    ['c2', 200],
  ]),
  refusedCommitments: new Set(['c3']),
  commitmentPostings: new Map([
    ['c1', [100]],
    ['c2', [200]],
  ]),
});

describe('reconcile: the ledger against its balances and the commitments (rule R28)', () => {
  it('finds nothing when everything agrees', () => {
    expect(reconcile(clean())).toEqual([]);
  });

  it('rule R28: reports a kept balance that differs from its lines', () => {
    const input = clean();
    (input.keptBalances as Map<string, number>).set('INCUBATION:2026:AVAILABLE', 650);
    expect(reconcile(input)).toEqual([
      {
        kind: 'BALANCE_DIFFERS_FROM_LINES',
        subject: 'INCUBATION:2026:AVAILABLE',
        expectedFen: 700,
        actualFen: 650,
      },
    ]);
  });

  it('rule R28: reports an account that has lines but no kept balance, and the reverse', () => {
    const input = clean();
    (input.lineTotals as Map<string, number>).set('INCUBATION:2026:DISBURSED', 5);
    (input.keptBalances as Map<string, number>).set('LOTTERY_WELFARE:2026:AVAILABLE', 9);
    expect(reconcile(input).map((d) => [d.subject, d.expectedFen, d.actualFen])).toEqual([
      ['INCUBATION:2026:DISBURSED', 5, 0],
      ['LOTTERY_WELFARE:2026:AVAILABLE', 0, 9],
    ]);
  });

  it('rule R28: reports an unbalanced posting', () => {
    const input = { ...clean(), unbalancedPostings: [{ postingId: '17', sumFen: 3 }] };
    expect(reconcile(input)).toEqual([
      { kind: 'UNBALANCED_POSTING', subject: '17', expectedFen: 0, actualFen: 3 },
    ]);
  });

  it.each([
    ['COMMITMENT_NOT_POSTED', new Map([['c2', [200]]]), 'c1', 100, 0],
    [
      'COMMITMENT_POSTED_TWICE',
      new Map([
        ['c1', [100, 100]],
        ['c2', [200]],
      ]),
      'c1',
      100,
      200,
    ],
    [
      'COMMITMENT_AMOUNT_DIFFERS',
      new Map([
        ['c1', [90]],
        ['c2', [200]],
      ]),
      'c1',
      100,
      90,
    ],
    [
      'POSTING_WITHOUT_COMMITMENT',
      new Map([
        ['c1', [100]],
        ['c2', [200]],
        ['c9', [50]],
      ]),
      'c9',
      0,
      50,
    ],
    [
      'REFUSED_COMMITMENT_POSTED',
      new Map([
        ['c1', [100]],
        ['c2', [200]],
        ['c3', [70]],
      ]),
      'c3',
      0,
      70,
    ],
  ])('rule R27: reports %s', (kind, postings, subject, expectedFen, actualFen) => {
    const input = { ...clean(), commitmentPostings: postings as Map<string, number[]> };
    expect(reconcile(input)).toEqual([{ kind, subject, expectedFen, actualFen }]);
  });
});

describe('reconcile: confirmed clawback receipts against their CLAWBACK postings (rule R19, rule R28)', () => {
  const withReceipts = (receiptPostings: Map<string, number[]>): ReconciliationInput => ({
    ...clean(),
    confirmedReceipts: new Map([
      ['r1', 600_000],
      ['r2', 400_000],
    ]),
    receiptPostings,
  });

  it('rule R28: finds nothing when each confirmed receipt is posted once, for its amount', () => {
    const posted = new Map([
      ['r1', [600_000]],
      ['r2', [400_000]],
    ]);
    expect(reconcile(withReceipts(posted))).toEqual([]);
  });

  it('rule R28: reports a receipt not posted, posted twice or for another amount, and a posting without one', () => {
    const posted = new Map([
      ['r2', [400_000, 400_000]],
      ['r9', [5]],
    ]);
    expect(reconcile(withReceipts(posted))).toEqual([
      { kind: 'RECEIPT_NOT_POSTED', subject: 'r1', expectedFen: 600_000, actualFen: 0 },
      { kind: 'RECEIPT_POSTED_TWICE', subject: 'r2', expectedFen: 400_000, actualFen: 800_000 },
      { kind: 'POSTING_WITHOUT_RECEIPT', subject: 'r9', expectedFen: 0, actualFen: 5 },
    ]);
    expect(
      reconcile(
        withReceipts(
          new Map([
            ['r1', [600_000]],
            ['r2', [399_999]],
          ]),
        ),
      ),
    ).toEqual([
      { kind: 'RECEIPT_AMOUNT_DIFFERS', subject: 'r2', expectedFen: 400_000, actualFen: 399_999 },
    ]);
  });
});
