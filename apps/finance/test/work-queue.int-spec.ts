import type { RpcActor, WorkItemView } from '@civic/contracts';
import { Role } from '@civic/domain/access';
import {
  commitmentRequest,
  disbursementRequest,
  FINANCE_CHECKER,
  FINANCE_MAKER,
  type FinanceUnderTest,
  startFinance,
  TEST_BANK_ACCOUNT,
  waitFor,
} from '@civic/testing';
import { randomUUID } from 'node:crypto';

jest.setTimeout(120_000);

/** Both a maker and a checker: never the checker of what they prepared (R28). */
const DUAL: RpcActor = {
  userId: 'dual-1',
  name: '兼岗',
  roles: ['finance_maker', 'finance_checker'],
};
/** The simulated bank declines every transfer to this account. */
const FROZEN = '6222020100000000009';

/**
 * Finance's work queue (issue #18) over RPC, with the service a real process and the rows made by
 * its own flows: payments a programme asked for await a maker's batch; a batch awaits a checker
 * who is not its maker (four eyes, rule R28); a payment the bank declined awaits a re-issue, and
 * the proposal a checker other than its proposer; a clawback's receipt the same (R19, R28).
 */
describe('finance.work-queue (issue #18), the service over RPC on the real Postgres', () => {
  let finance: FinanceUnderTest;
  let frozenPayment: string;

  beforeAll(async () => {
    finance = await startFinance({ env: { TREASURY_FROZEN_ACCOUNTS: FROZEN } });
    await finance.rpc.call(
      'finance.appropriate',
      { fund: 'VENTURE_PHILANTHROPY', fiscalYear: 2026, amountFen: 5_000_000 },
      FINANCE_MAKER,
    );
    const [paid, frozen, waiting] = [1, 2, 3].map(() => commitmentRequest({ amountFen: 500_000 }));
    await finance.programme.commitments([paid, frozen, waiting]);
    const toFrozen = disbursementRequest(frozen, {
      bankAccount: { ...TEST_BANK_ACCOUNT, accountNumber: FROZEN },
    });
    frozenPayment = toFrozen.paymentId;
    await finance.programme.disbursements([
      disbursementRequest(paid),
      toFrozen,
      disbursementRequest(waiting, { amountFen: 200_000 }),
      disbursementRequest(waiting, { amountFen: 300_000 }),
    ]);
    const awaiting = await waitFor(
      'four payments awaiting a batch',
      () => finance.rpc.call('finance.payments', { status: 'AWAITING_BATCH' }, FINANCE_MAKER),
      (page) => page.total === 4,
    );
    const batched = awaiting.items.filter((p) => p.amountFen === 500_000).map((p) => p.id);
    await finance.rpc.call('finance.batches.create', { paymentIds: batched }, DUAL);
  });

  afterAll(() => finance?.stop());

  const work = (actor: RpcActor) => finance.rpc.call('finance.work-queue', {}, actor);
  const kinds = (items: WorkItemView[]) => items.map((i) => [i.kind, i.count, i.link]);

  it('rule R28: shows the batch to a checker who did not make it, never to its maker, who holds the payments still to batch', async () => {
    expect(kinds(await work(FINANCE_CHECKER))).toEqual([
      ['finance.batches-to-check', 1, '/finance/batches?status=SUBMITTED'],
    ]);
    const dual = await work(DUAL);
    expect(dual.map((i) => i.kind)).not.toContain('finance.batches-to-check');
    expect(kinds(dual)).toEqual([['finance.payments-to-batch', 2, '/finance/payments']]);
    expect(kinds(await work(FINANCE_MAKER))).toEqual([
      ['finance.payments-to-batch', 2, '/finance/payments'],
    ]);
    expect(dual[0].oldestAt).toEqual(expect.any(String));
  });

  it('rule R28: a payment the bank declined awaits a maker’s re-issue, then the proposal a checker who did not propose it', async () => {
    const submitted = await finance.rpc.call(
      'finance.batches.list',
      { status: 'SUBMITTED' },
      FINANCE_CHECKER,
    );
    const decision = { comment: '核对无误' };
    await finance.rpc.call(
      'finance.batches.approve',
      { id: submitted.items[0].id, decision },
      FINANCE_CHECKER,
    );
    await waitFor(
      'the payment to the frozen account failed',
      () => finance.rpc.call('finance.payments', { status: 'FAILED' }, FINANCE_MAKER),
      (page) => page.items.some((p) => p.id === frozenPayment),
    );
    expect(kinds(await work(FINANCE_MAKER))).toEqual([
      ['finance.payments-to-batch', 2, '/finance/payments'],
      ['finance.payments-to-reissue', 1, '/finance/failed-payments'],
    ]);
    expect(await work(FINANCE_CHECKER)).toEqual([]);

    await finance.rpc.call(
      'finance.payments.propose-reissue',
      {
        id: frozenPayment,
        proposal: {
          bankAccount: { ...TEST_BANK_ACCOUNT, accountNumber: '6222020100000000017' },
          reason: '原账户已冻结，组织提供了新的开户证明',
        },
      },
      DUAL,
    );
    expect(kinds(await work(FINANCE_CHECKER))).toEqual([
      ['finance.reissues-to-check', 1, '/finance/failed-payments'],
    ]);
    const dual = (await work(DUAL)).map((i) => i.kind);
    expect(dual).not.toContain('finance.reissues-to-check');
    expect(dual).not.toContain('finance.payments-to-reissue');
  });

  it('rules R19, R28: an open clawback waits for makers to record what comes back, its receipt for a checker who did not record it', async () => {
    const clawbackId = randomUUID();
    await finance.pool.query(
      `INSERT INTO "finance".clawback
         (id, commitment_id, programme, organization_id, amount_fen, paid_fen, reason, status)
       VALUES ($1, $2, 'venture', $3, 100000, 500000, '终期评估未通过', 'PARTLY_RECOVERED')`,
      [clawbackId, randomUUID(), randomUUID()],
    );
    await finance.pool.query(
      `INSERT INTO "finance".clawback_receipt
         (id, clawback_id, amount_fen, bank_reference, received_on, status, recorded_by)
       VALUES ($1, $2, 50000, 'BR-20261201-01', '2026-12-01', 'PENDING', $3)`,
      [randomUUID(), clawbackId, DUAL.userId],
    );
    const maker = await work(FINANCE_MAKER);
    expect(kinds(maker.filter((i) => i.kind === 'finance.clawbacks-open'))).toEqual([
      ['finance.clawbacks-open', 1, '/finance/clawbacks'],
    ]);
    expect(kinds(await work(FINANCE_CHECKER))).toEqual([
      ['finance.reissues-to-check', 1, '/finance/failed-payments'],
      ['finance.receipts-to-check', 1, '/finance/clawbacks'],
    ]);
    expect((await work(DUAL)).map((i) => i.kind)).not.toContain('finance.receipts-to-check');
  });

  it('shows nothing to those who neither make nor check (officers read finance, administrators)', async () => {
    expect(await work({ userId: 'o-1', roles: [Role.PROGRAMME_OFFICER] })).toEqual([]);
    expect(await work({ userId: 'admin-1', roles: [Role.ADMINISTRATOR] })).toEqual([]);
  });
});
