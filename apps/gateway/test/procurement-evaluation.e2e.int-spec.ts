import { usccCheckCharacter } from '@civic/domain/identifiers';
import {
  bindUser,
  formerEmployeeOf,
  http,
  organizationBody,
  type PoolExpert,
  type ProcurementCall,
  purchaseChain,
  startPlatform,
  waitFor,
  XINZHU_LOCATION,
} from '@civic/testing';
import { Client } from 'pg';

jest.setTimeout(240_000);

const code = (first17: string) => first17 + usccCheckCharacter(first17);
const ORG_USCC = code('52450103MJ0000201');
const COMPANY_A = { name: '广西康宁养老服务有限公司', uscc: code('91450103MA5L00011') };
const COMPANY_B = { name: '南宁邻里社工服务有限公司', uscc: code('91450103MA5L00012') };
const YEAR = 2026;
const CRITERIA = [
  { key: 'plan', name: 'service plan', nameZh: '服务方案', weight: 60, max: 100 },
  { key: 'team', name: 'team', nameZh: '团队与经验', weight: 20, max: 100 },
  { key: 'price', name: 'price', nameZh: '价格', weight: 20, max: 100, kind: 'PRICE' },
];
const CONTACT = { contactName: '李红', contactPhone: '13800771234' };
/** R18, art. 16's catch-all: another relation with the organization's leader 王建国. */
const OTHER_TIE_WITH_LEADER = {
  kind: 'OTHER',
  personName: '王建国',
  description: '曾为其硕士论文导师，至今合作课题',
  from: '2018-09-01',
};

/**
 * Government purchase from the announcement to the published result, through the gateway with
 * organizations, finance and procurement as real processes (R24, R25, R18, R12): listed
 * undertakers bid until the deadline (database clock), bids stay sealed until then, too few bids
 * fail a purchase, the panel is drawn from the expert pool without the expert tied to a bidder
 * (recusal logged), members score on the announced criteria only, the award goes in rank order
 * and is published, and an upheld objection passes it to the next in rank. The steps not under
 * test come from purchaseChain; the only SQL writes move a deadline into the past (time passing).
 */
