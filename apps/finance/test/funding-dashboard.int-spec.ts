import { randomUUID } from 'node:crypto';
import type {
  CommitmentRecipientV2,
  CommitmentRequestedV2,
  ProgrammeDashboardQuery,
  RpcActor,
} from '@civic/contracts';
import { Role } from '@civic/domain/access';
import { SEED_POLICIES } from '@civic/domain/policy';
import { PersonalDataCipher, sealPayeeAccount } from '@civic/platform/pii';
import {
  commitmentRequest,
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
import { FUNDING_TALLY_BACKFILL } from '../src/migrations/1796730000000-FundingTally';
import { fundingDrift } from './funding-drift';

jest.setTimeout(180_000);

const cipher = new PersonalDataCipher(TEST_PII_KEY, 'k1');
/** The simulated bank declines every transfer to this account. */
const FROZEN = '6222020100000000009';
const OFFICER: RpcActor = { userId: 'officer-1', roles: [Role.PROGRAMME_OFFICER] };

const recipient = (
  streetCode: string,
  facts: Partial<CommitmentRecipientV2> = {},
): CommitmentRecipientV2 => ({
  streetCode,
  countyCode: streetCode.slice(0, 6),
  areaType: 'URBAN',
  category: 'LIFE_SERVICE',
  partyLed: false,
  takesGovernmentFunctions: false,
  ...facts,
});

/**
 * A v2 request as the programmes send it: the recipient named; with a payment (a single payout)
 * to `payTo`, its account number sealed.
 */
function v2(
  programme: CommitmentRequestedV2['programme'],
  fund: CommitmentRequestedV2['fund'],
  amountFen: number,
  to: CommitmentRecipientV2,
  payTo?: string,
): CommitmentRequestedV2 {
  const { payment: _none, ...base } = commitmentRequest({ programme, fund, amountFen });
  const account = { ...TEST_BANK_ACCOUNT, ...(payTo ? { accountNumber: payTo } : {}) };
  return {
    ...base,
    recipient: to,
    ...(payTo
      ? {
          payment: {
            paymentId: randomUUID(),
            organizationName: '受助组织',
            reference: '一次拨付',
            bankAccount: sealPayeeAccount(cipher, account),
          },
        }
      : {}),
  };
}

/**
 * The funding tally (issue #18) through finance's own paths, with the service a real process: v2
 * commitment requests naming their recipients and a v1 one naming none, a refusal, payments asked,
 * batched, settled by the bank or declined, a batch rejected, a failed payment re-issued, a
 * commitment closed and its rest released, a clawback and its receipt. After each step the tally
 * equals the GROUP BY of the raw rows; the dashboard answers province, city, county and street
 * from it, with the shares against the policy seeds; the migration's backfill reproduces it.
 */
describe('the funding tally and dashboard (issue #18; R10, R12, R14, R21, R27, R28)', () => {
  let finance: FinanceUnderTest;
  const eldercare = v2(
    'lottery-fund',
    'LOTTERY_WELFARE',
    600_000,
    recipient('450103001', {
      areaType: 'RURAL',
      category: 'PUBLIC_WELFARE',
      partyLed: true,
      takesGovernmentFunctions: true,
      purpose: 'ELDERLY',
    }),
    TEST_BANK_ACCOUNT.accountNumber,
  );
  const disability = v2(
    'lottery-fund',
    'LOTTERY_WELFARE',
    400_000,
    recipient('450202001', { purpose: 'DISABILITY' }),
    FROZEN,
  );
  const venture = v2(
    'venture',
    'VENTURE_PHILANTHROPY',
    1_000_000,
    recipient('450103002', { areaType: 'RURAL', category: 'MUTUAL_AID' }),
  );
  const old = commitmentRequest({ amountFen: 200_000 }); // v1: no recipient
  const refused = v2('incubation', 'INCUBATION', 100_000, recipient('450103001'));
  const tranche1 = sealedDisbursementRequest(venture, sealPayeeAccount(cipher, TEST_BANK_ACCOUNT), {
    amountFen: 500_000,
  });
  const tranche2 = { ...tranche1, paymentId: randomUUID(), amountFen: 300_000 };
  const oldPayment = disbursementRequest(old);

  const dashboard = (query: ProgrammeDashboardQuery = {}, actor: RpcActor = OFFICER) =>
    finance.rpc.call('finance.dashboard.funding', query, actor);
  const drift = () => fundingDrift(finance.pool);
  const status = async (table: string, id: string) =>
    (await finance.pool.query(`SELECT status FROM finance.${table} WHERE id = $1`, [id])).rows[0]
      ?.status as string | undefined;
  const until = (what: string, check: () => Promise<boolean>) =>
    waitFor(what, check, (ok) => ok, { timeoutMs: 60_000, everyMs: 100 });
  const batched = async (paymentIds: string[]) =>
    (await finance.rpc.call('finance.batches.create', { paymentIds }, FINANCE_MAKER)).id;
  const decide = (id: string, how: 'approve' | 'reject') =>
    finance.rpc.call(
      `finance.batches.${how}`,
      { id, decision: { comment: '核对' } },
      FINANCE_CHECKER,
    );

  beforeAll(async () => {
    finance = await startFinance({
      env: { TREASURY_LATENCY_MS: '5', TREASURY_FROZEN_ACCOUNTS: FROZEN },
    });
    for (const fund of ['LOTTERY_WELFARE', 'VENTURE_PHILANTHROPY'] as const) {
      await finance.rpc.call(
        'finance.appropriate',
        { fund, fiscalYear: 2026, amountFen: 2_000_000 },
        FINANCE_MAKER,
      );
    }
  });

  afterAll(() => finance?.stop());

  it('counts v2 commitments under their recipients, a v1 one as area unknown, a refusal nowhere', async () => {
    await finance.programme.sealedCommitments([eldercare, disability, venture, refused]);
    await finance.programme.commitments([old]);
    await until(
      'five decisions',
      async () =>
        (await status('commitment', old.commitmentId)) !== undefined &&
        (await finance.pool.query(`SELECT count(*)::int AS n FROM finance.commitment`)).rows[0]
          .n === 5,
    );
    expect(await status('commitment', refused.commitmentId)).toBe('REFUSED');
    expect(await drift()).toEqual([]);
    const view = await dashboard();
    expect(view.totals).toMatchObject({
      commitments: 4,
      committedFen: 2_200_000,
      awaitingBatchFen: 1_000_000,
    });
    expect(view.areaUnknown).toMatchObject({ commitments: 1, committedFen: 200_000 });
    expect(view.children.map((c) => [c.code, c.committedFen])).toEqual([
      ['4501', 1_600_000],
      ['4502', 400_000],
    ]);
    expect(view.counties.map((c) => [c.code, c.level])).toEqual([
      ['450103', 'COUNTY'],
      ['450202', 'COUNTY'],
    ]);
    expect(view.byProgramme.map((p) => [p.programme, p.fund, p.committedFen])).toEqual([
      ['lottery-fund', 'LOTTERY_WELFARE', 1_000_000],
      ['venture', 'VENTURE_PHILANTHROPY', 1_200_000],
    ]);
    // Shares among known recipients (2,000,000 fen): the v1 money is in no part and no whole.
    expect(view.shares.rural).toMatchObject({
      rule: 'R14',
      part: 1_600_000,
      whole: 2_000_000,
      text: '80%',
      targetPercent: 30,
      met: true,
      policyVersion: expect.any(String),
    });
    expect(view.shares.eldercare).toMatchObject({ rule: 'R21', part: 600_000, whole: 1_000_000 });
    expect(view.shares.eldercare).toMatchObject({ targetPercent: 55, met: true, text: '60%' });
    for (const key of ['partyLed', 'publicWelfare', 'governmentFunctions'] as const) {
      expect(view.shares[key]).toMatchObject({ part: 600_000, targetPercent: null, met: null });
    }
    expect(view.targetsFrom).toBe('SEED');
    expect(view.years).toEqual([2026]);
  });

  it('moves payments asked, batched, paid and declined (R28), and back when a batch is rejected', async () => {
    await finance.programme.sealedDisbursements([tranche1, tranche2]);
    await finance.programme.disbursements([oldPayment]);
    await until(
      'three more payments',
      async () =>
        (await status('payment', oldPayment.paymentId)) === 'AWAITING_BATCH' &&
        (await status('payment', tranche2.paymentId)) === 'AWAITING_BATCH',
    );
    expect(await drift()).toEqual([]);
    const first = await batched([
      eldercare.payment!.paymentId,
      disability.payment!.paymentId,
      tranche1.paymentId,
      oldPayment.paymentId,
    ]);
    expect(await drift()).toEqual([]);
    expect((await dashboard()).totals).toMatchObject({
      awaitingBatchFen: 300_000,
      inBatchFen: 1_700_000,
    });
    await decide(first, 'approve');
    await until(
      'the batch paid',
      async () => (await status('disbursement_batch', first)) === 'PARTLY_FAILED',
    );
    expect(await drift()).toEqual([]);
    expect((await dashboard()).totals).toMatchObject({
      inBatchFen: 0,
      paidFen: 1_300_000,
      failedFen: 400_000,
    });
    const second = await batched([tranche2.paymentId]);
    await decide(second, 'reject');
    expect(await drift()).toEqual([]);
    expect((await dashboard()).totals).toMatchObject({ awaitingBatchFen: 300_000, inBatchFen: 0 });
  });

  it('re-issues a declined payment, releases a closed commitment’s rest, counts a clawback (R19, R27)', async () => {
    const failed = disability.payment!.paymentId;
    await finance.rpc.call(
      'finance.payments.propose-reissue',
      {
        id: failed,
        proposal: { bankAccount: TEST_BANK_ACCOUNT, reason: '账户冻结，组织更换账户' },
      },
      FINANCE_MAKER,
    );
    await finance.rpc.call(
      'finance.payments.decide-reissue',
      { id: failed, decision: { outcome: 'APPROVED', comment: '核对开户证明无误' } },
      FINANCE_CHECKER,
    );
    expect(await drift()).toEqual([]);
    expect((await dashboard()).totals).toMatchObject({ failedFen: 0, awaitingBatchFen: 700_000 });

    await finance.programme.releases([
      {
        commitmentId: venture.commitmentId,
        programme: 'venture',
        reason: '中期评估未通过',
        cancelPaymentIds: [tranche2.paymentId],
      },
    ]);
    await until(
      'the venture commitment closed',
      async () => (await status('commitment', venture.commitmentId)) === 'CLOSED',
    );
    expect(await drift()).toEqual([]);
    const closed = await dashboard();
    expect(closed.totals).toMatchObject({ releasedFen: 500_000, awaitingBatchFen: 400_000 });
    // Net of releases: rural 600,000 + 500,000 of 1,500,000 known.
    expect(closed.shares.rural).toMatchObject({ part: 1_100_000, whole: 1_500_000, text: '73.3%' });

    const clawbackId = randomUUID();
    await finance.programme.clawbacks([
      {
        clawbackId,
        commitmentId: venture.commitmentId,
        programme: 'venture',
        organizationId: venture.organizationId,
        amountFen: 100_000,
        reason: '终期评估未通过',
      },
    ]);
    await until(
      'the clawback opened',
      async () => (await status('clawback', clawbackId)) === 'OPEN',
    );
    expect(await drift()).toEqual([]);
    const recorded = await finance.rpc.call(
      'finance.clawbacks.record-receipt',
      {
        id: clawbackId,
        receipt: { amountFen: 60_000, bankReference: 'BR-1', receivedOn: '2026-12-01' },
      },
      FINANCE_MAKER,
    );
    await finance.rpc.call(
      'finance.clawbacks.decide-receipt',
      {
        id: clawbackId,
        receiptId: recorded.receipts[0].id,
        decision: { outcome: 'CONFIRMED', comment: '已到账' },
      },
      FINANCE_CHECKER,
    );
    expect(await drift()).toEqual([]);
    expect((await dashboard()).totals).toMatchObject({
      clawedBackFen: 100_000,
      recoveredFen: 60_000,
    });
  });

  it('pays the re-issue: paid shares of paid money (R10, R14, R21); progress against committed', async () => {
    const reissued = (
      await finance.pool.query(`SELECT id FROM finance.payment WHERE reissue_of = $1`, [
        disability.payment!.paymentId,
      ])
    ).rows[0].id as string;
    const third = await batched([reissued]);
    await decide(third, 'approve');
    await until('the re-issue paid', async () => (await status('payment', reissued)) === 'SETTLED');
    expect(await drift()).toEqual([]);
    const view = await dashboard();
    expect(view.paidShares.rural).toMatchObject({ part: 1_100_000, whole: 1_500_000 });
    expect(view.paidShares.eldercare).toMatchObject({ part: 600_000, whole: 1_000_000, met: true });
    expect(view.progress.paid).toMatchObject({ part: 1_700_000, whole: 2_200_000, text: '77.3%' });
    expect(view.progress.released.text).toBe('22.7%');
  });

  it('drills down to a city, a county and a street, and filters by fund, programme and year', async () => {
    const city = await dashboard({ areaCode: '4501' });
    expect(city.area).toEqual({ code: '4501', name: '', level: 'CITY' });
    expect(city.areaUnknown).toBeNull();
    expect(city.totals.committedFen).toBe(1_600_000);
    expect(city.children.map((c) => c.code)).toEqual(['450103']);
    const county = await dashboard({ areaCode: '450103' });
    expect(county.children.map((c) => [c.code, c.level, c.committedFen])).toEqual([
      ['450103001', 'STREET', 600_000],
      ['450103002', 'STREET', 1_000_000],
    ]);
    expect(county.counties).toEqual([]);
    const street = await dashboard({ areaCode: '450103001' });
    expect(street.children).toEqual([]);
    expect(street.totals).toMatchObject({ commitments: 1, paidFen: 600_000 });
    const lottery = await dashboard({ fund: 'LOTTERY_WELFARE' });
    expect(lottery.byProgramme.map((p) => p.programme)).toEqual(['lottery-fund']);
    expect(lottery.areaUnknown?.committedFen).toBe(0);
    expect((await dashboard({ programme: 'venture' })).totals.committedFen).toBe(1_200_000);
    const before = await dashboard({ year: 2025 });
    expect(before.totals.committedFen).toBe(0);
    expect(before.years).toEqual([2026]);
  });

  it('answers those who read finance only, and refuses a bad filter naming the field', async () => {
    for (const actor of [
      FINANCE_MAKER,
      FINANCE_CHECKER,
      { userId: 'a', roles: [Role.ADMINISTRATOR] },
    ]) {
      expect((await dashboard({}, actor)).totals.commitments).toBe(4);
    }
    const street = { userId: 's', roles: [Role.STREET_OFFICER], streetCode: '450103001' };
    await expect(dashboard({}, street)).rejects.toMatchObject({ status: 403 });
    await expect(dashboard({}, { userId: 'x', roles: [Role.APPLICANT] })).rejects.toMatchObject({
      status: 403,
    });
    const bad = await dashboard({ fund: 'LOTTERY' as never }).catch((error: unknown) => error);
    expect(bad).toMatchObject({ status: 400 });
    const body = (bad as { getResponse(): { violations: { field: string }[] } }).getResponse();
    expect(body.violations.map((v) => v.field)).toEqual(['fund']);
  });

  it('holds the shares against the policy versions approved for the area, once they arrive (R14, R21)', async () => {
    const approvedAt = new Date().toISOString();
    await finance.programme.policyApprovals([
      {
        kind: 'RESERVE',
        regionCode: '450100',
        version: 'RESERVE-4501-2',
        effectiveFrom: '2020-01-01',
        body: { ...SEED_POLICIES.RESERVE, version: 'RESERVE-4501-2', ruralReservePercent: 90 },
        approvedAt,
      },
      {
        kind: 'ELDERCARE_FLOOR',
        regionCode: '450000',
        version: 'ELDERCARE-45-2',
        effectiveFrom: '2020-01-01',
        body: { ...SEED_POLICIES.ELDERCARE_FLOOR, version: 'ELDERCARE-45-2', floorPercent: 70 },
        approvedAt,
      },
    ]);
    await until(
      'two policy copies',
      async () =>
        (await finance.pool.query(`SELECT count(*)::int AS n FROM finance.policy_copy`)).rows[0]
          .n === 2,
    );
    // Nanning (4501) has its own rural reserve; the province keeps the seed's 30 %.
    const city = await dashboard({ areaCode: '4501' });
    expect(city.targetsFrom).toBe('STORE');
    expect(city.shares.rural).toMatchObject({
      targetPercent: 90,
      policyVersion: 'RESERVE-4501-2',
    });
    expect(city.shares.eldercare).toMatchObject({
      targetPercent: 70,
      policyVersion: 'ELDERCARE-45-2',
    });
    const county = await dashboard({ areaCode: '450103' });
    expect(county.shares.rural).toMatchObject({
      targetPercent: 90,
      policyVersion: 'RESERVE-4501-2',
    });
    const province = await dashboard();
    expect(province.shares.rural).toMatchObject({
      targetPercent: 30,
      policyVersion: SEED_POLICIES.RESERVE.version,
    });
    const { part, whole, met } = province.shares.eldercare;
    expect(province.shares.eldercare.targetPercent).toBe(70);
    expect(met).toBe(part * 100 >= 70 * whole);
    expect(province.targetsFrom).toBe('STORE');
  });

  it('its migration’s backfill reproduces the tally from the rows', async () => {
    const client = await finance.pool.connect();
    const rows = `SELECT * FROM finance.funding_tally ORDER BY street_code, fiscal_year, programme, fund`;
    try {
      const kept = (await client.query(rows)).rows;
      await client.query('BEGIN');
      await client.query('DELETE FROM finance.funding_tally');
      await client.query(FUNDING_TALLY_BACKFILL);
      expect((await client.query(rows)).rows).toEqual(kept);
      expect(kept.length).toBeGreaterThan(3);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});
