import type { DisbursementFailedV1 } from '@civic/contracts';
import { FINANCE_MAKER, type FinanceUnderTest, startFinance, waitFor } from '@civic/testing';
import { approvedBatch, batchProgress, paymentsAwaitingBatch } from './chaos/disbursement-fixture';

jest.setTimeout(120_000);

/** rule R28: what finance does when the bank declines, is down, or answers too late. */
describe.each([
  {
    bank: 'declines every transfer',
    env: { TREASURY_DECLINE_RATE: '1' } as Record<string, string>,
    expected: { status: 'FAILED', attempts: 1, code: 'ACCOUNT_FROZEN', requests: 1 },
  },
  {
    bank: 'is down (takes nothing)',
    env: {
      TREASURY_UNAVAILABLE_RATE: '1',
      PAYMENT_MAX_ATTEMPTS: '3',
      PAYMENT_RETRY_BASE_MS: '100',
    },
    expected: { status: 'FAILED', attempts: 3, code: 'BANK_UNAVAILABLE', requests: 0 },
  },
  {
    bank: 'executes but always answers too late',
    env: { TREASURY_SLOW_RATE: '1', TREASURY_TIMEOUT_MS: '150', PAYMENT_RETRY_BASE_MS: '100' },
    expected: {
      status: 'SETTLED',
      attempts: 1,
      code: undefined as string | undefined,
      requests: 1,
    },
  },
])('rule R28: when the bank $bank', ({ env, expected }) => {
  let finance: FinanceUnderTest;
  let batchId: string;

  beforeAll(async () => {
    finance = await startFinance({
      env: { TREASURY_LATENCY_MS: '5', PAYMENT_SWEEP_MS: '200', ...env },
    });
    batchId = await approvedBatch(finance, await paymentsAwaitingBatch(finance, 6));
    await waitFor(
      'the batch to finish',
      () => batchProgress(finance, batchId),
      (b) => b.done === 6,
      { timeoutMs: 60_000, everyMs: 100 },
    );
  });

  afterAll(() => finance?.stop());

  it(`rule R28: each payment ends ${expected.status} after ${expected.attempts} attempt(s), with the reason`, async () => {
    const { items } = await finance.rpc.call('finance.payments', { batchId }, FINANCE_MAKER);
    expect(items).toHaveLength(6);
    for (const payment of items) {
      expect(payment).toMatchObject({ status: expected.status, attempts: expected.attempts });
      expect(payment.failure?.code).toBe(expected.code);
      if (expected.code) expect(payment.failure?.messageZh).toBeTruthy();
    }
    const batch = await finance.rpc.call('finance.batches.get', { id: batchId }, FINANCE_MAKER);
    expect(batch.status).toBe(expected.status === 'SETTLED' ? 'PAID' : 'PARTLY_FAILED');
  });

  it('rule R28: the bank executed nothing twice, and heard of each payment as often as expected', async () => {
    const { rows } = await finance.pool.query(
      `SELECT requests FROM finance.simulated_bank_transfer ORDER BY payment_id`,
    );
    expect(rows).toEqual(expected.requests === 0 ? [] : Array(6).fill({ requests: 1 }));
    const report = await finance.rpc.call('finance.reconciliation', {}, FINANCE_MAKER);
    expect(report.differences).toEqual([]);
  });

  if (expected.status === 'FAILED') {
    it('rule R28: tells the programme each failure, with the reason and the attempts', async () => {
      const answers = await waitFor(
        'failures in venture.inbox',
        () => finance.programme.answers('venture'),
        (a) => a.filter((m) => m.name === 'finance.disbursement-failed.v1').length === 6,
      );
      for (const answer of answers.filter((m) => m.name === 'finance.disbursement-failed.v1')) {
        expect(answer.payload as DisbursementFailedV1).toMatchObject({
          code: expected.code,
          attempts: expected.attempts,
        });
      }
    });
  }
});
