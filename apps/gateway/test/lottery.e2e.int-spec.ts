import { verifyAuditChain } from '@civic/platform/audit';
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

jest.setTimeout(120_000);

/**
 * Lottery welfare fund programmes and applications through the gateway, with the organizations
 * and lottery-fund services as real processes: the organization reaches the lottery fund as an
 * event, banned budget lines are refused when entered (R22), and each application carries its
 * priority reasons (R13).
 */
describe('lottery fund subsidies through the gateway (R7, R13, R20, R22)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let officer: string;
  let applicant: string;
  let programmeId: string;
  let organizationId: string;

  beforeAll(async () => {
    platform = await startPlatform({ withLotteryFund: true });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    const admin = await platform.login('admin');
    const org = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ areaType: 'RURAL', category: 'PUBLIC_WELFARE' }),
      { token: admin },
    );
    expect(org.status).toBe(201);
    organizationId = org.body.id;
    await bindUser(platform.as(admin), 'applicant', organizationId);
    applicant = await platform.login('applicant');
    officer = await platform.login('officer');
    const programme = await http(
      'POST',
      `${platform.api}/v1/lottery/programmes`,
      subsidyProgrammeBody(),
      {
        token: officer,
      },
    );
    expect(programme.status).toBe(201);
    expect(programme.body).toMatchObject({
      purpose: 'ELDERLY',
      ruralReservePercent: 30,
      applicationCount: 0,
    });
    programmeId = programme.body.id;
  });

  afterAll(async () => {
    await db.end();
    await platform.stop();
  });

  const applications = async () =>
    Number((await db.query(`SELECT count(*) FROM lottery_fund.subsidy_application`)).rows[0].count);
  const submit = (body: object, language?: string) =>
    http('POST', `${platform.api}/v1/lottery/applications`, body, { token: applicant, language });
  const assess = (id: string, merit: number) =>
    http(
      'POST',
      `${platform.api}/v1/lottery/applications/${id}/assessment`,
      { merit },
      { token: officer },
    );

  it('rule R22: refuses a banned budget line when it is entered, naming the line and the rule, and stores nothing', async () => {
    // The organization reaches the lottery fund as an event; until then the answer is 409.
    await waitFor(
      'the organization at the lottery fund',
      async () =>
        (await db.query(`SELECT count(*) FROM lottery_fund.organization_snapshot`)).rows[0].count,
      (count) => Number(count) === 1,
    );
    const body = subsidyApplicationBody(programmeId);
    const pay = {
      category: 'SERVICE_DELIVERY',
      description: '项目工作人员工资',
      amountFen: 3_000_000,
    };
    const res = await submit(
      { ...body, budgetLines: [pay, ...body.budgetLines.slice(1)] },
      'zh-CN',
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('RULE_R22');
    expect(res.body.violations).toEqual([
      expect.objectContaining({
        field: 'budgetLines.0.description',
        rule: 'R22',
        message: expect.stringContaining('工资'),
      }),
    ]);
    const banned = await submit({
      ...body,
      budgetLines: [
        { category: 'VEHICLES', description: '购置服务用车', amountFen: 3_000_000 },
        ...body.budgetLines.slice(1),
      ],
    });
    expect(banned.status).toBe(422);
    expect(banned.body.violations[0]).toMatchObject({
      field: 'budgetLines.0.category',
      rule: 'R22',
    });
    expect(await applications()).toBe(0);
  });

  it('rule R17, rule R7: refuses lines that do not add up and beneficiaries listed twice', async () => {
    const body = subsidyApplicationBody(programmeId);
    const res = await submit({
      ...body,
      requestedFen: 5_000_001,
      beneficiaries: [
        { group: 'ELDERLY', count: 10 },
        { group: 'ELDERLY', count: 5 },
      ],
    });
    expect(res.status).toBe(422);
    expect(
      res.body.violations.map((v: { field: string; rule: string }) => [v.field, v.rule]),
    ).toEqual(
      expect.arrayContaining([
        ['beneficiaries.1.group', 'R7'],
        ['budgetLines', 'R17'],
      ]),
    );
    const shape = await submit({
      ...body,
      budgetLines: [{ category: 'NOT_A_CATEGORY', description: 'x', amountFen: 1.5 }],
    });
    expect(shape.status).toBe(400);
    expect(shape.body.violations.map((v: { field: string }) => v.field)).toEqual(
      expect.arrayContaining(['budgetLines.0.category', 'budgetLines.0.amountFen']),
    );
    expect(await applications()).toBe(0);
  });

  it('rule R13: takes a lawful application with its priority bonus and reasons, audited', async () => {
    const res = await submit(subsidyApplicationBody(programmeId));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'SUBMITTED',
      organizationId,
      purpose: 'ELDERLY',
      requestedFen: 5_000_000,
      beneficiaryTotal: 135,
    });
    const codes = res.body.priority.reasons.map((r: { code: string }) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['RURAL', 'PUBLIC_WELFARE', 'PRIORITY_GROUPS']));
    // rural +15, public welfare +10, two R7 groups +6
    expect(res.body.priority.bonus).toBe(31);
    expect(
      res.body.priority.reasons.every((r: { messageZh: string }) => r.messageZh.length > 0),
    ).toBe(true);
    const audit = await verifyAuditChain(db, 'lottery_fund');
    expect(audit).toMatchObject({ ok: true, checked: 2 });
  });

  it('shows an applicant its own applications and an officer all of them, by priority; programmes count them', async () => {
    const mine = await http('GET', `${platform.api}/v1/lottery/applications`, undefined, {
      token: applicant,
    });
    expect(mine.body.total).toBe(1);
    const all = await http(
      'GET',
      `${platform.api}/v1/lottery/applications?programmeId=${programmeId}`,
      undefined,
      {
        token: officer,
      },
    );
    expect(all.body.items.map((a: { organizationId: string }) => a.organizationId)).toEqual([
      organizationId,
    ]);
    const one = await http(
      'GET',
      `${platform.api}/v1/lottery/applications/${mine.body.items[0].id}`,
      undefined,
      {
        token: applicant,
      },
    );
    expect(one.body.projectName).toBe('“银龄互助”居家养老探访服务');
    const programmes = await http(
      'GET',
      `${platform.api}/v1/lottery/programmes?fiscalYear=2026`,
      undefined,
      {
        token: applicant,
      },
    );
    expect(programmes.body).toMatchObject({ total: 1, page: 1, pageSize: 50 });
    expect(programmes.body.items).toEqual([
      expect.objectContaining({ id: programmeId, applicationCount: 1, requestedFen: 5_000_000 }),
    ]);
  });

  it('republishes organization snapshots for a service that missed them; the fund takes applications again', async () => {
    // As if the lottery fund had started consuming snapshots after this organization was registered.
    await db.query(`DELETE FROM lottery_fund.organization_snapshot WHERE organization_id = $1`, [
      organizationId,
    ]);
    const unknown = await submit(subsidyApplicationBody(programmeId));
    expect(unknown.status).toBe(409);
    expect(unknown.body.code).toBe('ORGANIZATION_NOT_KNOWN_YET');
    const admin = await platform.login('admin');
    const replayed = await http(
      'POST',
      `${platform.api}/v1/organizations/snapshots/republish`,
      undefined,
      { token: admin },
    );
    expect(replayed.status).toBe(200);
    expect(replayed.body.published).toBeGreaterThanOrEqual(1);
    expect(replayed.body.policies).toBeGreaterThanOrEqual(1); // the seeded versions, approved
    await waitFor(
      'the snapshot back at the lottery fund',
      async () =>
        (
          await db.query(
            `SELECT version FROM lottery_fund.organization_snapshot WHERE organization_id = $1`,
            [organizationId],
          )
        ).rows,
      (rows) => rows.length === 1,
    );
  });

  it('refuses an application for another organization, and programmes from anyone but officers', async () => {
    const other = await submit({
      ...subsidyApplicationBody(programmeId),
      organizationId: '00000000-0000-4000-8000-000000000001',
    });
    expect(other.status).toBe(403);
    const byApplicant = await http(
      'POST',
      `${platform.api}/v1/lottery/programmes`,
      subsidyProgrammeBody(),
      {
        token: applicant,
      },
    );
    expect(byApplicant.status).toBe(403);
    expect(await applications()).toBe(1);
  });

  describe('approval → finance → paid (R21, R27, R28)', () => {
    let applicationId: string;
    let maker: string;
    let checker: string;
    const approve = (id: string, body: object, token = officer) =>
      http('POST', `${platform.api}/v1/lottery/applications/${id}/approve`, body, { token });
    /** Approval follows the ranking (R13), so each application is assessed first. */
    const assessAndApprove = async (id: string, body: object) => {
      expect((await assess(id, 75)).status).toBe(200);
      return approve(id, body);
    };
    const application = async (id: string) =>
      (
        await http('GET', `${platform.api}/v1/lottery/applications/${id}`, undefined, {
          token: applicant,
        })
      ).body;

    /** Finance's part: the commitment accepted, a maker batches the payment, a checker approves. */
    const payThroughFinance = async (id: string) => {
      const committed = await waitFor(
        'the commitment accepted and the payment asked',
        () => application(id),
        (a) => a.status === 'COMMITTED',
      );
      await batchAndApprove(platform.api, committed.payment.paymentId, { maker, checker });
      const paid = await waitFor(
        'the application paid',
        () => application(id),
        (a) => a.status === 'PAID',
      );
      return paid;
    };

    beforeAll(async () => {
      maker = await platform.login('maker');
      checker = await platform.login('checker');
      const funded = await http(
        'POST',
        `${platform.api}/v1/finance/budgets`,
        { fund: 'LOTTERY_WELFARE', fiscalYear: 2026, amountFen: 20_000_000 },
        { token: maker },
      );
      expect(funded.status).toBe(201);
      const mine = await http('GET', `${platform.api}/v1/lottery/applications`, undefined, {
        token: applicant,
      });
      applicationId = mine.body.items[0].id;
    });

    it('rule R21: warns before a non-eldercare approval would leave the year below the floor, and goes on only when accepted', async () => {
      const disability = await http(
        'POST',
        `${platform.api}/v1/lottery/programmes`,
        subsidyProgrammeBody({ purpose: 'DISABILITY', name: '2026 年残疾人康复服务补助' }),
        { token: officer },
      );
      const applied = await submit(
        subsidyApplicationBody(disability.body.id, { projectName: '残疾人社区康复' }),
      );
      expect(applied.status).toBe(201);
      const unassessed = await approve(applied.body.id, { comment: '同意' });
      expect(unassessed.status).toBe(409);
      expect(unassessed.body.code).toBe('RULE_R13_NOT_ASSESSED');
      const warned = await assessAndApprove(applied.body.id, { comment: '同意' });
      expect(warned.status).toBe(409);
      expect(warned.body.code).toBe('RULE_R21_BELOW_ELDERCARE_FLOOR');
      expect((await application(applied.body.id)).status).toBe('SUBMITTED');
      // Rejected instead: the applicant sees why.
      const rejected = await http(
        'POST',
        `${platform.api}/v1/lottery/applications/${applied.body.id}/reject`,
        { comment: '本年度养老资金占比不足，暂缓' },
        { token: officer },
      );
      expect(rejected.status).toBe(200);
      expect(await application(applied.body.id)).toMatchObject({
        status: 'REJECTED',
        decision: { outcome: 'REJECTED', comment: '本年度养老资金占比不足，暂缓' },
      });
    });

    it('rule R27, rule R28: an approved application is committed at finance, batched, approved, paid, and shows as paid', async () => {
      const approved = await assessAndApprove(applicationId, { comment: '符合扶老用途，同意资助' });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({
        status: 'APPROVED',
        decision: { outcome: 'APPROVED' },
      });
      expect((await approve(applicationId, { comment: '再次' })).status).toBe(409);
      const paid = await payThroughFinance(applicationId);
      expect(paid.payment).toMatchObject({
        paymentId: expect.any(String),
        bankReference: expect.any(String),
        paidAt: expect.any(String),
      });
      const funds = (
        await http('GET', `${platform.api}/v1/finance/funds?fiscalYear=2026`, undefined, {
          token: maker,
        })
      ).body as { fund: string; disbursedFen: number }[];
      expect(funds.find((f) => f.fund === 'LOTTERY_WELFARE')?.disbursedFen).toBe(5_000_000);
    });

    it("rule R27: finance's refusal reaches the applicant with its reason", async () => {
      const big = await http(
        'POST',
        `${platform.api}/v1/lottery/programmes`,
        subsidyProgrammeBody({ name: '2026 年大额养老服务补助', budgetFen: 900_000_000 }),
        { token: officer },
      );
      const lines = [
        { category: 'SERVICE_DELIVERY', description: '养老服务站运营服务', amountFen: 800_000_000 },
      ];
      const applied = await submit(
        subsidyApplicationBody(big.body.id, { budgetLines: lines, requestedFen: 800_000_000 }),
      );
      expect(applied.status).toBe(201);
      expect((await assessAndApprove(applied.body.id, { comment: '同意' })).status).toBe(200);
      const refused = await waitFor(
        "finance's answer",
        () => application(applied.body.id),
        (a) => a.status !== 'APPROVED',
      );
      expect(refused).toMatchObject({
        status: 'COMMITMENT_REFUSED',
        statusReason: { code: 'EXCEEDS_BUDGET' },
      });
      expect(refused.statusReason.messageZh).toContain('超过预算可用余额');
    });

    it('rule R23: publishes a finished year’s annual report (scale, projects, execution, results), corrected only by a new notice with a reason', async () => {
      const publish = (year: number, body: object, token = officer) =>
        http('POST', `${platform.api}/v1/lottery/years/${year}/annual-report`, body, { token });
      const early = await publish(2026, {});
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('RULE_R23_YEAR_NOT_OVER');

      const funded = await http(
        'POST',
        `${platform.api}/v1/finance/budgets`,
        { fund: 'LOTTERY_WELFARE', fiscalYear: 2025, amountFen: 20_000_000 },
        { token: maker },
      );
      expect(funded.status).toBe(201);
      const programme = await http(
        'POST',
        `${platform.api}/v1/lottery/programmes`,
        subsidyProgrammeBody({ fiscalYear: 2025, name: '2025 年社区居家养老服务补助' }),
        { token: officer },
      );
      const paidApp = await submit(subsidyApplicationBody(programme.body.id));
      const approvedApp = await submit(
        subsidyApplicationBody(programme.body.id, { projectName: '老年助餐点' }),
      );
      for (const app of [paidApp, approvedApp]) {
        expect((await assess(app.body.id, 80)).status).toBe(200);
      }
      for (const app of [paidApp, approvedApp]) {
        expect((await approve(app.body.id, { comment: '同意' })).status).toBe(200);
      }
      await payThroughFinance(paidApp.body.id);
      expect((await publish(2025, {}, applicant)).status).toBe(403);

      const published = await publish(2025, { summary: '全年上门探访独居老人 300 余人次' });
      expect(published.status).toBe(201);
      expect(published.body).toMatchObject({
        kind: 'ANNUAL_REPORT',
        fiscalYear: 2025,
        title: '2025 年度福利彩票公益金使用情况公告',
        inForce: true,
        report: {
          scale: { programmes: 1, budgetFen: 100_000_000, projects: 2, approvedFen: 10_000_000 },
          execution: {
            paidFen: 5_000_000,
            unpaidFen: 5_000_000,
            paidProjects: 1,
            percent: '50.00',
          },
          eldercare: { percent: '100.00', floorPercent: 55, meetsFloor: true },
          results: { summary: '全年上门探访独居老人 300 余人次' },
          label: '彩票公益金资助',
        },
      });
      expect(published.body.report.results.beneficiaryTotal).toBeGreaterThan(0);
      expect(
        published.body.report.projects.map((p: { projectName: string }) => p.projectName),
      ).toEqual(expect.arrayContaining(['老年助餐点']));

      const again = await publish(2025, {});
      expect(again.status).toBe(422);
      expect(again.body.violations[0]).toMatchObject({ field: 'reason', rule: 'R23' });
      const corrected = await publish(2025, {
        summary: '全年上门探访独居老人 320 人次',
        reason: '人次统计有误',
      });
      expect(corrected.status).toBe(201);
      expect(corrected.body).toMatchObject({
        corrects: published.body.id,
        correctionReason: '人次统计有误',
        title: '【更正】2025 年度福利彩票公益金使用情况公告',
      });

      const notices = (
        await http('GET', `${platform.api}/v1/public/lottery/notices?fiscalYear=2025`)
      ).body.items as { id: string; kind: string; inForce: boolean }[];
      const reports = notices.filter((n) => n.kind === 'ANNUAL_REPORT');
      expect(reports.map((n) => [n.id, n.inForce])).toEqual([
        [corrected.body.id, true],
        [published.body.id, false],
      ]);
      const year = await http('GET', `${platform.api}/v1/lottery/years/2025`, undefined, {
        token: officer,
      });
      expect(year.body.annualDisclosure.status).toBe('PUBLISHED');
      const edit = await http(
        'POST',
        `${platform.api}/v1/lottery/notices/${published.body.id}/corrections`,
        {
          reason: '改为项目公告',
          content: {
            projectName: '居家养老',
            unit: '银龄互助会',
            amountFen: 100,
            contactName: '李红',
            contactPhone: '0771-1234567',
          },
        },
        { token: officer },
      );
      expect(edit.status).toBe(409);
      expect(edit.body.code).toBe('RULE_R23_REGENERATE_ANNUAL_REPORT');
    });
  });

  it('rule R21, rule R23: the year shows approved and paid, the eldercare share against its floor and the disclosure deadline', async () => {
    const res = await http('GET', `${platform.api}/v1/lottery/years/2026`, undefined, {
      token: officer,
    });
    expect(res.status).toBe(200);
    // Approved and paid: the eldercare application (5M fen); the refused and rejected ones hold nothing.
    expect(res.body).toMatchObject({
      fiscalYear: 2026,
      approvedFen: 5_000_000,
      paidFen: 5_000_000,
      eldercare: {
        eldercareFen: 5_000_000,
        totalFen: 5_000_000,
        percent: '100.00',
        floorPercent: 55,
        meetsFloor: true,
      },
      annualDisclosure: { deadline: '2027-06-30' },
    });
    expect(['NOT_DUE', 'DUE_SOON', 'OVERDUE']).toContain(res.body.annualDisclosure.status);
    expect(
      (await http('GET', `${platform.api}/v1/lottery/years/2026`, undefined, { token: applicant }))
        .status,
    ).toBe(403);
  });

  it('rule R13, rule R14: ranks assessed applications by merit × (1 + bonus/100) and funds a rural one from the reserve', async () => {
    const admin = await platform.login('admin');
    const urbanOrg = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ name: '新竹社区邻里互助会' }),
      {
        token: admin,
      },
    );
    await http(
      'POST',
      `${platform.api}/v1/users`,
      {
        username: 'applicant-urban',
        displayName: '城区申请人',
        password: 'Demo#2026civic',
        roles: ['applicant'],
        organizationId: urbanOrg.body.id,
      },
      { token: admin },
    );
    const urban = await platform.login('applicant-urban');
    const programme = await http(
      'POST',
      `${platform.api}/v1/lottery/programmes`,
      subsidyProgrammeBody({ name: '2026 年居家养老小额补助', budgetFen: 10_000_000 }),
      { token: officer },
    );
    const lines = [
      { category: 'SERVICE_DELIVERY', description: '上门助老服务', amountFen: 3_000_000 },
    ];
    let applied = 0;
    const apply = async (token: string) => {
      // rule R27: each a project of its own; the same project is applied for once
      const projectName = `居家养老探访服务（第 ${++applied} 期）`;
      const res = await waitFor(
        'the application taken',
        () =>
          http(
            'POST',
            `${platform.api}/v1/lottery/applications`,
            subsidyApplicationBody(programme.body.id, {
              projectName,
              budgetLines: lines,
              requestedFen: 3_000_000,
            }),
            { token },
          ),
        (r) => r.status !== 409,
      );
      expect(res.status).toBe(201);
      return res.body as { id: string; priority: { bonus: number } };
    };
    const urbanApps = [await apply(urban), await apply(urban), await apply(urban)];
    const rural = await apply(applicant);
    expect(rural.priority.bonus).toBeGreaterThan(urbanApps[0].priority.bonus);
    for (const [app, merit] of [
      [urbanApps[0], 90],
      [urbanApps[1], 85],
      [urbanApps[2], 80],
      [rural, 50],
    ] as const) {
      expect((await assess(app.id, merit)).status).toBe(200);
    }
    expect((await assess(rural.id, 101)).status).toBe(400);
    const ranking = await http(
      'GET',
      `${platform.api}/v1/lottery/programmes/${programme.body.id}/ranking`,
      undefined,
      {
        token: officer,
      },
    );
    expect(ranking.status).toBe(200);
    // 10M fen, 30 % (3M) reserved for rural organizations: the rural one, ranked last, is funded from
    // the reserve; the general pool (7M) funds the two best urban ones and not the third.
    expect(ranking.body).toMatchObject({
      budgetFen: 10_000_000,
      reserveFen: 3_000_000,
      reserveUsedFen: 3_000_000,
      unassessed: 0,
    });
    expect(
      ranking.body.rows.map((r: { applicationId: string; rank: number; outcome: string }) => [
        r.applicationId,
        r.rank,
        r.outcome,
      ]),
    ).toEqual([
      [urbanApps[0].id, 1, 'FUNDED_FROM_GENERAL'],
      [urbanApps[1].id, 2, 'FUNDED_FROM_GENERAL'],
      [urbanApps[2].id, 3, 'NOT_FUNDED'],
      [rural.id, 4, 'FUNDED_FROM_RESERVE'],
    ]);
    const ruralRow = ranking.body.rows[3];
    expect(ruralRow.rankScore).toBeCloseTo(50 * (1 + rural.priority.bonus / 100));
    expect(ruralRow.reasons.map((r: { code: string }) => r.code)).toContain('RURAL');
    expect(ruralRow.messageZh.length).toBeGreaterThan(0);
    expect(ranking.body.rows.map((r: { approvable: boolean }) => r.approvable)).toEqual([
      true,
      true,
      false,
      true,
    ]);

    // Approval follows the ranking: the third urban one is not funded by it.
    const approve = (id: string) =>
      http(
        'POST',
        `${platform.api}/v1/lottery/applications/${id}/approve`,
        { comment: '按排名批准' },
        { token: officer },
      );
    const outOfOrder = await approve(urbanApps[2].id);
    expect(outOfOrder.status).toBe(409);
    expect(outOfOrder.body.code).toBe('RULE_R14_NOT_FUNDED_IN_RANK_ORDER');
    expect((await approve(rural.id)).status).toBe(200);

    // A late application: nothing is approved until it is assessed, and once it ranks first it
    // does not take the rural one's approved money, only the general pool's.
    const late = await apply(urban);
    const incomplete = await approve(urbanApps[0].id);
    expect(incomplete.status).toBe(409);
    expect(incomplete.body.code).toBe('RULE_R13_RANKING_INCOMPLETE');
    expect((await assess(late.id, 99)).status).toBe(200);
    const reranked = (
      await http(
        'GET',
        `${platform.api}/v1/lottery/programmes/${programme.body.id}/ranking`,
        undefined,
        { token: officer },
      )
    ).body;
    const outcomes = Object.fromEntries(
      reranked.rows.map((r: { applicationId: string; outcome: string; held: boolean }) => [
        r.applicationId,
        [r.outcome, r.held],
      ]),
    );
    expect(outcomes).toEqual({
      [late.id]: ['FUNDED_FROM_GENERAL', false],
      [urbanApps[0].id]: ['FUNDED_FROM_GENERAL', false],
      [urbanApps[1].id]: ['NOT_FUNDED', false],
      [urbanApps[2].id]: ['NOT_FUNDED', false],
      [rural.id]: ['FUNDED_FROM_RESERVE', true],
    });
    expect((await approve(urbanApps[1].id)).body.code).toBe('RULE_R14_NOT_FUNDED_IN_RANK_ORDER');
    expect((await approve(late.id)).status).toBe(200);
  });

  describe('disclosure (R23)', () => {
    const notices = async () =>
      (await http('GET', `${platform.api}/v1/public/lottery/notices?fiscalYear=2026`)).body.items;

    it('rule R23: publishes each approval for anyone to read, without logging in, labelled 彩票公益金资助', async () => {
      const list = await notices();
      const approvedProjects = list.map(
        (n: { content: { projectName: string } }) => n.content.projectName,
      );
      expect(approvedProjects).toEqual(expect.arrayContaining(['“银龄互助”居家养老探访服务']));
      const notice = list.find(
        (n: { content: { amountFen: number } }) => n.content.amountFen === 5_000_000,
      );
      expect(notice).toMatchObject({
        kind: 'PUBLICITY',
        inForce: true,
        content: {
          unit: expect.any(String),
          contactName: '李秀兰',
          contactPhone: '0771-5551234',
          purpose: 'ELDERLY',
          label: '彩票公益金资助',
        },
      });
      // Objections are open for the 7-day publicity period.
      const days =
        (Date.parse(notice.objectionsUntil) - Date.parse(notice.publishedAt)) / 86_400_000;
      expect(days).toBeGreaterThan(7);
      expect(days).toBeLessThanOrEqual(8);
    });

    it('rule R23: records an objection from the public during the publicity period', async () => {
      const [notice] = await notices();
      const res = await http(
        'POST',
        `${platform.api}/v1/public/lottery/notices/${notice.id}/objections`,
        {
          name: '王先生',
          contact: '13800000000',
          content: '该组织去年同类项目尚未结项，请核实。',
        },
      );
      expect(res.status).toBe(201);
      const bad = await http(
        'POST',
        `${platform.api}/v1/public/lottery/notices/${notice.id}/objections`,
        { name: '' },
      );
      expect(bad.status).toBe(400);
      const after = (await notices()).find((n: { id: string }) => n.id === notice.id);
      expect(after.objectionCount).toBe(1);
    });

    it('rule R23: objections after the publicity period are refused', async () => {
      const [notice] = await notices();
      // Move the notice's period into the past, as time would: the trigger guards edits, so the
      // test lifts it for this one row in its own transaction.
      await db.query('BEGIN');
      await db.query(
        'ALTER TABLE lottery_fund.disclosure_notice DISABLE TRIGGER disclosure_notice_never_edited',
      );
      await db.query(
        `UPDATE lottery_fund.disclosure_notice SET objections_until = now() - interval '1 day' WHERE id = $1`,
        [notice.id],
      );
      await db.query(
        'ALTER TABLE lottery_fund.disclosure_notice ENABLE TRIGGER disclosure_notice_never_edited',
      );
      await db.query('COMMIT');
      const late = await http(
        'POST',
        `${platform.api}/v1/public/lottery/notices/${notice.id}/objections`,
        { name: '王先生', contact: '13800000000', content: '补充异议材料一份。' },
        { language: 'zh-CN' },
      );
      expect(late.status).toBe(409);
      expect(late.body).toMatchObject({
        code: 'RULE_R23_PUBLICITY_OVER',
        message: expect.stringContaining('公示期'),
      });
    });

    it('rule R23: a published notice is never edited; a correction is a new notice pointing to it', async () => {
      const [notice] = await notices();
      await expect(
        db.query(`UPDATE lottery_fund.disclosure_notice SET title = 'edited' WHERE id = $1`, [
          notice.id,
        ]),
      ).rejects.toThrow('rule R23: a published notice is never edited');
      await expect(
        db.query(`DELETE FROM lottery_fund.disclosure_notice WHERE id = $1`, [notice.id]),
      ).rejects.toThrow('rule R23');
      const { purpose: _purpose, label: _label, ...editable } = notice.content;
      const content = { ...editable, contactPhone: '0771-5559999' };
      const res = await http(
        'POST',
        `${platform.api}/v1/lottery/notices/${notice.id}/corrections`,
        { reason: '联系电话有误', content },
        { token: officer },
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        corrects: notice.id,
        correctionReason: '联系电话有误',
        inForce: true,
      });
      const again = await http(
        'POST',
        `${platform.api}/v1/lottery/notices/${notice.id}/corrections`,
        { reason: '再次更正', content },
        { token: officer },
      );
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('RULE_R23_ALREADY_CORRECTED');
      const list = await notices();
      expect(list.find((n: { id: string }) => n.id === notice.id)).toMatchObject({
        inForce: false,
        title: notice.title,
      });
      expect(list.find((n: { id: string }) => n.id === res.body.id)).toMatchObject({
        content: { contactPhone: '0771-5559999' },
      });
    });
  });
});
