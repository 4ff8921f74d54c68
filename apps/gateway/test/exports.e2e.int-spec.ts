import { randomUUID } from 'node:crypto';
import { MANAGEMENT_TIER_LABELS_ZH } from '@civic/domain/organizations';
import {
  bindUser,
  commitmentRequest,
  disbursementRequest,
  HENGZHOU_LOCATION,
  http,
  organizationBody,
  ProgrammeRequests,
  startPlatform,
  subsidyApplicationBody,
  subsidyProgrammeBody,
  testRedisUrl,
  waitFor,
} from '@civic/testing';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { download, HEADER_ROW, readWorkbook, signedContracts } from './exports-world';

jest.setTimeout(400_000);

/** Rows the exports read at a time here: every export below spans more than one page. */
const PAGE = 2;
/** What an attacker names an organization or a company (OWASP "CSV Injection"). */
const DDE = "=cmd|' /C calc'!A0";
const ORG_A = '新竹社区夕阳红志愿服务队';
const COMPANY = '南宁市颐养居家养老服务有限公司';
const YUAN = '#,##0.00';
const TIME_LINE = /^导出时间：\d{4}-\d\d-\d\d \d\d:\d\d:\d\d（北京时间）/;

/** A cell's type, value and number format, to compare whole. */
const cellOf = (cell: ExcelJS.Cell) => ({
  type: cell.type,
  value: cell.value,
  numFmt: cell.numFmt,
});
const money = (yuan: number) => ({ type: ExcelJS.ValueType.Number, value: yuan, numFmt: YUAN });
const texts = (rows: Record<string, ExcelJS.Cell>[], header: string) =>
  rows.map((row) => row[header].value);

/**
 * The list exports through the gateway (issue #18), with organizations, finance, the lottery fund
 * and procurement as real processes and exports reading two rows a page (EXPORT_PAGE_SIZE=2):
 * each workbook read back with exceljs holds a title, the filter in words and the time of export,
 * a frozen header row, every row of the list (more than one page), money as numbers of yuan in a
 * yuan format (R26), codes as Chinese labels, text that would run as a formula escaped (issue
 * #15), an applicant's own rows only; a role without the list's permission is refused 403.
 */
