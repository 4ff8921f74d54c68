import {
  commitmentRequest,
  disbursementRequest,
  FINANCE_CHECKER,
  FINANCE_MAKER,
  type FinanceUnderTest,
  scrapeMetrics,
  startFinance,
  waitFor,
} from '@civic/testing';

jest.setTimeout(120_000);

/**
 * Finance's gauges on `GET /metrics` (issue #20) follow its books: payments by status and their
 * sums (R28), batches waiting for a checker (R28), the budget held for commitments (R27), the
 * audit chain (R31) and its outbox, read from the real service as Prometheus would.
 */
describe('finance metrics (issue #20)', () => {
  let finance: FinanceUnderTest;

  beforeAll(async () => {
    finance = await startFinance({ env: { TREASURY_LATENCY_MS: '5' } });
    await finance.rpc.call(
      'finance.appropriate',
      { fund: 'VENTURE_PHILANTHROPY', fiscalYear: 2026, amountFen: 5_000_000 },
      FINANCE_MAKER,
    );
  });

  afterAll(() => finance?.stop());

  const scrape = () => scrapeMetrics(finance.httpUrl);
  const value = async (name: string, labels: Record<string, string> = {}) =>
    (await scrape()).find(name, labels).map((sample) => sample.value);

  it('counts payments by status with their sums, and the budget held for commitments (R27, R28)', async () => {
    expect(await value('civic_payments')).toEqual([]);
    const commitment = commitmentRequest({ amountFen: 1_200_000 });
    await finance.programme.commitments([commitment]);
    const first = disbursementRequest(commitment, { amountFen: 300_000 });
    const second = disbursementRequest(commitment, { amountFen: 450_000 });
    await finance.programme.disbursements([first, second]);
    await waitFor(
      'two payments awaiting a batch',
      () => value('civic_payments', { status: 'AWAITING_BATCH' }),
      (counts) => counts[0] === 2,
    );
    expect(await value('civic_payments_fen', { status: 'AWAITING_BATCH' })).toEqual([750_000]);
    const [held] = (
      await finance.pool.query(
        `SELECT balance_fen::int AS fen FROM finance.account_balance
          WHERE account = 'VENTURE_PHILANTHROPY:2026:COMMITTED'`,
      )
    ).rows;
    expect(held.fen).toBe(1_200_000);
    expect(
      await value('civic_commitments_held_fen', { fund: 'VENTURE_PHILANTHROPY', year: '2026' }),
    ).toEqual([held.fen]);
  });

  it('shows a batch waiting for its checker until the checker decides (R28)', async () => {
    expect(await value('civic_batches_awaiting_checker')).toEqual([0]);
    const { items } = await finance.rpc.call(
      'finance.payments',
      { status: 'AWAITING_BATCH', pageSize: 10 },
      FINANCE_MAKER,
    );
    const batch = await finance.rpc.call(
      'finance.batches.create',
      { paymentIds: items.map((p) => p.id) },
      FINANCE_MAKER,
    );
    expect(await value('civic_batches_awaiting_checker')).toEqual([1]);
    expect(await value('civic_payments', { status: 'IN_BATCH' })).toEqual([2]);
    await finance.rpc.call(
      'finance.batches.approve',
      { id: batch.id, decision: { comment: '同意' } },
      FINANCE_CHECKER,
    );
    expect(await value('civic_batches_awaiting_checker')).toEqual([0]);
    await waitFor(
      'both payments settled',
      () => value('civic_payments', { status: 'SETTLED' }),
      (counts) => counts[0] === 2,
    );
    expect(await value('civic_payments_fen', { status: 'SETTLED' })).toEqual([750_000]);
    // Paid money leaves the commitment account: what is held is what is not yet paid (R27).
    expect(
      await value('civic_commitments_held_fen', { fund: 'VENTURE_PHILANTHROPY', year: '2026' }),
    ).toEqual([450_000]);
  });

  it('reports its audit chain, its drained outbox and the RPC requests it handled', async () => {
    const [{ length }] = (
      await finance.pool.query(`SELECT max(seq)::int AS length FROM finance.audit_entry`)
    ).rows;
    expect(length).toBeGreaterThan(0);
    expect(await value('civic_audit_chain_length')).toEqual([length]);
    // The programmes' answers wait in their queues (nobody consumes them here): relayed, so no
    // lag, but not yet confirmed.
    await waitFor(
      'every message relayed',
      () => value('civic_outbox_lag_seconds'),
      (lag) => lag[0] === 0,
    );
    const [{ unconfirmed }] = (
      await finance.pool.query(
        `SELECT count(*)::int AS unconfirmed FROM finance.outbox WHERE confirmed_at IS NULL`,
      )
    ).rows;
    expect(unconfirmed).toBeGreaterThan(0);
    expect(await value('civic_outbox_unconfirmed')).toEqual([unconfirmed]);
    await expect(
      finance.rpc.call(
        'finance.batches.approve',
        { id: 'nope', decision: { comment: '同意' } },
        FINANCE_CHECKER,
      ),
    ).rejects.toBeDefined();
    const approvals = await scrape();
    expect(
      approvals.find('civic_rpc_duration_seconds_count', {
        pattern: 'finance.batches.approve',
        outcome: 'ok',
      })[0]?.value,
    ).toBe(1);
    expect(
      approvals.find('civic_rpc_duration_seconds_count', {
        pattern: 'finance.batches.approve',
        outcome: 'error',
      })[0]?.value,
    ).toBe(1);
  });
});
