import { randomUUID } from 'node:crypto';
import { usccCheckCharacter } from '@civic/domain/identifiers';
import {
  bindUser,
  HENGZHOU_LOCATION,
  http,
  organizationBody,
  purchaseChain,
  rawHttp,
  seenAndUnknown,
  startPlatform,
  waitFor,
  XINZHU_LOCATION,
} from '@civic/testing';
import { Client } from 'pg';

jest.setTimeout(300_000);

const YEAR = 2026;
const QINGXIU = '450103';
const ELDERCARE = '基本公共服务';
const code = (first17: string) => first17 + usccCheckCharacter(first17);
const ORG_NAME = '新竹社区夕阳红志愿服务队';
const INDICATORS = [
  { name: '服务数量', target: '每月上门探访独居老人不少于 2 次', weight: 60 },
  { name: '满意度', target: '服务对象满意度不低于 90%', weight: 40 },
];
const SUMMARY = '本季度按合同完成上门探访，建立服务档案 58 份，探访独居老人张某某等 58 户';
const PROGRESS = {
  year: 1,
  kind: 'PROGRESS',
  periodFrom: '2026-07-01',
  periodTo: '2026-09-30',
  summary: SUMMARY,
  figures: [
    { indicator: '服务数量', achieved: '上门探访 326 人次' },
    { indicator: '满意度', achieved: '回访满意度 93%' },
  ],
};

type Report = { id: string; year: number; kind: string; summary: string; figures: unknown[] };

/**
 * Performance reports (履约报告) by the undertaker on its purchase contract (R25; Order 102:
 * performance is evaluated and payment follows it), through the gateway with organizations,
 * finance and procurement as real processes: a contract built through the purchase chain's steps;
 * its undertaker's applicant reports (idempotently), another applicant is answered as if the
 * contract did not exist (issue #15), an officer may not report; one final report a year; figures
 * only for the contract's indicators; no report once the year's final evaluation is in. The
 * reports show to officers and the undertaker, never on the published contract (R30). The only
 * SQL writes move deadlines into the past (time passing); other SQL only reads.
 */
