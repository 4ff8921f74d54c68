import { idleHolds, type HeldCommitment, type HeldPayment } from './idle-holds';
import { reconcile } from './reconciliation';

const commitment = (over: Partial<HeldCommitment> = {}): HeldCommitment => ({
  id: 'c1',
  programme: 'lottery-fund',
  organizationId: 'o1',
  status: 'ACCEPTED',
  amountFen: 10_000,
  releasedFen: 0,
  ...over,
});
const paid = (status: HeldPayment['status'], amountFen = 10_000): HeldPayment => ({
  commitmentId: 'c1',
  status,
  amountFen,
});

describe('rule R27: money held with nothing left to pay it', () => {
  it('lists a commitment whose only payment failed for good', () => {
    expect(idleHolds([commitment()], [paid('FAILED')])).toEqual([
      { commitmentId: 'c1', programme: 'lottery-fund', organizationId: 'o1', heldFen: 10_000 },
    ]);
  });

  it('does not list it while a re-issue is on its way, or once it is paid or closed', () => {
    expect(idleHolds([commitment()], [paid('FAILED'), paid('AWAITING_BATCH')])).toEqual([]);
    expect(idleHolds([commitment()], [paid('FAILED'), paid('SETTLED')])).toEqual([]);
    expect(idleHolds([commitment({ status: 'CLOSED' })], [paid('FAILED')])).toEqual([]);
  });

  it('counts what tranches paid, and leaves alone a programme that has not asked yet', () => {
    const tranches = [paid('SETTLED', 5_000), paid('FAILED', 3_000)];
    expect(idleHolds([commitment()], tranches)).toMatchObject([{ heldFen: 5_000 }]);
    expect(idleHolds([commitment()], [paid('SETTLED', 5_000)])).toEqual([]);
    expect(idleHolds([commitment()], [])).toEqual([]);
  });
});

describe('rule R27, rule R28: releases reconcile with their postings', () => {
  const base = {
    keptBalances: new Map(),
    lineTotals: new Map(),
    unbalancedPostings: [],
    acceptedCommitments: new Map(),
    refusedCommitments: new Set<string>(),
    commitmentPostings: new Map(),
  };

  it('sums a commitment released in several postings', () => {
    expect(
      reconcile({
        ...base,
        releasedCommitments: new Map([['c1', 7_000]]),
        releasePostings: new Map([['c1', [5_000, 2_000]]]),
      }),
    ).toEqual([]);
  });

  it('lists a release whose postings differ, and a posting for no commitment', () => {
    expect(
      reconcile({
        ...base,
        releasedCommitments: new Map([['c1', 7_000]]),
        releasePostings: new Map([
          ['c1', [5_000]],
          ['c9', [1_000]],
        ]),
      }),
    ).toEqual([
      { kind: 'RELEASE_AMOUNT_DIFFERS', subject: 'c1', expectedFen: 7_000, actualFen: 5_000 },
      { kind: 'RELEASE_WITHOUT_COMMITMENT', subject: 'c9', expectedFen: 0, actualFen: 1_000 },
    ]);
  });
});
