import { randomUUID } from 'node:crypto';
import { usccCheckCharacter } from '@civic/domain/identifiers';
import {
  batchAndApprove,
  bindUser,
  formerEmployeeOf,
  http,
  organizationBody,
  type PoolExpert,
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
const GUANGXI = '450000';
const QINGXIU = '450103';
const ELDERCARE = '基本公共服务';
const code = (first17: string) => first17 + usccCheckCharacter(first17);
const ORG_NAME = '新竹社区夕阳红志愿服务队';
const ORG_USCC = code('52450103MJ0000201');
const COMPANY_NAME = '南宁市颐养居家养老服务有限公司';
const COMPANY_USCC = code('91450103MA5L00201');
/** Credit code of a category-1 public institution (authority 1, staffing office; R29). */
const CATEGORY_1_USCC = code('12450100MB0000202');
const ACCOUNT_NUMBER = '6222020102003456789';
const ACCOUNT = {
  accountName: ORG_NAME,
  accountNumber: ACCOUNT_NUMBER,
  bankName: '广西北部湾银行南宁分行',
  bankCode: '313',
};
const CRITERIA = [
  { key: 'plan', name: 'service plan', nameZh: '服务方案', weight: 80, max: 100 },
  { key: 'price', name: 'price', nameZh: '价格', weight: 20, max: 100, kind: 'PRICE' },
];
/** The expert who worked for the company until last year: recused from its purchases (R18). */
const TIED_EXPERT = '采购评审专家 3';
const INDICATORS = [
  { name: '服务数量', target: '每月上门探访独居老人不少于 2 次', weight: 40 },
  { name: '服务质量', target: '服务记录完整、规范', weight: 30 },
  { name: '满意度', target: '服务对象满意度不低于 90%', weight: 30 },
];
/** Scores adding up to `total`, within each indicator's weight (R25). */
const scoresOf = (total: number) => {
  const weights = INDICATORS.map((i) => i.weight);
  const scores = weights.map((w) => Math.floor((w * total) / 100));
  scores[0] += total - scores.reduce((a, b) => a + b, 0);
  return INDICATORS.map((i, n) => ({ indicator: i.name, score: scores[n] }));
};
const SCHEDULE = [
  { key: 'SIGNING', trigger: 'SIGNING', percent: 40 },
  { key: 'MONITORING', trigger: 'MONITORING', percent: 30 },
  { key: 'FINAL', trigger: 'FINAL_EVALUATION', percent: 30 },
];

type Purchase = 'reduced' | 'held' | 'multiYear';
/**
 * The three purchases: each with a bid by the organization (through its applicant) and one by the
 * company (recorded by an officer); the panel scores the winner's plan higher, and its price is
 * the lower, so the award goes to `winner` at its price.
 */
const PURCHASES: Record<
  Purchase,
  {
    item: 'yearly' | 'stable';
    months: number;
    budgetSecured: boolean;
    budgetFen: number;
    winner: 'org' | 'company';
    prices: { org: number; company: number };
  }
> = {
  reduced: {
    item: 'yearly',
    months: 12,
    budgetSecured: false,
    budgetFen: 20_000_000,
    winner: 'org',
    prices: { org: 18_000_000, company: 19_000_000 },
  },
  held: {
    item: 'yearly',
    months: 12,
    budgetSecured: false,
    budgetFen: 10_000_000,
    winner: 'company',
    prices: { org: 9_500_000, company: 9_000_000 },
  },
  multiYear: {
    item: 'stable',
    months: 36,
    budgetSecured: true,
    budgetFen: 36_000_000,
    winner: 'org',
    prices: { org: 30_000_000, company: 33_000_000 },
  },
};
const NAMES = { org: ORG_NAME, company: COMPANY_NAME };
const purchases = Object.entries(PURCHASES) as [Purchase, (typeof PURCHASES)[Purchase]][];

type Instalment = {
  id: string;
  key: string;
  trigger: string;
  scheduledFen: number;
  amountFen: number;
  release: string;
  payment: string;
  paymentId: string;
};
type Year = {
  id: string;
  year: number;
  fiscalYear: number;
  amountFen: number;
  commitment: string;
  releasedFen: number;
  instalments: Instalment[];
};
type Contract = {
  id: string;
  status: string;
  amountFen: number;
  years: Year[];
  evaluations: { kind: string; passed: boolean; decision?: string; policyVersion: string }[];
};

/**
 * Government purchase end to end (R24, R25, R18, R27, R28; Order 102), from the catalogue item to
 * the last instalment paid, through the gateway with organizations, finance and procurement as
 * real processes: the catalogue items (a negative-list one refused); the directory, where the
 * social organization is listed on its applicant's application and a company entered by an officer
 * (a category-1 public institution refused); projects only for catalogue items with a budget
 * (refused otherwise), announced; bids by both undertakers until the deadline (a late one
 * refused); the panel drawn from the expert pool without the expert tied to the company (the
 * recusal logged); the members' scores and the award in rank order, published with its objection
 * window. Then the contracts and their performance (Order 102 art. 23–24): signing once the
 * objection window has passed and no objection is open, the term of art. 24, a contract year
 * committed at finance and its instalments paid through finance's maker-checker batches (R27, R28),
 * monitoring and final evaluations paying, reducing or holding instalments, the unpaid rest
 * released to the budget, renewal against each year's budget, the results on the public directory
 * and the published contract without the account.
 *
 * Every step goes through the API. The only SQL writes stand for time passing: a project's
 * bid_deadline and its objection_deadline are moved into the past (purchaseChain's
 * bidDeadlinePasses and objectionWindowPasses) instead of waiting days for the database clock.
 * Other SQL here only reads.
 */
describe('government purchase end to end: catalogue to the last instalment paid (R24, R25, R18, R27, R28)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let chain: ReturnType<typeof purchaseChain>;
  let admin: string;
  let officer: string;
  let maker: string;
  let checker: string;
  let applicant: string;
  const items: Record<'yearly' | 'stable', string> = { yearly: '', stable: '' };
  let orgEntry: string;
  let companyEntry: string;
  let pool: PoolExpert[];
  const projects: Record<Purchase, string> = {
    reduced: '',
    held: '',
    multiYear: '',
  };
  const contracts: Record<Purchase, string> = {
    reduced: '',
    held: '',
    multiYear: '',
  };

  const call = (method: string, path: string, body: unknown, token?: string) =>
    chain.call(method, path, body, token);
  const contractOf = async (id: string) =>
    (
      await http('GET', `${platform.api}/v1/procurement/contracts/${id}`, undefined, {
        token: officer,
      })
    ).body as Contract;
  const waitContract = (what: string, id: string, until: (c: Contract) => boolean) =>
    waitFor(what, () => contractOf(id), until);
  const fund = async (fiscalYear: number) =>
    (
      (
        await http('GET', `${platform.api}/v1/finance/funds?fiscalYear=${fiscalYear}`, undefined, {
          token: maker,
        })
      ).body as { fund: string; availableFen: number; committedFen: number }[]
    ).find((f) => f.fund === 'GOVERNMENT_PURCHASE')!;
  const appropriate = async (fiscalYear: number, amountFen: number) => {
    const res = await call(
      'POST',
      '/v1/finance/budgets',
      { fund: 'GOVERNMENT_PURCHASE', fiscalYear, amountFen },
      maker,
    );
    expect(res.status).toBe(201);
    await waitFor(
      `the ${fiscalYear} budget at procurement`,
      async () =>
        (
          await db.query(`SELECT 1 FROM procurement.purchase_budget WHERE fiscal_year = $1`, [
            fiscalYear,
          ])
        ).rows.length,
      (n) => n === 1,
    );
  };
  const entryBody = (over: Record<string, unknown>) => ({
    serviceAreas: [QINGXIU],
    serviceCategories: [ELDERCARE],
    contactName: '李红',
    contactPhone: '13800771234',
    ...over,
  });
  const projectBody = (over: {
    item: string;
    months: number;
    budgetSecured?: boolean;
    budgetFen: number;
  }) => ({
    catalogueItemId: over.item,
    regionCode: QINGXIU,
    fiscalYear: YEAR,
    title: `青秀区居家养老上门探访服务 ${randomUUID().slice(0, 8)}`,
    description: '为辖区独居老人提供每月两次上门探访',
    budgetFen: over.budgetFen,
    method: 'COMPETITIVE_CONSULTATION',
    contractMonths: over.months,
    budgetSecured: over.budgetSecured ?? false,
    criteria: CRITERIA,
  });
  const publishedResult = async (projectId: string) =>
    (
      (await http('GET', `${platform.api}/v1/public/procurement/results?pageSize=50`)).body
        .items as {
        projectId: string;
        status: string;
        ranking: { rank: number; undertakerName: string; priceFen: number; awarded: boolean }[];
      }[]
    ).find((r) => r.projectId === projectId)!;
  const sign = (projectId: string, over: Record<string, unknown> = {}, token = officer) =>
    call(
      'POST',
      `/v1/procurement/projects/${projectId}/contract`,
      {
        startDate: '2026-07-01',
        months: 12,
        instalments: SCHEDULE,
        indicators: INDICATORS,
        bankAccount: ACCOUNT,
        ...over,
      },
      token,
    );
  const evaluate = (id: string, kind: string, total: number, evaluator = 'THIRD_PARTY') =>
    call(
      'POST',
      `/v1/procurement/contracts/${id}/evaluations`,
      {
        kind,
        evaluator,
        evaluatorName: evaluator === 'BUYER' ? '王科长' : '广西社会工作评估中心',
        scores: scoresOf(total),
        totalScore: total,
        comment: kind === 'FINAL' ? '年度结项评价' : '履约监测',
      },
      officer,
    );
  const pay = async (contractId: string, year: number, key: string) => {
    const committed = await waitContract(
      `${key} of year ${year} asked of finance`,
      contractId,
      (c) => c.years[year - 1].instalments.find((i) => i.key === key)?.payment === 'REQUESTED',
    );
    const instalment = committed.years[year - 1].instalments.find((i) => i.key === key)!;
    await batchAndApprove(platform.api, instalment.paymentId, { maker, checker });
    return waitContract(
      `${key} of year ${year} paid`,
      contractId,
      (c) => c.years[year - 1].instalments.find((i) => i.key === key)?.payment === 'PAID',
    );
  };
  const contractRows = async () =>
    (await db.query(`SELECT count(*)::int AS n FROM procurement.contract`)).rows[0].n as number;

  beforeAll(async () => {
    platform = await startPlatform({
      withOrganizations: true,
      withFinance: true,
      withProcurement: true,
    });
    admin = await platform.login('admin');
    officer = await platform.login('officer');
    maker = await platform.login('maker');
    checker = await platform.login('checker');
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    chain = purchaseChain({ api: platform.api, db, officer });

    const org = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({
        name: ORG_NAME,
        uscc: ORG_USCC,
        location: XINZHU_LOCATION,
        registeredFundsFen: 300_000,
      }),
      { token: admin },
    );
    expect(org.status).toBe(201);
    await bindUser(platform.as(admin), 'applicant', org.body.id);
    applicant = await platform.login('applicant');
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  it('rule R24, rule R25 (Order 102 art. 10): the catalogue takes the services to buy, one flagged stable, and refuses a negative-list item naming its clause', async () => {
    const item = (name: string, over: Record<string, unknown> = {}) =>
      call(
        'POST',
        '/v1/procurement/catalogue',
        {
          regionCode: GUANGXI,
          fiscalYear: YEAR,
          categories: [ELDERCARE, '养老服务'],
          name,
          description: `${name}：合同测试用目录条目`,
          unit: '人次',
          stable: false,
          ...over,
        },
        officer,
      );
    const stable = await item('居家养老上门探访', { stable: true });
    expect(stable.status).toBe(201);
    expect(stable.body.stable).toBe(true);
    items.stable = stable.body.id;
    const yearly = await item('社区老年人助餐服务');
    expect(yearly.status).toBe(201);
    items.yearly = yearly.body.id;

    const duty = await item('城市管理巡查', { description: '代为开展城市管理行政执法巡查' });
    expect(duty.status).toBe(422);
    expect(duty.body.code).toBe('RULE_R25');
    expect(duty.body.violations).toEqual([
      expect.objectContaining({
        field: 'description',
        rule: 'R25',
        message: expect.stringContaining('art. 10(2)'),
      }),
    ]);
  });

  it('rule R24, rule R25 (Order 102 art. 6–8): the directory lists the social organization on its applicant’s application and a company entered by an officer, and refuses a category-1 public institution', async () => {
    orgEntry = await chain.listed(entryBody({ kind: 'SOCIAL_ORGANIZATION' }), applicant);
    companyEntry = await chain.listed(
      entryBody({ kind: 'COMPANY', name: COMPANY_NAME, creditCode: COMPANY_USCC }),
      officer,
    );
    const category1 = await call(
      'POST',
      '/v1/procurement/directory',
      entryBody({
        kind: 'PUBLIC_INSTITUTION_CATEGORY_1',
        name: '南宁市第一中学',
        creditCode: CATEGORY_1_USCC,
      }),
      officer,
    );
    expect(category1.status).toBe(422);
    expect(category1.body.code).toBe('RULE_R25_NOT_ELIGIBLE');
    expect(category1.body.message).toContain('Order 102 art. 8');

    const directory = (
      await http('GET', `${platform.api}/v1/public/procurement/directory?pageSize=50`)
    ).body.items as { id: string; name: string; kind: string }[];
    expect(directory.map((e) => [e.id, e.name, e.kind]).sort()).toEqual(
      [
        [orgEntry, ORG_NAME, 'SOCIAL_ORGANIZATION'],
        [companyEntry, COMPANY_NAME, 'COMPANY'],
      ].sort(),
    );
  });

  it('rule R25 (Order 102 art. 14): projects only for a catalogue item with a budget; announced, they take bids from listed undertakers until the deadline by the database clock', async () => {
    const unbudgeted = await call(
      'POST',
      '/v1/procurement/projects',
      projectBody({ item: items.yearly, months: 12, budgetFen: 1_000_000 }),
      officer,
    );
    expect(unbudgeted.status).toBe(422);
    expect(unbudgeted.body.code).toBe('RULE_R25_NOT_BUDGETED');
    await appropriate(YEAR, 100_000_000);
    const notInCatalogue = await call(
      'POST',
      '/v1/procurement/projects',
      projectBody({ item: randomUUID(), months: 12, budgetFen: 1_000_000 }),
      officer,
    );
    expect(notInCatalogue.status).toBe(422);
    expect(notInCatalogue.body.code).toBe('RULE_R25_NOT_IN_CATALOGUE');

    for (const [key, p] of purchases) {
      projects[key] = await chain.announced(projectBody({ ...p, item: items[p.item] }));
      await chain.bid(projects[key], { priceFen: p.prices.org, token: applicant });
      await chain.bid(projects[key], {
        priceFen: p.prices.company,
        entryId: companyEntry,
        token: officer,
      });
      await chain.bidDeadlinePasses(projects[key]);
    }
    const late = await call(
      'POST',
      `/v1/procurement/projects/${projects.reduced}/bids`,
      { priceFen: 17_000_000, proposal: '截止后递交的投标文件测试', entryId: companyEntry },
      officer,
    );
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('RULE_R25_BID_DEADLINE_PASSED');
  });

  it('rule R18: the panel is drawn from the expert pool without the expert tied to the company, the recusal logged', async () => {
    // Four experts; one worked for the company until last year (R18: within 3 years).
    pool = await chain.experts(
      admin,
      (username, password) => platform.login(username, password),
      [0, 1, 2, 3].map((i) => ({
        username: `procurement-expert-${i}`,
        name: `采购评审专家 ${i}`,
        relations: i === 3 ? [formerEmployeeOf(COMPANY_NAME)] : [],
      })),
    );
    for (const [key] of purchases) {
      const panel = await chain.closeAndDraw(projects[key]);
      expect(panel.members.map((m: { name: string }) => m.name).sort()).toEqual([
        '采购评审专家 0',
        '采购评审专家 1',
        '采购评审专家 2',
      ]);
      expect(panel.recusals).toEqual([
        expect.objectContaining({
          expertName: TIED_EXPERT,
          undertakerName: COMPANY_NAME,
          clauses: [expect.objectContaining({ clause: 'EMPLOYMENT' })],
        }),
      ]);
    }
  });

  it('rule R18, rule R25: panel members score the bids on the announced criteria, and the award goes in rank order, published with its objection window', async () => {
    for (const [key, p] of purchases) {
      const panel = await http(
        'GET',
        `${platform.api}/v1/procurement/projects/${projects[key]}/panel`,
        undefined,
        { token: officer },
      );
      await chain.scoreAll(projects[key], panel.body, pool, (task) => ({
        plan: task.undertakerName === NAMES[p.winner] ? 90 : 80,
      }));
      const awarded = await chain.award(projects[key]);
      expect(awarded.status).toBe('AWARDED');
      const result = await publishedResult(projects[key]);
      expect(result.ranking.map((r) => [r.rank, r.undertakerName, r.priceFen, r.awarded])).toEqual([
        [1, NAMES[p.winner], p.prices[p.winner], true],
        [
          2,
          NAMES[p.winner === 'org' ? 'company' : 'org'],
          p.prices[p.winner === 'org' ? 'company' : 'org'],
          false,
        ],
      ]);
    }
    // Time passing: the objection windows of two results run out; the first's stays open.
    await chain.objectionWindowPasses(projects.held);
    await chain.objectionWindowPasses(projects.multiYear);
  });

  it('rule R25: no contract while the objection window is open by the database clock, nor while an objection is open, nor for a project not awarded', async () => {
    const open = await sign(projects.reduced);
    expect(open.status).toBe(409);
    expect(open.body.code).toBe('RULE_R25_OBJECTION_WINDOW_OPEN');

    // A bidder objects within the window; then the window runs out, the objection still open.
    const objection = await call(
      'POST',
      `/v1/procurement/projects/${projects.reduced}/objections`,
      { text: '评分标准适用有误，请复核服务方案评分' },
      applicant,
    );
    expect(objection.status).toBe(201);
    await chain.objectionWindowPasses(projects.reduced);
    const objected = await sign(projects.reduced);
    expect(objected.status).toBe(409);
    expect(objected.body.code).toBe('RULE_R25_OBJECTION_OPEN');
    const answered = await call(
      'POST',
      `/v1/procurement/objections/${objection.body.id}/answer`,
      { decision: 'DISMISSED', answer: '经复核，评分无误' },
      officer,
    );
    expect(answered.status).toBe(200);
    expect((await publishedResult(projects.reduced)).ranking[0]).toMatchObject({
      undertakerName: ORG_NAME,
      awarded: true,
    });

    const draft = await call(
      'POST',
      '/v1/procurement/projects',
      {
        catalogueItemId: items.yearly,
        regionCode: QINGXIU,
        fiscalYear: YEAR,
        title: '未评审的项目',
        description: '仅用于测试未授予的项目不能签约',
        budgetFen: 1_000_000,
        method: 'COMPETITIVE_CONSULTATION',
        contractMonths: 12,
        criteria: CRITERIA,
      },
      officer,
    );
    const notAwarded = await sign(draft.body.id);
    expect(notAwarded.status).toBe(409);
    expect(notAwarded.body.code).toBe('STATE_TRANSITION_REFUSED');
    expect(await contractRows()).toBe(0);
  });

  it('rule R25 (Order 102 art. 24): refuses 13 months for an item not flagged stable and 37 for a stable one; checks the schedule and the indicators', async () => {
    const long = await sign(projects.reduced, { months: 13 });
    expect(long.status).toBe(422);
    expect(long.body.code).toBe('RULE_R25_CONTRACT_TERM_TOO_LONG');
    expect(long.body.violations[0]).toMatchObject({ field: 'months', rule: 'R25' });
    expect(long.body.message).toContain('Order 102 art. 24');

    const tooLong = await sign(projects.multiYear, { months: 37 });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.code).toBe('RULE_R25_CONTRACT_TERM_TOO_LONG');
    expect(tooLong.body.message).toContain('Order 102 art. 24');

    const notAnnounced = await sign(projects.multiYear, { months: 24 });
    expect(notAnnounced.status).toBe(422);
    expect(notAnnounced.body.code).toBe('RULE_R25_CONTRACT_TERM_ANNOUNCED');

    const uneven = await sign(projects.reduced, {
      instalments: SCHEDULE.map((i) => (i.key === 'FINAL' ? { ...i, percent: 20 } : i)),
    });
    expect(uneven.status).toBe(422);
    expect(uneven.body.code).toBe('RULE_R26_INSTALMENT_SUM');

    const weights = await sign(projects.reduced, { indicators: INDICATORS.slice(0, 2) });
    expect(weights.status).toBe(422);
    expect(weights.body.code).toBe('RULE_R25_INDICATOR_WEIGHTS');
    expect(await contractRows()).toBe(0);
  });

  it('rule R25, rule R27, rule R28: signs the contract, commits its year at finance and pays the signing instalment through maker-checker', async () => {
    expect((await sign(projects.reduced, {}, applicant)).status).toBe(403);
    const signed = await sign(projects.reduced);
    expect(signed.status).toBe(201);
    contracts.reduced = signed.body.id;
    expect(signed.body).toMatchObject({
      projectId: projects.reduced,
      status: 'IN_FORCE',
      amountFen: 18_000_000,
      startDate: '2026-07-01',
      endDate: '2027-06-30',
      undertakerKind: 'SOCIAL_ORGANIZATION',
      policyVersion: '2026.1',
      catalogueItemName: '社区老年人助餐服务',
    });
    expect(signed.body.bankAccount.accountNumber).not.toContain(ACCOUNT_NUMBER);
    expect(signed.body.years).toHaveLength(1);
    expect(signed.body.years[0]).toMatchObject({ fiscalYear: 2026, commitment: 'REQUESTED' });
    expect(
      signed.body.years[0].instalments.map((i: Instalment) => [i.key, i.amountFen, i.release]),
    ).toEqual([
      ['SIGNING', 7_200_000, 'RELEASED'],
      ['MONITORING', 5_400_000, 'PENDING'],
      ['FINAL', 5_400_000, 'PENDING'],
    ]);
    const project = await http(
      'GET',
      `${platform.api}/v1/procurement/projects/${projects.reduced}`,
      undefined,
      { token: officer },
    );
    expect(project.body.status).toBe('CONTRACTED');
    const again = await sign(projects.reduced);
    expect(again.status).toBe(409);
    const sealed = (
      await db.query(
        `SELECT bank_account::text AS account FROM procurement.contract WHERE id = $1`,
        [contracts.reduced],
      )
    ).rows[0].account as string;
    expect(sealed).not.toContain(ACCOUNT_NUMBER);

    const paid = await pay(contracts.reduced, 1, 'SIGNING');
    expect(paid.years[0].commitment).toBe('COMMITTED');
    expect(paid.years[0].instalments.map((i) => i.payment)).toEqual([
      'PAID',
      'NOT_REQUESTED',
      'NOT_REQUESTED',
    ]);
    // Finance holds the rest of the year's commitment, not paid yet (R27).
    expect((await fund(YEAR)).committedFen).toBe(18_000_000 - 7_200_000);
  });

  it('rule R25, rule R26, rule R27: a passing monitoring check pays the monitoring instalment; a final evaluation in the reduce band pays the reduced final instalment and releases the rest', async () => {
    const monitored = await evaluate(contracts.reduced, 'MONITORING', 80, 'BUYER');
    expect(monitored.status).toBe(201);
    expect(monitored.body.evaluations[0]).toMatchObject({
      kind: 'MONITORING',
      passed: true,
      decision: 'RELEASE',
      instalmentKey: 'MONITORING',
      policyVersion: '2026.1',
    });
    await pay(contracts.reduced, 1, 'MONITORING');

    const early = await http(
      'GET',
      `${platform.api}/v1/finance/payments?status=AWAITING_BATCH`,
      undefined,
      { token: maker },
    );
    const finalId = monitored.body.years[0].instalments[2].paymentId as string;
    // The final instalment is not asked of finance before the final evaluation.
    expect(early.body.items.map((p: { id: string }) => p.id)).not.toContain(finalId);

    const before = await fund(YEAR);
    const concluded = await evaluate(contracts.reduced, 'FINAL', 55);
    expect(concluded.status).toBe(201);
    expect(concluded.body.status).toBe('COMPLETED');
    expect(concluded.body.evaluations[1]).toMatchObject({
      kind: 'FINAL',
      passed: false,
      decision: 'REDUCE',
      payFen: 3_780_000,
      withheldFen: 1_620_000,
      policyVersion: '2026.1',
      reasonZh: expect.stringContaining('2026.1'),
    });
    const final = concluded.body.years[0].instalments[2];
    expect(final).toMatchObject({ scheduledFen: 5_400_000, amountFen: 3_780_000 });
    const released = await waitContract(
      'the withheld part released at finance',
      contracts.reduced,
      (c) => c.years[0].commitment === 'RELEASED',
    );
    expect(released.years[0].releasedFen).toBe(1_620_000);
    expect((await fund(YEAR)).availableFen - before.availableFen).toBe(1_620_000);

    const atFinance = await waitFor(
      'the reduced final instalment at finance',
      async () =>
        (
          await http(
            'GET',
            `${platform.api}/v1/finance/payments?status=AWAITING_BATCH`,
            undefined,
            {
              token: maker,
            },
          )
        ).body.items as { id: string; amountFen: number }[],
      (items) => items.some((p) => p.id === final.paymentId),
    );
    expect(atFinance.find((p) => p.id === final.paymentId)!.amountFen).toBe(3_780_000);
    const paid = await pay(contracts.reduced, 1, 'FINAL');
    expect(paid.years[0].instalments.map((i) => [i.amountFen, i.payment])).toEqual([
      [7_200_000, 'PAID'],
      [5_400_000, 'PAID'],
      [3_780_000, 'PAID'],
    ]);
    expect((await evaluate(contracts.reduced, 'MONITORING', 90)).body.code).toBe(
      'RULE_R25_CONTRACT_COMPLETED',
    );
  });

  it('rule R25, rule R27: a failed monitoring check holds its instalment; a failed final evaluation holds the final one, and finance releases both to the budget', async () => {
    const signed = await sign(projects.held, {
      bankAccount: { ...ACCOUNT, accountName: '南宁市颐养居家养老服务有限公司' },
    });
    expect(signed.status).toBe(201);
    contracts.held = signed.body.id;
    expect(signed.body).toMatchObject({ undertakerKind: 'COMPANY', organizationId: null });
    await waitContract(
      'the year committed',
      contracts.held,
      (c) => c.years[0].commitment === 'COMMITTED',
    );

    const monitored = await evaluate(contracts.held, 'MONITORING', 45);
    expect(monitored.status).toBe(201);
    expect(monitored.body.evaluations[0]).toMatchObject({ passed: false, decision: 'HOLD' });
    expect(monitored.body.years[0].instalments[1]).toMatchObject({
      release: 'HELD',
      payment: 'NOT_REQUESTED',
    });

    const before = await fund(YEAR);
    const failed = await evaluate(contracts.held, 'FINAL', 40);
    expect(failed.status).toBe(201);
    expect(failed.body.evaluations[1]).toMatchObject({
      decision: 'HOLD',
      passed: false,
      payFen: 0,
      withheldFen: 2_700_000,
    });
    expect(failed.body.years[0].instalments.map((i: Instalment) => [i.release, i.payment])).toEqual(
      [
        ['RELEASED', 'REQUESTED'],
        ['HELD', 'CANCELLED'],
        ['HELD', 'CANCELLED'],
      ],
    );
    const released = await waitContract(
      'the held instalments released at finance',
      contracts.held,
      (c) => c.years[0].commitment === 'RELEASED',
    );
    expect(released.years[0].releasedFen).toBe(5_400_000);
    // Finance's fund position shows the held money available again (R27).
    expect((await fund(YEAR)).availableFen - before.availableFen).toBe(5_400_000);
    // What was due before is still paid, to the company (paid by its directory entry's id).
    const paid = await pay(contracts.held, 1, 'SIGNING');
    expect(paid.years[0].instalments[0].amountFen).toBe(3_600_000);
  });

  it('rule R25, rule R27 (Order 102 art. 24): a three-year contract for a stable item is renewed each year against that year’s budget', async () => {
    const signed = await sign(projects.multiYear, {
      startDate: '2026-09-01',
      months: 36,
      instalments: [
        { key: 'SIGNING', trigger: 'SIGNING', percent: 50 },
        { key: 'FINAL', trigger: 'FINAL_EVALUATION', percent: 50 },
      ],
    });
    expect(signed.status).toBe(201);
    contracts.multiYear = signed.body.id;
    expect(signed.body.endDate).toBe('2029-08-31');
    expect(
      signed.body.years.map((y: Year) => [y.year, y.fiscalYear, y.amountFen, y.commitment]),
    ).toEqual([
      [1, 2026, 10_000_000, 'REQUESTED'],
      [2, 2027, 10_000_000, 'NOT_RENEWED'],
      [3, 2028, 10_000_000, 'NOT_RENEWED'],
    ]);
    await waitContract(
      'year 1 committed',
      contracts.multiYear,
      (c) => c.years[0].commitment === 'COMMITTED',
    );

    const renew = () =>
      call('POST', `/v1/procurement/contracts/${contracts.multiYear}/renew`, {}, officer);
    const noBudget = await renew();
    expect(noBudget.status).toBe(422);
    expect(noBudget.body.code).toBe('RULE_R27_RENEWAL_NO_BUDGET');
    expect(noBudget.body.violations[0].field).toBe('year');

    await appropriate(2027, 50_000_000);
    const renewed = await renew();
    expect(renewed.status).toBe(200);
    expect(renewed.body.years[1]).toMatchObject({ fiscalYear: 2027, commitment: 'REQUESTED' });
    expect(renewed.body.years[1].instalments[0]).toMatchObject({
      key: 'SIGNING',
      release: 'RELEASED',
    });
    const committed = await waitContract(
      'year 2 committed at finance and its signing instalment asked for',
      contracts.multiYear,
      (c) =>
        c.years[1].commitment === 'COMMITTED' && c.years[1].instalments[0].payment === 'REQUESTED',
    );
    expect(committed.years[2].commitment).toBe('NOT_RENEWED');
    // Finance holds it against the 2027 budget (R27).
    expect((await fund(2027)).committedFen).toBe(10_000_000);

    // The first year's final evaluation passes: paid in full, and onto the directory entry.
    const passed = await evaluate(contracts.multiYear, 'FINAL', 92);
    expect(passed.status).toBe(201);
    expect(passed.body.status).toBe('IN_FORCE');
    expect(passed.body.evaluations[0]).toMatchObject({ year: 1, passed: true, decision: 'PAY' });
    expect(passed.body.years[0].instalments[1]).toMatchObject({
      release: 'RELEASED',
      amountFen: 5_000_000,
    });
  });

  it('rule R24, rule R25: the results go onto the undertakers’ public directory entries', async () => {
    const directory = (
      await http('GET', `${platform.api}/v1/public/procurement/directory?pageSize=50`)
    ).body.items as {
      id: string;
      performance: { contractId: string; year: number; score: number; outcome: string }[];
    }[];
    const org = directory.find((e) => e.id === orgEntry)!;
    expect(org.performance).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          contractId: contracts.reduced,
          year: 2026,
          score: 55,
          outcome: 'FAILED',
        }),
        expect.objectContaining({
          contractId: contracts.multiYear,
          year: 2026,
          score: 92,
          outcome: 'PASSED',
        }),
      ]),
    );
    const company = directory.find((e) => e.id === companyEntry)!;
    expect(company.performance).toEqual([
      expect.objectContaining({ contractId: contracts.held, score: 40, outcome: 'FAILED' }),
    ]);
  });

  it('rule R25 (Order 102 art. 23), rule R30: contracts are published without login, with their results and without the account', async () => {
    const res = await http('GET', `${platform.api}/v1/public/procurement/contracts?pageSize=2`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 3, pageSize: 2 });
    const all = (await http('GET', `${platform.api}/v1/public/procurement/contracts`)).body;
    const text = JSON.stringify(all);
    expect(text).not.toContain(ACCOUNT_NUMBER);
    expect(text).not.toContain('bankAccount');
    expect(text).not.toContain('王科长'); // the buyer's evaluator is not named
    const reduced = all.items.find((c: { id: string }) => c.id === contracts.reduced);
    expect(reduced).toMatchObject({ status: 'COMPLETED', amountFen: 18_000_000 });
    expect(
      reduced.evaluations.map((e: { kind: string; decision: string }) => [e.kind, e.decision]),
    ).toEqual([
      ['MONITORING', 'RELEASE'],
      ['FINAL', 'REDUCE'],
    ]);
    expect(reduced.years[0].instalments.map((i: { paid: boolean }) => i.paid)).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('domain.md "Actors": officers list every contract; the undertaker’s applicant sees its own, another’s is unknown to it', async () => {
    const page = await http(
      'GET',
      `${platform.api}/v1/procurement/contracts?pageSize=2`,
      undefined,
      {
        token: officer,
      },
    );
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 3, pageSize: 2 });
    expect(page.body.items).toHaveLength(2);

    const mine = await http('GET', `${platform.api}/v1/procurement/contracts/mine`, undefined, {
      token: applicant,
    });
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((c: { id: string }) => c.id).sort()).toEqual(
      [contracts.reduced, contracts.multiYear].sort(),
    );
    const own = await http(
      'GET',
      `${platform.api}/v1/procurement/contracts/${contracts.reduced}`,
      undefined,
      { token: applicant },
    );
    expect(own.status).toBe(200);
    expect(own.body.bankAccount.accountNumber).not.toBe(ACCOUNT_NUMBER);
    const { seen, unknown } = await seenAndUnknown(contracts.held, (id) =>
      rawHttp('GET', `${platform.api}/v1/procurement/contracts/${id}`, undefined, {
        token: applicant,
      }),
    );
    expect(seen.status).toBe(404);
    expect(seen).toEqual(unknown);
    expect(
      (
        await http('GET', `${platform.api}/v1/procurement/contracts`, undefined, {
          token: applicant,
        })
      ).status,
    ).toBe(403);
    expect((await http('GET', `${platform.api}/v1/procurement/contracts`)).status).toBe(401);
  });

  it('issue #18: each ranked bid and each contract’s first instalment paid are timed, and finance counted the money', async () => {
    // The timeliness tally equals the GROUP BY of procurement's rows (Beijing calendar days).
    const days = (at: string) =>
      `((${at} AT TIME ZONE 'Asia/Shanghai')::date - (submitted_at AT TIME ZONE 'Asia/Shanghai')::date)`;
    const fromRows = await db.query(
      `SELECT stage, street_code, days, count(*)::int AS n FROM (
         SELECT 'DECISION' AS stage, coalesce(street_code, '000000000') AS street_code,
                ${days('decided_at')} AS days
           FROM procurement.bid WHERE decided_at IS NOT NULL
         UNION ALL
         SELECT 'PAYMENT', coalesce(b.street_code, '000000000'), ${days('f.first_paid')}
           FROM procurement.contract c JOIN procurement.bid b ON b.id = c.bid_id
           JOIN (SELECT contract_id, min(paid_at) AS first_paid FROM procurement.contract_instalment
                  WHERE paid_at IS NOT NULL GROUP BY contract_id) f ON f.contract_id = c.id) t
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    );
    const tally = await db.query(
      `SELECT stage, street_code, days, applications AS n FROM procurement.timeliness_tally
        ORDER BY 1, 2, 3`,
    );
    expect(tally.rows).toEqual(fromRows.rows);
    const count = (stage: string) =>
      fromRows.rows.filter((r) => r.stage === stage).reduce((n, r) => n + r.n, 0);
    const paidContracts = await db.query(
      `SELECT count(DISTINCT contract_id)::int AS n FROM procurement.contract_instalment
        WHERE paid_at IS NOT NULL`,
    );
    expect(count('PAYMENT')).toBe(paidContracts.rows[0].n); // once each, at its first payment
    expect(count('PAYMENT')).toBeGreaterThan(0);
    expect(count('DECISION')).toBeGreaterThan(count('PAYMENT')); // losing bids are decided too
    const times = await http(
      'GET',
      `${platform.api}/v1/dashboards/timeliness?programme=procurement`,
      undefined,
      { token: officer },
    );
    expect(times.status).toBe(200);
    expect(times.body.programmes).toEqual([
      expect.objectContaining({
        programme: 'procurement',
        toDecision: expect.objectContaining({ count: count('DECISION') }),
        toPayment: expect.objectContaining({ count: count('PAYMENT') }),
      }),
    ]);
    // Finance's funding tally moved with every commitment, payment and release of the contracts.
    const money = await db.query(
      `SELECT (SELECT sum(committed_fen)::bigint FROM finance.funding_tally) AS tally_committed,
              (SELECT sum(amount_fen)::bigint FROM finance.commitment WHERE status <> 'REFUSED')
                AS committed,
              (SELECT sum(paid_fen)::bigint FROM finance.funding_tally) AS tally_paid,
              (SELECT sum(amount_fen)::bigint FROM finance.payment WHERE status = 'SETTLED') AS paid,
              (SELECT sum(released_fen)::bigint FROM finance.funding_tally) AS tally_released,
              (SELECT sum(released_fen)::bigint FROM finance.commitment) AS released`,
    );
    const m = money.rows[0];
    expect([m.tally_committed, m.tally_paid, m.tally_released]).toEqual([
      m.committed,
      m.paid,
      m.released,
    ]);
    expect(Number(m.released)).toBeGreaterThan(0);
    const funding = await http(
      'GET',
      `${platform.api}/v1/dashboards/funding?programme=procurement`,
      undefined,
      { token: officer },
    );
    expect(funding.status).toBe(200);
    expect(funding.body.totals).toMatchObject({
      committedFen: Number(m.committed),
      paidFen: Number(m.paid),
      releasedFen: Number(m.released),
    });
  });
});