describe('performance reports on a purchase contract (R25, R30)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let chain: ReturnType<typeof purchaseChain>;
  let officer: string;
  let applicant: string;
  let otherApplicant: string;
  let contractId: string;

  const report = (body: unknown, token: string, key = randomUUID(), id = contractId) =>
    http('POST', `${platform.api}/v1/procurement/contracts/${id}/reports`, body, {
      token,
      headers: { 'Idempotency-Key': key },
    });
  const contract = async (token: string) =>
    (
      await http('GET', `${platform.api}/v1/procurement/contracts/${contractId}`, undefined, {
        token,
      })
    ).body as { reports: Report[]; status: string };
  const stored = async () =>
    (await db.query(`SELECT count(*)::int AS n FROM procurement.contract_report`)).rows[0]
      .n as number;

  /** An awarded project's contract signed for the applicant's organization, step by step. */
  async function signedContract(admin: string): Promise<string> {
    const maker = await platform.login('maker');
    const budget = await chain.call(
      'POST',
      '/v1/finance/budgets',
      { fund: 'GOVERNMENT_PURCHASE', fiscalYear: YEAR, amountFen: 100_000_000 },
      maker,
    );
    expect(budget.status).toBe(201);
    const itemId = await chain.catalogueItem({
      regionCode: '450000',
      fiscalYear: YEAR,
      categories: [ELDERCARE, '养老服务'],
      name: '居家养老上门探访',
      description: '居家养老上门探访：履约报告测试用目录条目',
      unit: '人次',
      stable: false,
    });
    const entry = { serviceAreas: [QINGXIU], serviceCategories: [ELDERCARE] };
    const contact = { contactName: '李红', contactPhone: '13800771234' };
    await chain.listed({ kind: 'SOCIAL_ORGANIZATION', ...entry, ...contact }, applicant);
    const company = await chain.listed(
      {
        kind: 'COMPANY',
        name: '南宁市颐养居家养老服务有限公司',
        creditCode: code('91450103MA5L00301'),
        ...entry,
        ...contact,
      },
      officer,
    );
    const pool = await chain.experts(
      admin,
      (username, password) => platform.login(username, password),
      [0, 1, 2].map((i) => ({ username: `report-expert-${i}`, name: `评审专家 ${i}` })),
    );
    await waitFor(
      'the budget at procurement',
      async () =>
        (await db.query(`SELECT 1 FROM procurement.purchase_budget WHERE fiscal_year = $1`, [YEAR]))
          .rows.length,
      (n) => n === 1,
    );
    const projectId = await chain.announced({
      catalogueItemId: itemId,
      regionCode: QINGXIU,
      fiscalYear: YEAR,
      title: '青秀区居家养老上门探访服务',
      description: '为辖区独居老人提供每月两次上门探访',
      budgetFen: 20_000_000,
      method: 'COMPETITIVE_CONSULTATION',
      contractMonths: 12,
      budgetSecured: false,
      criteria: [
        { key: 'plan', name: 'service plan', nameZh: '服务方案', weight: 80, max: 100 },
        { key: 'price', name: 'price', nameZh: '价格', weight: 20, max: 100, kind: 'PRICE' },
      ],
    });
    await chain.bid(projectId, { priceFen: 18_000_000, token: applicant });
    await chain.bid(projectId, { priceFen: 19_000_000, entryId: company, token: officer });
    await chain.bidDeadlinePasses(projectId);
    const panel = await chain.closeAndDraw(projectId);
    await chain.scoreAll(projectId, panel, pool, (task) => ({
      plan: task.undertakerName === ORG_NAME ? 90 : 80,
    }));
    await chain.award(projectId);
    await chain.objectionWindowPasses(projectId);
    const signed = await chain.call(
      'POST',
      `/v1/procurement/projects/${projectId}/contract`,
      {
        startDate: '2026-07-01',
        months: 12,
        instalments: [
          { key: 'SIGNING', trigger: 'SIGNING', percent: 40 },
          { key: 'MONITORING', trigger: 'MONITORING', percent: 30 },
          { key: 'FINAL', trigger: 'FINAL_EVALUATION', percent: 30 },
        ],
        indicators: INDICATORS,
        bankAccount: {
          accountName: ORG_NAME,
          accountNumber: '6222020102003456789',
          bankName: '广西北部湾银行南宁分行',
          bankCode: '313',
        },
      },
      officer,
    );
    expect(signed.status).toBe(201);
    return signed.body.id as string;
  }

  beforeAll(async () => {
    platform = await startPlatform({
      withOrganizations: true,
      withFinance: true,
      withProcurement: true,
    });
    const admin = await platform.login('admin');
    officer = await platform.login('officer');
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    chain = purchaseChain({ api: platform.api, db, officer });
    const register = async (name: string, uscc: string, location: object) => {
      const res = await http(
        'POST',
        `${platform.api}/v1/organizations`,
        organizationBody({ name, uscc, location, registeredFundsFen: 300_000 }),
        { token: admin },
      );
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const own = await register(ORG_NAME, code('52450103MJ0000301'), XINZHU_LOCATION);
    const other = await register(
      '城东社区邻里互助会',
      code('52450103MJ0000302'),
      HENGZHOU_LOCATION,
    );
    await bindUser(platform.as(admin), 'applicant', own);
    applicant = await platform.login('applicant');
    const user = await http(
      'POST',
      `${platform.api}/v1/users`,
      {
        username: 'report-applicant-b',
        displayName: '申请人乙',
        password: 'Demo#2026civic',
        roles: ['applicant'],
        organizationId: other,
      },
      { token: admin },
    );
    expect(user.status).toBe(201);
    otherApplicant = await platform.login('report-applicant-b', 'Demo#2026civic');
    contractId = await signedContract(admin);
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  it('rule R25: the undertaker’s applicant reports; the report shows to it and to officers, newest first, and is audited', async () => {
    const first = await report(PROGRESS, applicant);
    expect(first.status).toBe(201);
    expect(first.body.reports).toEqual([
      expect.objectContaining({
        year: 1,
        kind: 'PROGRESS',
        periodFrom: '2026-07-01',
        periodTo: '2026-09-30',
        summary: SUMMARY,
        figures: PROGRESS.figures,
        submittedAt: expect.any(String),
      }),
    ]);
    const second = await report(
      { ...PROGRESS, periodFrom: '2026-10-01', periodTo: '2026-11-30', figures: undefined },
      applicant,
    );
    expect(second.status).toBe(201);
    for (const token of [applicant, officer]) {
      const reports = (await contract(token)).reports;
      expect(reports.map((r) => [r.id, r.figures.length])).toEqual([
        [second.body.reports[0].id, 0],
        [first.body.reports[0].id, 2],
      ]);
    }
    const audited = await db.query(
      `SELECT count(*)::int AS n FROM procurement.audit_entry
        WHERE entity_id = $1 AND action = 'contract.progress-reported'`,
      [contractId],
    );
    expect(audited.rows[0].n).toBe(2);
  });

  it('idempotency: the same key sent again answers the same report and stores nothing new', async () => {
    const key = randomUUID();
    const before = await stored();
    const body = { ...PROGRESS, periodFrom: '2026-12-01', periodTo: '2026-12-05' };
    const first = await report(body, applicant, key);
    const again = await report(body, applicant, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.reports[0].id).toBe(first.body.reports[0].id);
    expect(await stored()).toBe(before + 1);
  });

  it('issue #15: another organization’s applicant is answered as for a contract that does not exist; an officer may not report (403)', async () => {
    const before = await stored();
    const { seen, unknown } = await seenAndUnknown(contractId, (id) =>
      rawHttp('POST', `${platform.api}/v1/procurement/contracts/${id}/reports`, PROGRESS, {
        token: otherApplicant,
      }),
    );
    expect(seen.status).toBe(404);
    expect(seen).toEqual(unknown);
    expect((await report(PROGRESS, officer)).status).toBe(403);
    expect(await stored()).toBe(before);
  });

  it('refuses bad input with 400 naming the field, and a figure for an indicator the contract does not hold with 422 naming it', async () => {
    const short = await report({ ...PROGRESS, summary: '   太短了   ' }, applicant);
    expect(short.status).toBe(400);
    expect(JSON.stringify(short.body)).toContain('summary');
    const kind = await report({ ...PROGRESS, kind: 'MONTHLY' }, applicant);
    expect(kind.status).toBe(400);
    expect(JSON.stringify(kind.body)).toContain('kind');
    const blank = await report(
      { ...PROGRESS, figures: [{ indicator: '满意度', achieved: '  ' }] },
      applicant,
    );
    expect(blank.status).toBe(400);
    expect(JSON.stringify(blank.body)).toContain('achieved');

    const unknown = await report(
      { ...PROGRESS, figures: [{ indicator: '服务时长', achieved: '600 小时' }] },
      applicant,
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('RULE_R25_REPORT_INDICATOR');
    expect(unknown.body.violations).toEqual([
      expect.objectContaining({ field: 'figures.0.indicator', rule: 'R25' }),
    ]);
    expect(unknown.body.message).toContain('服务时长');
    const outside = await report({ ...PROGRESS, periodTo: '2027-07-31' }, applicant);
    expect(outside.status).toBe(422);
    expect(outside.body.violations[0]).toMatchObject({ field: 'periodTo', rule: 'R25' });
    const noYear = await report({ ...PROGRESS, year: 2 }, applicant);
    expect(noYear.status).toBe(422);
    expect(noYear.body.violations[0]).toMatchObject({ field: 'year', rule: 'R25' });
  });

  it('rule R25: one final report a contract year; a second is refused with 409 naming the rule', async () => {
    const final = { ...PROGRESS, kind: 'FINAL', periodTo: '2027-06-30' };
    expect((await report(final, applicant)).status).toBe(201);
    const again = await report(final, applicant);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('RULE_R25_FINAL_REPORT_SUBMITTED');
    expect(again.body.violations[0]).toMatchObject({ field: 'kind', rule: 'R25' });
  });

  it('rule R30: the published contract shows no report', async () => {
    const published = (await http('GET', `${platform.api}/v1/public/procurement/contracts`)).body
      .items as { id: string }[];
    const own = published.find((c) => c.id === contractId);
    expect(own).toBeDefined();
    expect(own).not.toHaveProperty('reports');
    expect(JSON.stringify(published)).not.toContain('张某某');
  });

  it('rule R25: once the year’s final evaluation is in, the year takes no report (409 naming the rule)', async () => {
    const scores = (total: number) => [
      { indicator: '服务数量', score: (total * 60) / 100 },
      { indicator: '满意度', score: (total * 40) / 100 },
    ];
    for (const kind of ['MONITORING', 'FINAL']) {
      const evaluated = await chain.call(
        'POST',
        `/v1/procurement/contracts/${contractId}/evaluations`,
        {
          kind,
          evaluator: 'BUYER',
          evaluatorName: '王科长',
          scores: scores(90),
          totalScore: 90,
          comment: kind === 'FINAL' ? '年度结项评价' : '履约监测',
        },
        officer,
      );
      expect(evaluated.status).toBe(201);
    }
    const before = await stored();
    const late = await report(
      { ...PROGRESS, periodFrom: '2027-06-01', periodTo: '2027-06-30' },
      applicant,
    );
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('RULE_R25_YEAR_NOT_IN_PERFORMANCE');
    expect(late.body.message).toContain('rule R25');
    expect(await stored()).toBe(before);
    expect((await contract(applicant)).status).toBe('COMPLETED');
  });
});