describe('government purchase: bids, panel, award, objections (R25, R18)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let chain: ReturnType<typeof purchaseChain>;
  let admin: string;
  let officer: string;
  let applicant: string;
  let itemId: string;
  const entries: Record<string, string> = {};
  let experts: PoolExpert[];
  let projectId: string;
  const bids: Record<string, string> = {};

  const api: ProcurementCall = (method, path, body, token) => chain.call(method, path, body, token);
  const newProject = (title: string, budgetFen = 30_000_000) =>
    chain.announced({
      catalogueItemId: itemId,
      regionCode: '450103',
      fiscalYear: YEAR,
      title,
      description: '为辖区 300 名独居老人提供每月两次上门探访',
      budgetFen,
      method: 'COMPETITIVE_CONSULTATION',
      contractMonths: 12,
      criteria: CRITERIA,
    });
  /** Moves a project's deadline into the past: time passing, without waiting for it. */
  const deadlinePasses = (id: string) => chain.bidDeadlinePasses(id);
  const count = async (table: string) =>
    (await db.query(`SELECT count(*)::int AS n FROM procurement.${table}`)).rows[0].n as number;

  beforeAll(async () => {
    platform = await startPlatform({ withFinance: true, withProcurement: true });
    admin = await platform.login('admin');
    officer = await platform.login('officer');
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    chain = purchaseChain({ api: platform.api, db, officer });
    const org = await api(
      'POST',
      '/v1/organizations',
      organizationBody({
        name: '新竹社区夕阳红志愿服务队',
        uscc: ORG_USCC,
        location: XINZHU_LOCATION,
        registeredFundsFen: 300_000,
        leaders: [{ name: '王建国', role: '负责人', isPartyMember: true }],
      }),
      admin,
    );
    expect(org.body).toMatchObject({ id: expect.any(String) });
    await bindUser(platform.as(admin), 'applicant', org.body.id);
    applicant = await platform.login('applicant');
    const maker = await platform.login('maker');
    expect(
      (
        await api(
          'POST',
          '/v1/finance/budgets',
          { fund: 'GOVERNMENT_PURCHASE', fiscalYear: YEAR, amountFen: 200_000_000 },
          maker,
        )
      ).status,
    ).toBe(201);
    const item = await api(
      'POST',
      '/v1/procurement/catalogue',
      {
        regionCode: '450000',
        fiscalYear: YEAR,
        categories: ['基本公共服务', '养老服务'],
        name: '居家养老上门探访',
        description: '为独居、空巢老人提供上门探访',
        unit: '人次',
        stable: true,
      },
      officer,
    );
    expect(item.status).toBe(201);
    itemId = item.body.id;
    await waitFor(
      'the organization and the budget at procurement',
      async () =>
        (
          await db.query(
            `SELECT (SELECT count(*) FROM procurement.organization_snapshot)::int AS orgs,
                    (SELECT count(*) FROM procurement.purchase_budget)::int AS budgets`,
          )
        ).rows[0],
      (row) => row.orgs === 1 && row.budgets === 1,
    );
    // Three undertakers in the directory: the organization (its applicant applies), two companies.
    const entry = (over: Record<string, unknown>) => ({
      serviceCategories: ['基本公共服务'],
      ...CONTACT,
      ...over,
    });
    entries.org = await chain.listed(
      entry({ kind: 'SOCIAL_ORGANIZATION', serviceAreas: ['450103'] }),
      applicant,
    );
    for (const [key, company] of [
      ['a', COMPANY_A],
      ['b', COMPANY_B],
    ] as const) {
      entries[key] = await chain.listed(
        entry({
          kind: 'COMPANY',
          name: company.name,
          creditCode: company.uscc,
          serviceAreas: ['450100'],
        }),
        officer,
      );
    }
    // Five experts; one was employed by company A until last year (R18: within 3 years); one has
    // another relation that could affect a fair review with the organization's leader (R18, OTHER).
    experts = await chain.experts(
      admin,
      (username, password) => platform.login(username, password),
      [0, 1, 2, 3, 4].map((i) => ({
        username: `procurement-expert-${i}`,
        name: `采购评审专家 ${i}`,
        relations:
          i === 3 ? [formerEmployeeOf(COMPANY_A.name)] : i === 4 ? [OTHER_TIE_WITH_LEADER] : [],
      })),
    );
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  it('takes bids from listed undertakers and keeps them sealed until the deadline', async () => {
    projectId = await newProject('2026 年青秀区居家养老上门探访服务');
    const ownBid = await api(
      'POST',
      `/v1/procurement/projects/${projectId}/bids`,
      { priceFen: 29_000_000, proposal: '组建 6 人社工团队，每月两次入户探访，建立一人一档' },
      applicant,
    );
    expect(ownBid.status).toBe(201);
    expect(ownBid.body).toMatchObject({
      status: 'SUBMITTED',
      undertakerKind: 'SOCIAL_ORGANIZATION',
    });
    bids.org = ownBid.body.id;
    for (const [key, price] of [
      ['a', 24_000_000],
      ['b', 27_000_000],
    ] as const) {
      const res = await api(
        'POST',
        `/v1/procurement/projects/${projectId}/bids`,
        {
          priceFen: price,
          proposal: '专业护理员上门服务，配备智能呼叫设备',
          entryId: entries[key],
        },
        officer,
      );
      expect(res.status).toBe(201);
      bids[key] = res.body.id;
    }
    const sealed = await api(
      'GET',
      `/v1/procurement/projects/${projectId}/bids`,
      undefined,
      officer,
    );
    expect(sealed.status).toBe(409);
    expect(sealed.body.code).toBe('RULE_R25_BIDS_SEALED');
    const mine = await api('GET', '/v1/procurement/bids/mine', undefined, applicant);
    expect(mine.body.items.map((b: { id: string }) => b.id)).toEqual([bids.org]);
  });

  it('refuses a second bid, a bid over the budget, and an officer bid naming no entry', async () => {
    const before = await count('bid');
    const again = await api(
      'POST',
      `/v1/procurement/projects/${projectId}/bids`,
      { priceFen: 28_000_000, proposal: '再次投标，报价更低的服务方案' },
      applicant,
    );
    expect(again.status).toBe(409);
    const over = await api(
      'POST',
      `/v1/procurement/projects/${projectId}/bids`,
      { priceFen: 30_000_001, proposal: '超出预算的报价方案测试文本', entryId: entries.a },
      officer,
    );
    expect(over.status).toBe(422);
    expect(over.body.violations[0].field).toBe('priceFen');
    const nameless = await api(
      'POST',
      `/v1/procurement/projects/${projectId}/bids`,
      { priceFen: 1_000_000, proposal: '未指明承接主体的纸质投标' },
      officer,
    );
    expect(nameless.status).toBe(422);
    expect(nameless.body.violations[0].field).toBe('entryId');
    expect(await count('bid')).toBe(before);
  });

  it('refuses a bid after the deadline, by the database clock (R25)', async () => {
    await deadlinePasses(projectId);
    const late = await api(
      'POST',
      `/v1/procurement/projects/${projectId}/bids`,
      { priceFen: 20_000_000, proposal: '截止后递交的投标文件测试', entryId: entries.b },
      officer,
    );
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('RULE_R25_BID_DEADLINE_PASSED');
  });

  it('opens the bids, and fails a purchase with too few bids for its method', async () => {
    const opened = await api('POST', `/v1/procurement/projects/${projectId}/close`, {}, officer);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ status: 'BIDDING_CLOSED', bidCount: 3 });
    const listed = await api(
      'GET',
      `/v1/procurement/projects/${projectId}/bids`,
      undefined,
      officer,
    );
    expect(listed.status).toBe(200);
    expect(listed.body.total).toBe(3);

    const lonely = await newProject('2026 年青秀区居家养老试点（单一响应）', 1_000_000);
    await api(
      'POST',
      `/v1/procurement/projects/${lonely}/bids`,
      { priceFen: 900_000, proposal: '唯一响应的服务方案测试文本', entryId: entries.a },
      officer,
    );
    await deadlinePasses(lonely);
    const failed = await api('POST', `/v1/procurement/projects/${lonely}/close`, {}, officer);
    expect(failed.status).toBe(200);
    expect(failed.body.status).toBe('FAILED');
  });

  it('draws the panel without the expert tied to a bidder, logging the recusal (R18)', async () => {
    const drawn = await api('POST', `/v1/procurement/projects/${projectId}/panel`, {}, officer);
    expect(drawn.status).toBe(200);
    expect(drawn.body.members).toHaveLength(3);
    const names = drawn.body.members.map((m: { name: string }) => m.name);
    expect(names).not.toContain('采购评审专家 3');
    expect(names).not.toContain('采购评审专家 4');
    expect(drawn.body.recusals).toHaveLength(2);
    expect(drawn.body.recusals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          expertName: '采购评审专家 3',
          undertakerName: COMPANY_A.name,
          clauses: [expect.objectContaining({ clause: 'EMPLOYMENT' })],
        }),
        // R18: another relation with the bidding organization's leader, with the new clause.
        expect.objectContaining({
          expertName: '采购评审专家 4',
          undertakerName: '新竹社区夕阳红志愿服务队',
          clauses: [
            expect.objectContaining({
              clause: 'OTHER_RELATION',
              messageZh: expect.stringContaining(
                '与申请组织负责人王建国存在其他可能影响公正评审的关系（曾为其硕士论文导师，至今合作课题）',
              ),
            }),
          ],
        }),
      ]),
    );
    expect(typeof drawn.body.seed).toBe('number');
    const again = await api('POST', `/v1/procurement/projects/${projectId}/panel`, {}, officer);
    expect(again.status).toBe(409);
  });

  it('refuses another relation (R18, OTHER) that does not say what it is, on its field', async () => {
    const { description: _description, ...undescribed } = OTHER_TIE_WITH_LEADER;
    const refused = await api(
      'POST',
      '/v1/procurement/experts',
      { userId: experts[4].userId, name: '采购评审专家 4', fields: [], relations: [undescribed] },
      admin,
    );
    expect(refused.status).toBe(422);
    expect(refused.body.violations).toEqual([
      expect.objectContaining({ field: 'relations.0.description', rule: 'R18' }),
    ]);
  });

  it('lets only panel members score, on the announced criteria only (R25, R12)', async () => {
    const outsider = experts[3];
    const refused = await api(
      'POST',
      `/v1/procurement/bids/${bids.a}/scores`,
      { scores: { plan: 90, team: 90 } },
      outsider.token,
    );
    expect(refused.status).toBe(404);
    const member = experts[0];
    const tilt = await api(
      'POST',
      `/v1/procurement/bids/${bids.a}/scores`,
      { scores: { plan: 90, team: 90, rural: 100 } },
      member.token,
    );
    expect(tilt.status).toBe(422);
    expect(tilt.body.code).toBe('RULE_R25_CRITERION_NOT_ANNOUNCED');
    const tooHigh = await api(
      'POST',
      `/v1/procurement/bids/${bids.a}/scores`,
      { scores: { plan: 101, team: 90 } },
      member.token,
    );
    expect(tooHigh.status).toBe(422);
    const early = await api('POST', `/v1/procurement/projects/${projectId}/award`, {}, officer);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('RULE_R18_SCORES_MISSING');
  });

  it('ranks on the announced criteria, awards the first and publishes the result', async () => {
    // plan and team by member: the organization's plan is best, company A is cheapest.
    const sheets: Record<string, [number, number]> = { org: [92, 85], a: [70, 75], b: [80, 80] };
    for (const member of experts.slice(0, 3)) {
      const tasks = await api('GET', '/v1/procurement/panel/tasks', undefined, member.token);
      expect(tasks.body.total).toBe(3);
      for (const [key, [plan, team]] of Object.entries(sheets)) {
        const res = await api(
          'POST',
          `/v1/procurement/bids/${bids[key]}/scores`,
          { scores: { plan, team } },
          member.token,
        );
        expect(res.status).toBe(200);
        expect(res.body.scores).toEqual({ plan, team });
      }
    }
    const awarded = await api('POST', `/v1/procurement/projects/${projectId}/award`, {}, officer);
    expect(awarded.status).toBe(200);
    expect(awarded.body.status).toBe('AWARDED');
    // org: 60×0.92 + 20×0.85 + 20×24/29 = 55.2 + 17 + 16.55 = 88.75
    // a:   60×0.70 + 20×0.75 + 20       = 42 + 15 + 20     = 77.00
    // b:   60×0.80 + 20×0.80 + 20×24/27 = 48 + 16 + 17.78 = 81.78
    const results = await http('GET', `${platform.api}/v1/public/procurement/results`);
    expect(results.status).toBe(200);
    const result = results.body.items.find((r: { projectId: string }) => r.projectId === projectId);
    expect(result.ranking).toEqual([
      {
        rank: 1,
        undertakerName: '新竹社区夕阳红志愿服务队',
        priceFen: 29_000_000,
        totalScore: 88.75,
        awarded: true,
      },
      {
        rank: 2,
        undertakerName: COMPANY_B.name,
        priceFen: 27_000_000,
        totalScore: 81.78,
        awarded: false,
      },
      {
        rank: 3,
        undertakerName: COMPANY_A.name,
        priceFen: 24_000_000,
        totalScore: 77,
        awarded: false,
      },
    ]);
    expect(new Date(result.objectionDeadline).getTime()).toBeGreaterThan(
      new Date(result.resultPublishedAt).getTime(),
    );
  });

  it('records an objection in its window and, upheld, passes the award to the next in rank', async () => {
    const outsider = await api(
      'POST',
      `/v1/procurement/projects/${projectId}/objections`,
      { text: '未参与投标的组织提出的质疑文本测试' },
      await platform.login('admin'),
    );
    expect(outsider.status).toBe(403);
    const raised = await api(
      'POST',
      `/v1/procurement/projects/${projectId}/objections`,
      { text: '本组织对评分结果有异议，请复核服务方案评分' },
      applicant,
    );
    expect(raised.status).toBe(201);
    expect(raised.body.status).toBe('OPEN');
    const answered = await api(
      'POST',
      `/v1/procurement/objections/${raised.body.id}/answer`,
      { decision: 'UPHELD', answer: '经复核，第一名响应文件缺少资质证明，成交资格取消' },
      officer,
    );
    expect(answered.status).toBe(200);
    expect(answered.body.status).toBe('UPHELD');
    const twice = await api(
      'POST',
      `/v1/procurement/objections/${raised.body.id}/answer`,
      { decision: 'DISMISSED', answer: '重复答复测试' },
      officer,
    );
    expect(twice.status).toBe(409);
    const results = await http('GET', `${platform.api}/v1/public/procurement/results`);
    const result = results.body.items.find((r: { projectId: string }) => r.projectId === projectId);
    expect(result.ranking.find((r: { awarded: boolean }) => r.awarded).undertakerName).toBe(
      COMPANY_B.name,
    );
    expect(result).toMatchObject({ objections: 1, openObjections: 0, status: 'AWARDED' });
    const listed = await api(
      'GET',
      `/v1/procurement/projects/${projectId}/objections`,
      undefined,
      officer,
    );
    expect(listed.body.items).toHaveLength(1);
  });

  it('takes no objection once the window has closed', async () => {
    await chain.objectionWindowPasses(projectId);
    const late = await api(
      'POST',
      `/v1/procurement/projects/${projectId}/objections`,
      { text: '质疑期结束后提出的质疑文本测试' },
      applicant,
    );
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('RULE_R25_OBJECTION_WINDOW_CLOSED');
  });
});
