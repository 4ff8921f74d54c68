import { verifyAuditChain } from '@civic/platform/audit';
import {
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
    const users = await http('GET', `${platform.api}/v1/users?q=applicant`, undefined, {
      token: admin,
    });
    const applicantId = users.body.items.find(
      (u: { username: string }) => u.username === 'applicant',
    ).id;
    await http(
      'PATCH',
      `${platform.api}/v1/users/${applicantId}`,
      { organizationId },
      { token: admin },
    );
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
    expect(programmes.body).toEqual([
      expect.objectContaining({ id: programmeId, applicationCount: 1, requestedFen: 5_000_000 }),
    ]);
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
});
