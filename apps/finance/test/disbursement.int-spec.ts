import type {
  DisbursementFailedV1,
  DisbursementSettledV1,
  PaymentStatusValue,
} from '@civic/contracts';
import { verifyAuditChain } from '@civic/platform/audit';
import { PersonalDataCipher } from '@civic/platform/pii';
import {
  commitmentRequest,
  disbursementRequest,
  FINANCE_ADMIN,
  FINANCE_CHECKER,
  FINANCE_MAKER,
  type FinanceUnderTest,
  startFinance,
  TEST_BANK_ACCOUNT,
  TEST_PII_KEY,
  waitFor,
} from '@civic/testing';

jest.setTimeout(120_000);

const DUAL = { userId: 'dual-1', name: '兼岗', roles: ['finance_maker', 'finance_checker'] };
const CUSTODIAN = {
  custodianName: '青秀区社会组织财务托管中心',
  bankAccount: {
    accountName: '青秀区社会组织财务托管中心',
    accountNumber: '6217000011112222',
    bankName: '中国建设银行南宁分行',
  },
};

/**
 * Payment requests → batch → four eyes → the simulated bank → ledger and answers (R3, R27, R28),
 * with the finance service as a real process on the real Postgres and Redis.
 */
describe('disbursement through finance (rule R28)', () => {
  let finance: FinanceUnderTest;

  beforeAll(async () => {
    finance = await startFinance({ env: { TREASURY_LATENCY_MS: '5', PAYMENT_CHUNK_SIZE: '3' } });
    await finance.rpc.call(
      'finance.appropriate',
      { fund: 'VENTURE_PHILANTHROPY', fiscalYear: 2026, amountFen: 5_000_000 },
      FINANCE_MAKER,
    );
  });

  afterAll(() => finance?.stop());

  const query = async <T>(sql: string, params: unknown[] = []) =>
    (await finance.pool.query(sql, params)).rows as T[];
  const payments = (status: PaymentStatusValue) =>
    finance.rpc.call('finance.payments', { status, pageSize: 500 }, FINANCE_MAKER);
  const refusal = (error: unknown) =>
    (error as { getResponse(): Record<string, unknown> }).getResponse();

  async function paymentsAwaiting(count: number) {
    return waitFor(
      'payments awaiting a batch',
      () => payments('AWAITING_BATCH'),
      (p) => p.total >= count,
    );
  }

  it('rule R27: answers each commitment request to the programme that asked, with why when refused', async () => {
    const fits = commitmentRequest({ amountFen: 1_000_000 });
    const tooBig = commitmentRequest({ amountFen: 9_000_000 });
    await finance.programme.commitments([fits, tooBig, fits]);
    const answers = await waitFor(
      'decisions in venture.inbox',
      () => finance.programme.answers('venture'),
      (a) => a.filter((m) => m.name === 'finance.commitment-decided.v1').length >= 2,
    );
    const decided = answers.filter((m) => m.name === 'finance.commitment-decided.v1');
    expect(decided).toHaveLength(2); // asked twice, answered once
    const byId = new Map(
      decided.map((m) => [(m.payload as { commitmentId: string }).commitmentId, m.payload]),
    );
    expect(byId.get(fits.commitmentId)).toMatchObject({ status: 'ACCEPTED', amountFen: 1_000_000 });
    expect(byId.get(tooBig.commitmentId)).toMatchObject({
      status: 'REFUSED',
      refusal: { code: 'EXCEEDS_BUDGET' },
    });
    expect(await finance.programme.answers('lottery-fund')).toEqual([]);
  });

  it('rule R27, rule R3: takes payment requests once, refuses one beyond its commitment, pays a custodian on the organization’s behalf', async () => {
    const commitment = commitmentRequest({ amountFen: 600_000 });
    const custodied = commitmentRequest({ amountFen: 200_000 });
    await finance.programme.commitments([commitment, custodied]);
    const first = disbursementRequest(commitment, { amountFen: 300_000 });
    const second = disbursementRequest(commitment, { amountFen: 300_000 });
    const beyond = disbursementRequest(commitment, { amountFen: 1 });
    const viaCustodian = disbursementRequest(custodied, { financialCustodian: CUSTODIAN });
    await finance.programme.disbursements([first, second, first, viaCustodian]);
    await paymentsAwaiting(3);
    await finance.programme.disbursements([beyond]);
    const failed = await waitFor(
      'the refusal in venture.inbox',
      () => finance.programme.answers('venture'),
      (a) => a.some((m) => m.name === 'finance.disbursement-failed.v1'),
    );
    expect(failed.find((m) => m.name === 'finance.disbursement-failed.v1')?.payload).toMatchObject({
      paymentId: beyond.paymentId,
      code: 'EXCEEDS_COMMITMENT',
      attempts: 0,
    } satisfies Partial<DisbursementFailedV1>);
    const awaiting = await payments('AWAITING_BATCH');
    expect(awaiting.items.map((p) => p.id).sort()).toEqual(
      [first.paymentId, second.paymentId, viaCustodian.paymentId].sort(),
    );
    expect(awaiting.totalFen).toBe(800_000);
    const custody = awaiting.items.find((p) => p.id === viaCustodian.paymentId)!;
    expect(custody.paidTo).toMatchObject({
      kind: 'CUSTODIAN',
      custodianName: CUSTODIAN.custodianName,
      accountName: CUSTODIAN.bankAccount.accountName,
      accountNumberMasked: '****2222',
    });
  });

  it('rule R28: the same person can never both make and check a batch, whatever roles they hold', async () => {
    const { items } = await payments('AWAITING_BATCH');
    const batch = await finance.rpc.call(
      'finance.batches.create',
      { paymentIds: [items[0].id] },
      DUAL,
    );
    expect(batch).toMatchObject({ status: 'SUBMITTED', makerId: DUAL.userId, paymentCount: 1 });
    const decision = { comment: '同意' };
    await expect(
      finance.rpc.call('finance.batches.approve', { id: batch.id, decision }, DUAL),
    ).rejects.toMatchObject({ status: 403 });
    try {
      await finance.rpc.call('finance.batches.approve', { id: batch.id, decision }, DUAL);
    } catch (error) {
      expect(refusal(error)).toMatchObject({ error: 'RULE_R28_SAME_PERSON' });
    }
    // Neither an administrator nor a maker can check it: checking needs the checker role.
    for (const actor of [FINANCE_ADMIN, FINANCE_MAKER]) {
      await expect(
        finance.rpc.call('finance.batches.approve', { id: batch.id, decision }, actor),
      ).rejects.toMatchObject({ status: 403 });
    }
    // Nothing changed: still submitted, its payment still in the batch, nothing at the bank.
    expect(
      await finance.rpc.call('finance.batches.get', { id: batch.id }, FINANCE_MAKER),
    ).toMatchObject({
      status: 'SUBMITTED',
    });
    expect(await query(`SELECT status FROM finance.payment WHERE id = $1`, [items[0].id])).toEqual([
      { status: 'IN_BATCH' },
    ]);
    // A rejection, with its comment, puts the payment back for a new batch.
    const rejected = await finance.rpc.call(
      'finance.batches.reject',
      { id: batch.id, decision: { comment: '收款账户待核实' } },
      FINANCE_CHECKER,
    );
    expect(rejected).toMatchObject({
      status: 'REJECTED',
      checkerId: FINANCE_CHECKER.userId,
      decisionComment: '收款账户待核实',
    });
    await expect(
      finance.rpc.call('finance.batches.approve', { id: batch.id, decision }, FINANCE_CHECKER),
    ).rejects.toMatchObject({ status: 409 });
    expect((await payments('AWAITING_BATCH')).total).toBe(3);
  });

  it('rule R28: refuses a batch with a payment that is not awaiting one, or a decision without a comment', async () => {
    const { items } = await payments('AWAITING_BATCH');
    await expect(
      finance.rpc.call(
        'finance.batches.create',
        { paymentIds: [items[0].id, '00000000-0000-4000-8000-000000000000'] },
        FINANCE_MAKER,
      ),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      finance.rpc.call('finance.batches.create', { paymentIds: [] }, FINANCE_MAKER),
    ).rejects.toMatchObject({ status: 400 });
    const batch = await finance.rpc.call(
      'finance.batches.create',
      { paymentIds: [items[0].id] },
      FINANCE_MAKER,
    );
    await expect(
      finance.rpc.call(
        'finance.batches.approve',
        { id: batch.id, decision: { comment: '' } },
        FINANCE_CHECKER,
      ),
    ).rejects.toMatchObject({ status: 400 });
    await finance.rpc.call(
      'finance.batches.reject',
      { id: batch.id, decision: { comment: '重做' } },
      FINANCE_CHECKER,
    );
    expect((await payments('AWAITING_BATCH')).total).toBe(3);
  });

  it('rule R28, rule R3: an approved batch is paid once, posted, answered and reconciled', async () => {
    const { items } = await payments('AWAITING_BATCH');
    const batch = await finance.rpc.call(
      'finance.batches.create',
      { paymentIds: items.map((p) => p.id), note: '第一批' },
      FINANCE_MAKER,
    );
    const approved = await finance.rpc.call(
      'finance.batches.approve',
      { id: batch.id, decision: { comment: '核对无误，同意拨付' } },
      FINANCE_CHECKER,
    );
    expect(approved).toMatchObject({ status: 'PAYING', checkerName: FINANCE_CHECKER.name });
    const done = await waitFor(
      'the batch to be paid',
      () => finance.rpc.call('finance.batches.get', { id: batch.id }, FINANCE_MAKER),
      (b) => b.status === 'PAID',
    );
    expect(done).toMatchObject({ settledCount: 3, settledFen: 800_000, failedCount: 0 });
    const settled = await finance.rpc.call(
      'finance.payments',
      { batchId: batch.id },
      FINANCE_MAKER,
    );
    expect(
      settled.items.every((p) => p.status === 'SETTLED' && p.attempts === 1 && p.bankReference),
    ).toBe(true);
    // Each reached the bank once, and was executed once.
    expect(await query(`SELECT requests, outcome FROM finance.simulated_bank_transfer`)).toEqual(
      Array(3).fill({ requests: 1, outcome: 'EXECUTED' }),
    );
    // The custodian's payment is recorded as made on the organization's behalf (R3).
    const custody = settled.items.find((p) => p.paidTo.kind === 'CUSTODIAN')!;
    const [memo] = await query<{ memo: string }>(
      `SELECT memo FROM finance.ledger_posting WHERE reference = $1`,
      [`payment:${custody.id}`],
    );
    expect(memo.memo).toContain(`on behalf of organization ${custody.organizationId}`);
    const [funds] = (
      await finance.rpc.call('finance.funds', { fiscalYear: 2026 }, FINANCE_MAKER)
    ).filter((f) => f.fund === 'VENTURE_PHILANTHROPY');
    expect(funds).toMatchObject({
      appropriatedFen: 5_000_000,
      committedFen: 1_000_000,
      disbursedFen: 800_000,
    });
    const answers = await waitFor(
      'settled answers in venture.inbox',
      () => finance.programme.answers('venture'),
      (a) => a.filter((m) => m.name === 'finance.disbursement-settled.v1').length === 3,
    );
    const settledAnswers = answers
      .filter((m) => m.name === 'finance.disbursement-settled.v1')
      .map((m) => m.payload as DisbursementSettledV1);
    expect(settledAnswers.find((a) => a.paymentId === custody.id)?.paidTo).toEqual({
      kind: 'CUSTODIAN',
      custodianName: CUSTODIAN.custodianName,
      accountName: CUSTODIAN.bankAccount.accountName,
    });
    const report = await finance.rpc.call('finance.reconciliation', {}, FINANCE_MAKER);
    expect(report.differences).toEqual([]);
    expect(report.payments).toBe(4);
    const audit = await verifyAuditChain(finance.pool, 'finance');
    expect(audit.ok).toBe(true);
    const actions = await query<{ action: string }>(
      `SELECT action FROM finance.audit_entry WHERE entity_id = $1 ORDER BY seq`,
      [batch.id],
    );
    expect(actions.map((a) => a.action)).toEqual([
      'batch.submitted',
      'batch.approved',
      'batch.completed',
    ]);
  });

  it('rule R30: payments hold account numbers sealed and masked only, and the bank got each in full', async () => {
    const cipher = new PersonalDataCipher(TEST_PII_KEY, 'k1');
    const clear = [TEST_BANK_ACCOUNT.accountNumber, CUSTODIAN.bankAccount.accountNumber];
    const rows = await query<{ id: string; row: string; sealed: string; masked: string }>(
      `SELECT p.id, p::text AS row, p.account_number_sealed AS sealed,
              p.account_number_masked AS masked
         FROM finance.payment p`,
    );
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      for (const number of clear) expect(row.row).not.toContain(number);
      expect(row.sealed).toMatch(/^v1\.k1\./);
      expect(clear).toContain(cipher.decrypt(row.sealed));
      expect(row.masked).toBe(`****${cipher.decrypt(row.sealed).slice(-4)}`);
    }
    // The worker opened each number for the transfer: the bank's books hold it in full.
    const atBank = await query<{ id: string; account: { accountNumber: string } }>(
      `SELECT payment_id AS id, to_account AS account FROM finance.simulated_bank_transfer`,
    );
    expect(atBank).toHaveLength(3);
    const sealedOf = new Map(rows.map((row) => [row.id, row.sealed]));
    for (const transfer of atBank) {
      expect(transfer.account.accountNumber).toBe(cipher.decrypt(sealedOf.get(transfer.id)!));
    }
    const custody = await finance.rpc.call(
      'finance.payments',
      { status: 'SETTLED' },
      FINANCE_MAKER,
    );
    const custodyId = custody.items.find((p) => p.paidTo.kind === 'CUSTODIAN')!.id;
    expect(atBank.find((t) => t.id === custodyId)?.account).toEqual(CUSTODIAN.bankAccount);
  });
});
