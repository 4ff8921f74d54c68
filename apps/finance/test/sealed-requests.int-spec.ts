import { randomBytes, randomUUID } from 'node:crypto';
import type { DisbursementRequestedV2, MessageEnvelope } from '@civic/contracts';
import { PersonalDataCipher, sealPayeeAccount } from '@civic/platform/pii';
import {
  commitmentRequest,
  digitsOf,
  disbursementRequest,
  FINANCE_CHECKER,
  FINANCE_MAKER,
  type FinanceUnderTest,
  sealedDisbursementRequest,
  startFinance,
  TEST_BANK_ACCOUNT,
  TEST_PII_KEY,
  waitFor,
} from '@civic/testing';
import { type Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';

jest.setTimeout(120_000);

const cipher = new PersonalDataCipher(TEST_PII_KEY, 'k1');
const CUSTODIAN_ACCOUNT = {
  accountName: '青秀区社会组织财务托管中心',
  accountNumber: '6217000011112222',
  bankName: '中国建设银行南宁分行',
  bankCode: '105',
};
const NUMBERS = [TEST_BANK_ACCOUNT.accountNumber, CUSTODIAN_ACCOUNT.accountNumber];

/**
 * Payment requests with the account numbers sealed (issue #15, R30): programmes send v2, whose
 * tokens finance stores as they arrived and only its payment executor opens; v1 requests (in
 * flight at the upgrade) are still taken, sealed by finance on arrival. A v2 number in the clear is
 * refused by the contract, one sealed under a key finance lacks is never stored; neither message
 * names the number. Finance runs as a real process on the real Postgres and Redis.
 */
describe('sealed payment requests (R30, issue #15)', () => {
  let finance: FinanceUnderTest;
  let redis: Redis;
  let inbox: Queue;
  const viaV2 = commitmentRequest({ amountFen: 300_000 });
  const custodyPaymentId = randomUUID();
  const viaV1 = commitmentRequest({
    amountFen: 200_000,
    payment: {
      paymentId: randomUUID(),
      organizationName: '青秀区邻里互助会',
      reference: '公益创投项目资助（一次拨付）',
      bankAccount: TEST_BANK_ACCOUNT,
    },
  });
  const forPayments = commitmentRequest({ amountFen: 400_000 });
  const ownToken = sealPayeeAccount(cipher, TEST_BANK_ACCOUNT);
  const v2 = sealedDisbursementRequest(forPayments, ownToken, { amountFen: 100_000 });
  const v1 = disbursementRequest(forPayments, { amountFen: 100_000 });
  const custodianToken = sealPayeeAccount(cipher, CUSTODIAN_ACCOUNT);

  beforeAll(async () => {
    finance = await startFinance({ env: { TREASURY_LATENCY_MS: '5' } });
    await finance.rpc.call(
      'finance.appropriate',
      { fund: 'VENTURE_PHILANTHROPY', fiscalYear: 2026, amountFen: 1_000_000 },
      FINANCE_MAKER,
    );
    redis = new Redis(finance.redisUrl, { maxRetriesPerRequest: null });
    inbox = new Queue('{finance.inbox}', { connection: redis, prefix: finance.prefix });
  });

  afterAll(async () => {
    await inbox?.close();
    await redis?.quit();
    await finance?.stop();
  });

  const query = async <T>(sql: string, params: unknown[] = []) =>
    (await finance.pool.query(sql, params)).rows as T[];
  const payment = (id: string) =>
    query<{ whole: string; sealed: string; masked: string; status: string }>(
      `SELECT p::text AS whole, account_number_sealed AS sealed, account_number_masked AS masked,
              status FROM finance.payment p WHERE id = $1`,
      [id],
    );
  /** The inbox job that carried a payment request, once its first attempt failed. */
  const failedJob = async (paymentId: string): Promise<Job<MessageEnvelope>> =>
    (await waitFor(
      `the request for ${paymentId} to fail`,
      async () =>
        (await inbox.getJobs(['failed', 'delayed', 'wait'], 0, -1)).find(
          (job: Job<MessageEnvelope>) =>
            (job.data.payload as { paymentId?: string }).paymentId === paymentId &&
            Boolean(job.failedReason),
        ),
      (job) => job !== undefined,
    ))!;

  it('takes v2 requests, a commitment with its payment under custody (R3) and a payment alone, storing each token as it arrived', async () => {
    await finance.programme.sealedCommitments([
      {
        ...viaV2,
        recipient: null,
        payment: {
          paymentId: custodyPaymentId,
          organizationName: '青秀区邻里互助会',
          reference: '公益创投项目资助（一次拨付）',
          bankAccount: ownToken,
          financialCustodian: {
            custodianName: '青秀区社会组织财务托管中心',
            bankAccount: custodianToken,
          },
        },
      },
    ]);
    await finance.programme.commitments([forPayments]);
    await finance.programme.sealedDisbursements([v2]);
    for (const [id, token] of [
      [custodyPaymentId, custodianToken],
      [v2.paymentId, v2.bankAccount!],
    ] as const) {
      const [row] = await waitFor(
        `payment ${id}`,
        () => payment(id),
        (rows) => rows.length === 1,
      );
      expect(row).toMatchObject({ status: 'AWAITING_BATCH', sealed: token.accountNumberSealed });
      expect(row.masked).toBe(`****${token.accountNumberMasked.slice(-4)}`);
      for (const number of NUMBERS) expect(digitsOf(row.whole, number)).toEqual([]);
    }
  });

  it('still takes v1 requests (in flight at the upgrade), a commitment with its payment and a payment alone, sealing their numbers on arrival', async () => {
    await finance.programme.commitments([viaV1]);
    await finance.programme.disbursements([v1]);
    for (const id of [viaV1.payment!.paymentId, v1.paymentId]) {
      const [row] = await waitFor(
        `payment ${id}`,
        () => payment(id),
        (rows) => rows.length === 1,
      );
      expect(row.status).toBe('AWAITING_BATCH');
      expect(row.sealed).toMatch(/^v1\.k1\./);
      expect(cipher.decrypt(row.sealed)).toBe(TEST_BANK_ACCOUNT.accountNumber);
      expect(row.masked).toBe('****6789');
      expect(digitsOf(row.whole, TEST_BANK_ACCOUNT.accountNumber)).toEqual([]);
    }
  });

  it('R28: only the payment executor opens the numbers: the bank gets each whole, the custodian’s for the custody payment', async () => {
    const paymentIds = [custodyPaymentId, viaV1.payment!.paymentId, v2.paymentId, v1.paymentId];
    const batch = await finance.rpc.call('finance.batches.create', { paymentIds }, FINANCE_MAKER);
    await finance.rpc.call(
      'finance.batches.approve',
      { id: batch.id, decision: { comment: '核对无误，同意拨付' } },
      FINANCE_CHECKER,
    );
    await waitFor(
      'the batch to be paid',
      () => finance.rpc.call('finance.batches.get', { id: batch.id }, FINANCE_MAKER),
      (b) => b.status === 'PAID',
    );
    const transfers = await query<{ id: string; number: string }>(
      `SELECT payment_id AS id, to_account->>'accountNumber' AS number
         FROM finance.simulated_bank_transfer ORDER BY payment_id`,
    );
    expect(transfers).toEqual(
      [
        { id: custodyPaymentId, number: CUSTODIAN_ACCOUNT.accountNumber },
        { id: viaV1.payment!.paymentId, number: TEST_BANK_ACCOUNT.accountNumber },
        { id: v2.paymentId, number: TEST_BANK_ACCOUNT.accountNumber },
        { id: v1.paymentId, number: TEST_BANK_ACCOUNT.accountNumber },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('refuses a v2 number in the clear by contract, at once, without repeating it', async () => {
    const plain: DisbursementRequestedV2 = sealedDisbursementRequest(
      forPayments,
      { ...ownToken, accountNumberSealed: TEST_BANK_ACCOUNT.accountNumber },
      { amountFen: 1 },
    );
    await finance.programme.sealedDisbursements([plain]);
    const job = await failedJob(plain.paymentId);
    expect(await job.getState()).toBe('failed'); // no retries: the payload breaks its contract
    expect(job.failedReason).toContain('bankAccount.accountNumberSealed');
    expect(job.failedReason).toContain('rule R30');
    expect(digitsOf(job.failedReason, TEST_BANK_ACCOUNT.accountNumber)).toEqual([]);
    expect(await payment(plain.paymentId)).toEqual([]);
  });

  it('stores nothing for a token sealed under a key finance does not hold, naming the field and not the token', async () => {
    const stranger = new PersonalDataCipher(randomBytes(32).toString('base64'), 'k9');
    const foreign = sealedDisbursementRequest(
      forPayments,
      sealPayeeAccount(stranger, TEST_BANK_ACCOUNT),
      { amountFen: 1 },
    );
    await finance.programme.sealedDisbursements([foreign]);
    const job = await failedJob(foreign.paymentId);
    expect(job.failedReason).toContain(
      'rule R30: bankAccount.accountNumberSealed cannot be opened by finance',
    );
    expect(job.failedReason).not.toContain(foreign.bankAccount!.accountNumberSealed);
    expect(await job.getState()).not.toBe('completed'); // retried (a key may be on its way)
    expect(await payment(foreign.paymentId)).toEqual([]);
  });
});
