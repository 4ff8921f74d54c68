import { randomUUID } from 'node:crypto';
import { http, startPlatform, waitFor } from '@civic/testing';
import { Client } from 'pg';

jest.setTimeout(180_000);

const YEAR = 2026;
const GUANGXI = '450000';
const QINGXIU = '450103';
const CRITERIA = [
  { key: 'plan', name: 'service plan', nameZh: '服务方案', weight: 50, max: 100 },
  { key: 'team', name: 'team', nameZh: '团队与经验', weight: 20, max: 100 },
  { key: 'rural', name: 'rural reach', nameZh: '农村社区覆盖', weight: 10, max: 100, tilt: true },
  { key: 'price', name: 'price', nameZh: '价格', weight: 20, max: 100, kind: 'PRICE' },
];

/**
 * Purchase projects through the gateway, with finance and procurement as real processes: the
 * year's budget reaches procurement as a message (R27), a project is drafted only for a
 * catalogue item within that budget (R25, Order 102 art. 14) by a method its budget allows, with
 * its criteria and R12 tilt announced up front, then announced with a deadline checked by the
 * database clock, and listed publicly without login.
 */
describe('government purchase projects (R25, R12)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let officer: string;
  let maker: string;
  let db: Client;
  let stable: string;
  let yearly: string;
  const call = (method: string, path: string, body: unknown, token?: string) =>
    http(method, `${platform.api}${path}`, body, {
      token,
      headers: { 'Idempotency-Key': randomUUID() },
    });
  const project = (over: Record<string, unknown> = {}) => ({
    catalogueItemId: yearly,
    regionCode: QINGXIU,
    fiscalYear: YEAR,
    title: `青秀区农村留守儿童关爱服务 ${randomUUID().slice(0, 8)}`,
    description: '为 200 名农村留守儿童提供课后陪伴和心理疏导',
    budgetFen: 30_000_000,
    method: 'COMPETITIVE_CONSULTATION',
    contractMonths: 12,
    criteria: CRITERIA,
    ...over,
  });
  const projects = async () =>
    (await db.query(`SELECT count(*)::int AS n FROM procurement.purchase_project`)).rows[0]
      .n as number;

  beforeAll(async () => {
    platform = await startPlatform({
      withOrganizations: false,
      withFinance: true,
      withProcurement: true,
    });
    officer = await platform.login('officer');
    maker = await platform.login('maker');
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    const item = async (name: string, stableItem: boolean) => {
      const res = await call(
        'POST',
        '/v1/procurement/catalogue',
        {
          regionCode: GUANGXI,
          fiscalYear: YEAR,
          categories: ['基本公共服务', '养老服务'],
          name,
          description: `${name}：项目测试用目录条目`,
          unit: '人次',
          stable: stableItem,
        },
        officer,
      );
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    stable = await item('居家养老上门探访', true);
    yearly = await item('农村留守儿童关爱服务', false);
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  it('refuses a project while the year has no government purchase budget (Order 102 art. 14)', async () => {
    const res = await call('POST', '/v1/procurement/projects', project(), officer);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('RULE_R25_NOT_BUDGETED');
    expect(res.body.violations[0]).toMatchObject({ field: 'fiscalYear', rule: 'R25' });
    expect(await projects()).toBe(0);
  });

  it("learns the year's budget from finance's message, then takes a project within it", async () => {
    const appropriated = await call(
      'POST',
      '/v1/finance/budgets',
      { fund: 'GOVERNMENT_PURCHASE', fiscalYear: YEAR, amountFen: 50_000_000 },
      maker,
    );
    expect(appropriated.status).toBe(201);
    await waitFor(
      'the budget to reach procurement',
      async () => (await db.query(`SELECT appropriated_fen FROM procurement.purchase_budget`)).rows,
      (rows) => rows.length === 1 && Number(rows[0].appropriated_fen) === 50_000_000,
    );
    const res = await call('POST', '/v1/procurement/projects', project(), officer);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'DRAFT',
      catalogueItemName: '农村留守儿童关爱服务',
      method: 'COMPETITIVE_CONSULTATION',
      budgetFen: 30_000_000,
      policyVersion: '2026.1',
      bidCount: 0,
      announcedAt: null,
    });
    expect(res.body.criteria).toHaveLength(4);
  });

  it('refuses what the budget cannot hold beside the projects already planned (R27)', async () => {
    const res = await call('POST', '/v1/procurement/projects', project(), officer);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('RULE_R25_OVER_BUDGET');
    expect(res.body.violations[0].field).toBe('budgetFen');
    expect(await projects()).toBe(1);
  });

  it('refuses an item not in the catalogue, a region outside it, and another year', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ catalogueItemId: randomUUID() }, 'RULE_R25_NOT_IN_CATALOGUE', 'catalogueItemId'],
      [{ regionCode: '440103' }, 'RULE_R25_CATALOGUE_REGION', 'regionCode'],
      [{ fiscalYear: 2027 }, 'RULE_R25_CATALOGUE_YEAR', 'fiscalYear'],
    ];
    for (const [over, code, field] of cases) {
      const res = await call(
        'POST',
        '/v1/procurement/projects',
        project({ budgetFen: 1_000_000, ...over }),
        officer,
      );
      expect(res.status).toBe(422);
      expect(res.body.code).toBe(code);
      expect(res.body.violations[0].field).toBe(field);
    }
    expect(await projects()).toBe(1);
  });

  it('refuses a term beyond Order 102 art. 24: 13 months for a yearly item, 37 for a stable one', async () => {
    const long = await call(
      'POST',
      '/v1/procurement/projects',
      project({ budgetFen: 1_000_000, contractMonths: 13 }),
      officer,
    );
    expect(long.status).toBe(422);
    expect(long.body.violations[0]).toMatchObject({ field: 'contractMonths', rule: 'R25' });
    expect(long.body.message).toContain('art. 24');
    const tooLong = await call(
      'POST',
      '/v1/procurement/projects',
      project({
        catalogueItemId: stable,
        budgetFen: 1_000_000,
        contractMonths: 37,
        budgetSecured: true,
      }),
      officer,
    );
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.violations[0].field).toBe('contractMonths');
    const threeYears = await call(
      'POST',
      '/v1/procurement/projects',
      project({
        catalogueItemId: stable,
        budgetFen: 1_000_000,
        contractMonths: 36,
        budgetSecured: true,
      }),
      officer,
    );
    expect(threeYears.status).toBe(201);
    expect(threeYears.body).toMatchObject({
      contractMonths: 36,
      stableItem: true,
      budgetSecured: true,
    });
  });

  it('refuses criteria that do not add up to 100 and a tilt heavier than the policy allows (R12)', async () => {
    const uneven = await call(
      'POST',
      '/v1/procurement/projects',
      project({ budgetFen: 1_000_000, criteria: CRITERIA.slice(0, 2) }),
      officer,
    );
    expect(uneven.status).toBe(422);
    expect(uneven.body.code).toBe('RULE_R25_CRITERIA_WEIGHTS');
    const tilted = CRITERIA.map((c) =>
      c.key === 'rural' ? { ...c, weight: 40 } : c.key === 'plan' ? { ...c, weight: 20 } : c,
    );
    const heavy = await call(
      'POST',
      '/v1/procurement/projects',
      project({ budgetFen: 1_000_000, criteria: tilted }),
      officer,
    );
    expect(heavy.status).toBe(422);
    expect(heavy.body.code).toBe('RULE_R12_TILT_WEIGHT');
  });

  it('announces a project with a deadline ahead of the database clock, and lists it publicly', async () => {
    const created = await call(
      'POST',
      '/v1/procurement/projects',
      project({ budgetFen: 2_000_000, reservedForSocialOrganizations: true }),
      officer,
    );
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const past = await call(
      'POST',
      `/v1/procurement/projects/${id}/announce`,
      { bidDeadline: new Date(Date.now() - 60_000).toISOString() },
      officer,
    );
    expect(past.status).toBe(422);
    expect(past.body.violations[0].field).toBe('bidDeadline');

    const before = await http('GET', `${platform.api}/v1/public/procurement/announcements`);
    expect(before.body.items.map((p: { id: string }) => p.id)).not.toContain(id);
    const deadline = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const announced = await call(
      'POST',
      `/v1/procurement/projects/${id}/announce`,
      { bidDeadline: deadline },
      officer,
    );
    expect(announced.status).toBe(200);
    expect(announced.body).toMatchObject({ status: 'ANNOUNCED', bidDeadline: deadline });
    const again = await call(
      'POST',
      `/v1/procurement/projects/${id}/announce`,
      { bidDeadline: deadline },
      officer,
    );
    expect(again.status).toBe(409);

    const listed = await http(
      'GET',
      `${platform.api}/v1/public/procurement/announcements?pageSize=1`,
    );
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ total: 1, pageSize: 1 });
    expect(listed.body.items[0]).toMatchObject({ id, reservedForSocialOrganizations: true });
  });

  it('pages the officers’ list and frees the budget of a cancelled project', async () => {
    const page1 = await http(
      'GET',
      `${platform.api}/v1/procurement/projects?pageSize=2`,
      undefined,
      {
        token: officer,
      },
    );
    expect(page1.status).toBe(200);
    expect(page1.body.items).toHaveLength(2);
    const page2 = await http(
      'GET',
      `${platform.api}/v1/procurement/projects?pageSize=2&page=2`,
      undefined,
      { token: officer },
    );
    expect(page2.body.total).toBe(page1.body.total);
    const ids = [...page1.body.items, ...page2.body.items].map((p: { id: string }) => p.id);
    expect(new Set(ids).size).toBe(page1.body.total);

    // The first project holds 300,000 of 500,000: cancelling it lets a 450,000 one in.
    const first =
      page1.body.total &&
      (await db.query(`SELECT id FROM procurement.purchase_project WHERE budget_fen = 30000000`))
        .rows[0].id;
    const refused = await call(
      'POST',
      '/v1/procurement/projects',
      project({ budgetFen: 45_000_000 }),
      officer,
    );
    expect(refused.status).toBe(422);
    const cancelled = await call('POST', `/v1/procurement/projects/${first}/cancel`, {}, officer);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('CANCELLED');
    const taken = await call(
      'POST',
      '/v1/procurement/projects',
      project({ budgetFen: 45_000_000 }),
      officer,
    );
    expect(taken.status).toBe(201);
  });

  it('lets neither an applicant nor the public draft a project', async () => {
    const applicant = await platform.login('applicant');
    const before = await projects();
    expect((await call('POST', '/v1/procurement/projects', project(), applicant)).status).toBe(403);
    expect((await call('POST', '/v1/procurement/projects', project())).status).toBe(401);
    expect(await projects()).toBe(before);
  });
});