describe('Excel exports beside the lists (issue #18)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  const tokens = {} as Record<'admin' | 'officer' | 'maker' | 'applicant' | 'reviewer', string>;
  const orgs: { id: string; name: string; tier: string; registeredFundsFen: number }[] = [];
  let programmeId: string;
  let contractPrices: number[];

  const get = (path: string, token?: string) => download(platform.api, path, token);
  const workbookOf = async (path: string, token?: string) => {
    const res = await get(path, token);
    expect({ status: res.status, type: res.headers.get('content-type') }).toEqual({
      status: 200,
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.xlsx"$/);
    return readWorkbook(res.bytes);
  };

  beforeAll(async () => {
    platform = await startPlatform({
      withLotteryFund: true,
      withProcurement: true,
      gatewayEnv: { EXPORT_PAGE_SIZE: String(PAGE) },
    });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    for (const user of ['admin', 'officer', 'maker', 'reviewer'] as const) {
      tokens[user] = await platform.login(user);
    }
    const register = async (body: Record<string, unknown>) => {
      const res = await http('POST', `${platform.api}/v1/organizations`, organizationBody(body), {
        token: tokens.admin,
        headers: { 'Idempotency-Key': randomUUID() },
      });
      expect(res.status).toBe(201);
      orgs.push(res.body);
      return res.body.id as string;
    };
    const own = await register({ name: ORG_A, registeredFundsFen: 123_456 });
    await register({ name: DDE, registeredFundsFen: 100 });
    await register({ name: '城东社区邻里互助会', location: HENGZHOU_LOCATION });
    await register({ name: '城东社区文体队', location: HENGZHOU_LOCATION, areaType: 'RURAL' });
    await bindUser(platform.as(tokens.admin), 'applicant', own);
    tokens.applicant = await platform.login('applicant');

    const programme = await http(
      'POST',
      `${platform.api}/v1/lottery/programmes`,
      subsidyProgrammeBody(),
      { token: tokens.officer, headers: { 'Idempotency-Key': randomUUID() } },
    );
    expect(programme.status).toBe(201);
    programmeId = programme.body.id;
    await waitFor(
      'the organizations at the lottery fund',
      async () =>
        (await db.query(`SELECT count(*)::int AS n FROM lottery_fund.organization_snapshot`))
          .rows[0].n,
      (n) => n === orgs.length,
    );
    for (const n of [1, 2, 3]) {
      const body = subsidyApplicationBody(programmeId, { projectName: `导出测试养老项目 ${n}` });
      const res = await http('POST', `${platform.api}/v1/lottery/applications`, body, {
        token: tokens.applicant,
        headers: { 'Idempotency-Key': randomUUID() },
      });
      expect(res.status).toBe(201);
    }

    // Payments awaiting a batch, as the incubation programme asks finance for them.
    await http(
      'POST',
      `${platform.api}/v1/finance/budgets`,
      { fund: 'INCUBATION', fiscalYear: 2026, amountFen: 10_000_000 },
      { token: tokens.maker },
    );
    const programmeRequests = new ProgrammeRequests(testRedisUrl(), platform.prefix, 'incubation');
    const requests = [ORG_A, DDE, '城东社区邻里互助会'].map((organizationName) => {
      const commitment = commitmentRequest({
        programme: 'incubation',
        fund: 'INCUBATION',
        amountFen: 123_456,
      });
      return { commitment, payment: disbursementRequest(commitment, { organizationName }) };
    });
    await programmeRequests.commitments(requests.map((r) => r.commitment));
    await programmeRequests.disbursements(requests.map((r) => r.payment));
    await programmeRequests.close();
    await waitFor(
      'the payments awaiting a batch',
      async () =>
        (
          await http(
            'GET',
            `${platform.api}/v1/finance/payments?status=AWAITING_BATCH`,
            undefined,
            {
              token: tokens.maker,
            },
          )
        ).body.total,
      (total) => total === requests.length,
    );

    ({ prices: contractPrices } = await signedContracts({
      api: platform.api,
      db,
      tokens,
      login: (username, password) => platform.login(username, password),
      wins: ['applicant', 'company', 'applicant'],
      companyName: COMPANY,
    }));
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  it('organizations: title, filter in words, Beijing time, a frozen header; every row over pages; yuan as numbers; labels; formulas escaped', async () => {
    const book = await workbookOf('/v1/organizations/export.xlsx?areaType=URBAN', tokens.officer);
    expect(book.title).toBe('社区社会组织名录');
    expect(book.filter).toBe('筛选条件：城乡：城市');
    expect(book.time).toMatch(TIME_LINE);
    expect(book.sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(book.sheet.autoFilter).toBeTruthy();
    const urban = orgs.filter((o) => o.name !== '城东社区文体队');
    // three rows, two a page: every one present once
    expect(texts(book.rows, '名称').sort()).toEqual(
      urban.map((o) => (o.name === DDE ? `'${DDE}` : o.name)).sort(),
    );
    const row = book.rows.find((r) => r['名称'].value === ORG_A)!;
    expect(cellOf(row['注册资金（元）'])).toEqual(money(1234.56));
    const tier = orgs.find((o) => o.name === ORG_A)!.tier;
    expect(row['管理层级'].value).toBe(
      MANAGEMENT_TIER_LABELS_ZH[tier as keyof typeof MANAGEMENT_TIER_LABELS_ZH],
    );
    expect(row['管理层级'].value).not.toBe(tier);
    expect(row['城乡'].value).toBe('城市');
    expect(row['登记时间'].value).toBeInstanceOf(Date);
    const hostile = book.rows.find((r) => r['名称'].value === `'${DDE}`)!;
    expect(cellOf(hostile['名称'])).toMatchObject({ type: ExcelJS.ValueType.String });
    expect(cellOf(hostile['注册资金（元）'])).toEqual(money(1));
    const formulas = book.rows.flatMap((r) => Object.values(r)).filter((c) => c.formula);
    expect(formulas).toEqual([]);
  });

  it('organizations in English on request: headers, labels and the filter line', async () => {
    const book = await workbookOf(
      '/v1/organizations/export.xlsx?areaType=RURAL&lang=en',
      tokens.officer,
    );
    expect(book.title).toBe('Community social organizations');
    expect(book.filter).toBe('Filter: Urban/rural: Rural');
    expect(book.time).toMatch(/^Exported: .+ \(Beijing time\); 1 rows$/);
    expect(book.rows.map((r) => [r['Name'].value, r['Urban/rural'].value])).toEqual([
      ['城东社区文体队', 'Rural'],
    ]);
  });

  it("an applicant's export holds only its own organization", async () => {
    const book = await workbookOf('/v1/organizations/export.xlsx', tokens.applicant);
    expect(book.filter).toBe('筛选条件：全部（未筛选）');
    expect(texts(book.rows, '名称')).toEqual([ORG_A]);
  });

  it("refuses what the list refuses: a bad filter or lang 400 naming the field, paging 400, a role without the list's permission 403", async () => {
    const bad = await http(
      'GET',
      `${platform.api}/v1/organizations/export.xlsx?lang=fr&tier=NONE`,
      undefined,
      { token: tokens.officer },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.violations.map((v: { field: string }) => v.field).sort()).toEqual([
      'lang',
      'tier',
    ]);
    const paged = await get('/v1/organizations/export.xlsx?page=2', tokens.officer);
    expect(paged.status).toBe(400);
    expect((await get('/v1/finance/payments/export.xlsx', tokens.applicant)).status).toBe(403);
    expect((await get('/v1/procurement/contracts/export.xlsx', tokens.maker)).status).toBe(403);
    expect((await get('/v1/lottery/applications/export.xlsx', tokens.maker)).status).toBe(403);
    expect((await get('/v1/organizations/export.xlsx')).status).toBe(401);
  });

  it('the lottery review list: the programme named in the filter line, every application, amounts in yuan, statuses as labels', async () => {
    const book = await workbookOf(
      `/v1/lottery/applications/export.xlsx?programmeId=${programmeId}`,
      tokens.officer,
    );
    expect(book.title).toBe('彩票公益金资助申请');
    expect(book.filter).toBe('筛选条件：资助计划：2026 年社区居家养老服务补助');
    expect(texts(book.rows, '项目名称').sort()).toEqual([
      '导出测试养老项目 1',
      '导出测试养老项目 2',
      '导出测试养老项目 3',
    ]);
    for (const row of book.rows) {
      expect(cellOf(row['申请金额（元）'])).toEqual(money(50_000));
      expect(row['状态'].value).toBe('待审核');
      expect(row['资助方向'].value).toBe('扶老');
      expect(row['申请组织'].value).toBe(ORG_A);
    }
  });

  it('finance payments by status and fund: the filters in words, amounts as yuan numbers, funds as labels, a hostile payee escaped', async () => {
    const book = await workbookOf(
      '/v1/finance/payments/export.xlsx?status=AWAITING_BATCH&fund=INCUBATION',
      tokens.maker,
    );
    expect(book.title).toBe('付款明细');
    expect(book.filter).toBe('筛选条件：状态：待组批；资金：孵化资金');
    expect(book.time).toMatch(TIME_LINE);
    expect(texts(book.rows, '收款组织').sort()).toEqual(
      [ORG_A, `'${DDE}`, '城东社区邻里互助会'].sort(),
    );
    for (const row of book.rows) {
      expect(cellOf(row['金额（元）'])).toEqual(money(1234.56));
      expect(row['状态'].value).toBe('待组批');
      expect(row['资金'].value).toBe('孵化资金');
      expect(row['项目类型'].value).toBe('孵化培育');
    }
  });

  it('procurement contracts: every contract over pages, prices in yuan, statuses as labels; an undertaker exports only its own', async () => {
    const book = await workbookOf(
      '/v1/procurement/contracts/export.xlsx?fiscalYear=2026',
      tokens.officer,
    );
    expect(book.filter).toBe('筛选条件：年度：2026');
    expect(book.rows).toHaveLength(3);
    expect(texts(book.rows, '承接主体').sort()).toEqual([COMPANY, ORG_A, ORG_A].sort());
    expect(
      book.rows
        .map((r) => cellOf(r['合同金额（元）']))
        .sort((a, b) => Number(a.value) - Number(b.value)),
    ).toEqual(contractPrices.map((fen) => money(fen / 100)));
    expect(new Set(texts(book.rows, '状态'))).toEqual(new Set(['履行中']));
    expect(new Set(texts(book.rows, '承接主体类型'))).toEqual(new Set(['社会组织', '企业']));

    const mine = await workbookOf('/v1/procurement/contracts/mine/export.xlsx', tokens.applicant);
    expect(mine.title).toBe('我的合同');
    expect(texts(mine.rows, '承接主体')).toEqual([ORG_A, ORG_A]);
  });

  it('public exports need no login: the published contracts and catalogue, money as numbers', async () => {
    const contracts = await workbookOf('/v1/public/procurement/contracts/export.xlsx');
    expect(contracts.title).toBe('政府购买服务合同公开');
    expect(contracts.rows).toHaveLength(3);
    expect(contracts.headers).not.toContain('账号');
    for (const row of contracts.rows) {
      expect(row['合同金额（元）'].type).toBe(ExcelJS.ValueType.Number);
      expect(row['合同金额（元）'].numFmt).toBe(YUAN);
    }
    const catalogue = await workbookOf(
      '/v1/public/procurement/catalogue/export.xlsx?fiscalYear=2026',
    );
    expect(catalogue.filter).toBe('筛选条件：年度：2026');
    expect(cellOf(catalogue.rows[0]['参考价格（元）'])).toEqual(money(123.45));
    expect(catalogue.rows[0]['地区'].value).toBe('广西壮族自治区');
  });
});
