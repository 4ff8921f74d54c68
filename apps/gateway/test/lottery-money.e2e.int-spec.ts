import {
  batchAndApprove,
  bindUser,
  http,
  organizationBody,
  startPlatform,
  subsidyApplicationBody,
  subsidyProgrammeBody,
  waitFor,
} from '@civic/testing';
import { Client } from 'pg';

jest.setTimeout(180_000);

/** The simulated bank declines every transfer to this account (TREASURY_FROZEN_ACCOUNTS). */
const FROZEN = '6222020100000000001';
const AMOUNT = 3_000_000;

type Application = {
  id: string;
  status: string;
  payment?: { paymentId: string };
  statusReason?: { code: string };
};

/**
 * The lottery fund's money edges, found by trying the running platform (issue #14), each with the
 * real services, Postgres and Redis: the same application sent many times at once is stored once;
 * a payment the bank declines for good keeps its money held, so the programme never approves past
 * its budget, until finance re-issues it to corrected details (four eyes) or an officer withdraws
 * it and finance releases the money; a withdrawal or refusal retracts the publicity notice with a
 * correction, so the public notices add up to the year's approvals.
 */
describe('lottery fund money edges (R23, R27, R28)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let officer: string;
  let applicant: string;
  let maker: string;
  let checker: string;

  beforeAll(async () => {
    platform = await startPlatform({
      withLotteryFund: true,
      financeEnv: { TREASURY_FROZEN_ACCOUNTS: FROZEN, PAYMENT_MAX_ATTEMPTS: '1' },
    });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    const admin = await platform.login('admin');
    const org = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ name: '青秀区长者关爱协会' }),
      { token: admin },
    );
    expect(org.status).toBe(201);
    await bindUser(platform.as(admin), 'applicant', org.body.id);
    [applicant, officer, maker, checker] = await Promise.all(
      ['applicant', 'officer', 'maker', 'checker'].map((u) => platform.login(u)),
    );
    const funded = await http(
      'POST',
      `${platform.api}/v1/finance/budgets`,
      { fund: 'LOTTERY_WELFARE', fiscalYear: 2026, amountFen: 50_000_000 },
      { token: maker },
    );
    expect(funded.status).toBe(201);
    await waitFor(
      'the organization at the lottery fund',
      async () =>
        Number(
          (await db.query(`SELECT count(*) FROM lottery_fund.organization_snapshot`)).rows[0].count,
        ),
      (n) => n === 1,
    );
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  const programme = async (name: string, budgetFen: number, fiscalYear = 2026) => {
    const res = await http(
      'POST',
      `${platform.api}/v1/lottery/programmes`,
      subsidyProgrammeBody({ name, budgetFen, fiscalYear }),
      { token: officer },
    );
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const body = (programmeId: string, projectName: string, accountNumber = '6222020102003456789') =>
    subsidyApplicationBody(programmeId, {
      projectName,
      budgetLines: [
        { category: 'SERVICE_DELIVERY', description: '上门助老服务', amountFen: AMOUNT },
      ],
      requestedFen: AMOUNT,
      bankAccount: {
        accountName: '青秀区长者关爱协会',
        accountNumber,
        bankName: '广西北部湾银行',
        bankCode: '313',
      },
    });
  const apply = async (programmeId: string, projectName: string, accountNumber?: string) => {
    const res = await http(
      'POST',
      `${platform.api}/v1/lottery/applications`,
      body(programmeId, projectName, accountNumber),
      { token: applicant },
    );
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const post = (path: string, payload: object, token = officer) =>
    http('POST', `${platform.api}/v1${path}`, payload, { token });
  const application = async (id: string) =>
    (
      await http('GET', `${platform.api}/v1/lottery/applications/${id}`, undefined, {
        token: officer,
      })
    ).body as Application;
  const until = (id: string, status: string) =>
    waitFor(
      `application ${status}`,
      () => application(id),
      (a) => a.status === status,
    );
  const approve = (id: string) =>
    post(`/lottery/applications/${id}/approve`, { comment: '同意资助' });
  const assess = (id: string, merit: number) =>
    post(`/lottery/applications/${id}/assessment`, { merit });
  const reconciliation = async () =>
    (await http('GET', `${platform.api}/v1/finance/reconciliation`, undefined, { token: maker }))
      .body as {
      differences: unknown[];
      heldWithNothingToPay: { commitmentId: string; heldFen: number }[];
    };
  /** What the public reads (R23): the in-force publicity notices of a year, added up. */
  const publicTotal = async (fiscalYear: number) => {
    const notices = (
      await http(
        'GET',
        `${platform.api}/v1/public/lottery/notices?fiscalYear=${fiscalYear}&pageSize=200`,
      )
    ).body.items as { kind: string; inForce: boolean; content?: { amountFen: number } }[];
    return notices
      .filter((n) => n.kind === 'PUBLICITY' && n.inForce)
      .reduce((sum, n) => sum + (n.content?.amountFen ?? 0), 0);
  };
  const yearApproved = async (fiscalYear: number) =>
    (
      await http('GET', `${platform.api}/v1/lottery/years/${fiscalYear}`, undefined, {
        token: officer,
      })
    ).body.approvedFen as number;

  it('rule R27: the same application sent 20 times at once is stored once; the others are refused 409 naming the rule', async () => {
    const programmeId = await programme('2026 年重复申请测试', 100_000_000);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        http('POST', `${platform.api}/v1/lottery/applications`, body(programmeId, '长者助餐'), {
          token: applicant,
        }),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    const refused = answers.filter((a) => a.status !== 201);
    expect(refused.map((a) => a.status)).toEqual(Array(19).fill(409));
    for (const a of refused) {
      expect(a.body.code).toBe('RULE_R27_DUPLICATE_APPLICATION');
      expect(a.body.violations[0]).toMatchObject({ field: 'projectName', rule: 'R27' });
    }
    const stored = await db.query(
      `SELECT count(*)::int AS n FROM lottery_fund.subsidy_application WHERE programme_id = $1`,
      [programmeId],
    );
    expect(stored.rows[0].n).toBe(1);
    // The same project typed differently is the same project; another project is not.
    const again = await http(
      'POST',
      `${platform.api}/v1/lottery/applications`,
      body(programmeId, '  长者助餐 '),
      { token: applicant },
    );
    expect(again.status).toBe(409);
    await apply(programmeId, '长者助餐（二期）');
  });

  it('rule R27, rule R28: a payment declined for good keeps its money held; re-issued four eyes it is paid, withdrawn it is released, and only then is the next one approved', async () => {
    const programmeId = await programme('2026 年居家养老补助（两项）', 2 * AMOUNT);
    const a = await apply(programmeId, '独居老人探访', FROZEN);
    const b = await apply(programmeId, '长者健康讲座', FROZEN);
    const c = await apply(programmeId, '老年助餐点');
    for (const [id, merit] of [
      [a, 90],
      [b, 85],
      [c, 80],
    ] as const)
      expect((await assess(id, merit)).status).toBe(200);
    expect((await approve(a)).status).toBe(200);
    expect((await approve(b)).status).toBe(200);
    // One exchange with finance: the commitment came with its payment.
    for (const id of [a, b]) {
      const committed = await until(id, 'COMMITTED');
      await batchAndApprove(platform.api, committed.payment!.paymentId, { maker, checker });
    }
    const failedA = await until(a, 'PAYMENT_FAILED');
    await until(b, 'PAYMENT_FAILED');
    expect(failedA.statusReason?.code).toBe('ACCOUNT_FROZEN');

    // Both failed payments still hold the programme's money: the third is not funded.
    const third = await approve(c);
    expect(third.status).toBe(409);
    expect(third.body.code).toBe('RULE_R14_NOT_FUNDED_IN_RANK_ORDER');
    const held = await reconciliation();
    expect(held.heldWithNothingToPay).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ commitmentId: a, heldFen: AMOUNT }),
        expect.objectContaining({ commitmentId: b, heldFen: AMOUNT }),
      ]),
    );

    // Re-issued to corrected details: proposed by a maker, approved by another person (R28).
    const corrected = {
      bankAccount: {
        accountName: '青秀区长者关爱协会',
        accountNumber: '6222020102009998877',
        bankName: '广西北部湾银行',
        bankCode: '313',
      },
      reason: '原收款账户已冻结，组织提供了新的开户证明',
    };
    const paymentId = failedA.payment!.paymentId;
    const proposed = await post(`/finance/payments/${paymentId}/reissue`, corrected, maker);
    expect(proposed.status).toBe(200);
    expect(proposed.body.reissue).toMatchObject({
      status: 'PROPOSED',
      accountNumberMasked: '****8877',
    });
    expect((await post(`/finance/payments/${paymentId}/reissue`, corrected, maker)).status).toBe(
      409,
    );
    const decide = (token: string) =>
      post(
        `/finance/payments/${paymentId}/reissue/decision`,
        { outcome: 'APPROVED', comment: '核对无误' },
        token,
      );
    expect((await decide(maker)).status).toBe(403);
    const approved = await decide(checker);
    expect(approved.status).toBe(200);
    const newPaymentId = approved.body.reissue.newPaymentId as string;
    expect(newPaymentId).not.toBe(paymentId);
    const reissued = await until(a, 'COMMITTED');
    expect(reissued.payment?.paymentId).toBe(newPaymentId);
    await batchAndApprove(platform.api, newPaymentId, { maker, checker });
    await until(a, 'PAID');
    // R30: finance keeps the corrected number sealed (rows, audit); the bank got it in full.
    const kept = await db.query(
      `SELECT p::text AS row FROM finance.payment p WHERE p.id = $1
       UNION ALL SELECT r::text FROM finance.payment_reissue r WHERE r.payment_id = $2::uuid
       UNION ALL SELECT e::text FROM finance.audit_entry e WHERE e.entity_id = $2::text`,
      [newPaymentId, paymentId],
    );
    expect(kept.rows.length).toBeGreaterThanOrEqual(4);
    for (const { row } of kept.rows) expect(row).not.toContain('6222020102009998877');
    const sent = await db.query(
      `SELECT to_account FROM finance.simulated_bank_transfer WHERE payment_id = $1`,
      [newPaymentId],
    );
    expect(sent.rows).toEqual([{ to_account: corrected.bankAccount }]);

    // Withdrawn: finance closes the commitment and releases the money with a RELEASE posting.
    const withdrawal = { reason: '组织银行账户长期冻结，无法拨付' };
    expect(
      (await post(`/lottery/applications/${b}/withdrawal`, withdrawal, applicant)).status,
    ).toBe(403);
    const withdrawn = await post(`/lottery/applications/${b}/withdrawal`, withdrawal);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('WITHDRAWING');
    await until(b, 'WITHDRAWN');
    expect((await post(`/lottery/applications/${b}/withdrawal`, withdrawal)).body.code).toBe(
      'RULE_R27_NOT_COMMITTED',
    );
    expect((await post(`/lottery/applications/${a}/withdrawal`, withdrawal)).body.code).toBe(
      'RULE_R27_PAID',
    );
    const release = await db.query(
      `SELECT c.status, c.released_fen::int AS released,
              (SELECT sum(l.amount_fen)::int FROM finance.ledger_posting p
                 JOIN finance.ledger_line l ON l.posting_id = p.id
                WHERE p.kind = 'RELEASE' AND p.reference = 'release:' || c.id AND l.amount_fen > 0) AS posted
         FROM finance.commitment c WHERE c.id = $1`,
      [b],
    );
    expect(release.rows[0]).toEqual({ status: 'CLOSED', released: AMOUNT, posted: AMOUNT });

    // Now the third is funded, and the programme's money equals what finance holds for it.
    expect((await approve(c)).status).toBe(200);
    await until(c, 'COMMITTED');
    const [programmeHeld, financeHeld] = await Promise.all([
      db.query(
        `SELECT sum(requested_fen)::int AS fen FROM lottery_fund.subsidy_application
          WHERE programme_id = $1 AND status IN ('APPROVED', 'COMMITTED', 'PAID', 'PAYMENT_FAILED', 'WITHDRAWING')`,
        [programmeId],
      ),
      db.query(
        `SELECT sum(amount_fen - released_fen)::int AS fen FROM finance.commitment
          WHERE id = ANY($1::uuid[]) AND status <> 'REFUSED'`,
        [[a, b, c]],
      ),
    ]);
    expect(programmeHeld.rows[0].fen).toBe(2 * AMOUNT);
    expect(financeHeld.rows[0].fen).toBe(2 * AMOUNT);
    const after = await reconciliation();
    expect(after.differences).toEqual([]);
    expect(after.heldWithNothingToPay.map((h) => h.commitmentId)).not.toEqual(
      expect.arrayContaining([a]),
    );
    expect(after.heldWithNothingToPay.map((h) => h.commitmentId)).not.toEqual(
      expect.arrayContaining([b]),
    );
  });

  it('rule R23: a withdrawal or a refusal by finance retracts the publicity notice with a correction; the public notices add up to the year view', async () => {
    // 2027: finance holds less than the programme's budget, so its second approval is refused.
    expect(
      (
        await post(
          '/finance/budgets',
          { fund: 'LOTTERY_WELFARE', fiscalYear: 2027, amountFen: AMOUNT },
          maker,
        )
      ).status,
    ).toBe(201);
    const programmeId = await programme('2027 年居家养老补助', 10 * AMOUNT, 2027);
    const first = await apply(programmeId, '2027 年独居老人探访');
    const second = await apply(programmeId, '2027 年长者助餐');
    expect((await assess(first, 90)).status).toBe(200);
    expect((await assess(second, 80)).status).toBe(200);
    expect((await approve(first)).status).toBe(200);
    await until(first, 'COMMITTED');
    expect((await approve(second)).status).toBe(200);
    const refused = await until(second, 'COMMITMENT_REFUSED');
    expect(refused.statusReason?.code).toBe('EXCEEDS_BUDGET');

    const notices = (await http('GET', `${platform.api}/v1/public/lottery/notices?fiscalYear=2027`))
      .body.items as {
      id: string;
      inForce: boolean;
      corrects?: string;
      title: string;
      correctionReason?: string;
      content: { projectName: string; amountFen: number };
    }[];
    const about = (project: string) => notices.filter((n) => n.content.projectName === project);
    const [retraction, original] = about('2027 年长者助餐');
    expect(retraction).toMatchObject({
      corrects: original.id,
      inForce: true,
      content: { amountFen: 0 },
      correctionReason: expect.stringContaining('财务未予资金承诺'),
    });
    expect(retraction.title).toMatch(/^【撤销】/);
    expect(original.inForce).toBe(false);
    expect(await publicTotal(2027)).toBe(AMOUNT);
    expect(await yearApproved(2027)).toBe(AMOUNT);

    // The officer withdraws the first: the public notices and the year view both drop it.
    const withdrawn = await post(`/lottery/applications/${first}/withdrawal`, {
      reason: '组织已注销',
    });
    expect(withdrawn.status).toBe(200);
    expect(await publicTotal(2027)).toBe(0);
    expect(await yearApproved(2027)).toBe(0);
    // The published notices were never edited: each retraction is a new notice.
    const rows = await db.query(
      `SELECT count(*)::int AS n FROM lottery_fund.disclosure_notice WHERE fiscal_year = 2027`,
    );
    expect(rows.rows[0].n).toBe(4);
  });
});
