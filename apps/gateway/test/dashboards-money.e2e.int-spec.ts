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
import ExcelJS from 'exceljs';
import { Client } from 'pg';

jest.setTimeout(240_000);

const AMOUNT = 3_000_000; // 30,000.00 yuan
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The funding and timeliness dashboards through the gateway (issue #18), every service a real
 * process: a lottery subsidy approved for a rural public-welfare organization led by a Party member
 * (its commitment names the recipient and the purpose, R10, R12, R14, R20) and paid through
 * maker-checker (R28). Finance's funding tally and the lottery fund's timeliness tally equal their
 * raw rows; the routes answer from them with divisions named, the shares against their targets,
 * the four programmes' histograms merged; filters are checked at the boundary, roles enforced, and
 * the exports read back with money in yuan.
 */
describe('funding and timeliness dashboards through the gateway (issue #18)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  const tokens: Record<string, string> = {};
  const get = (path: string, who = 'officer') =>
    http('GET', `${platform.api}/v1/dashboards${path}`, undefined, { token: tokens[who] });
  const workbook = async (path: string) => {
    const res = await fetch(`${platform.api}/v1/dashboards${path}`, {
      headers: { authorization: `Bearer ${tokens.officer}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(XLSX);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    return book;
  };

  beforeAll(async () => {
    platform = await startPlatform({
      withLotteryFund: true,
      withIncubation: true,
      withVenture: true,
      withProcurement: true,
    });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    tokens.admin = await platform.login('admin');
    const org = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ name: '新竹社区长者关爱协会', areaType: 'RURAL' }),
      { token: tokens.admin },
    );
    expect(org.status).toBe(201);
    await bindUser(platform.as(tokens.admin), 'applicant', org.body.id);
    for (const user of ['applicant', 'officer', 'maker', 'checker', 'street']) {
      tokens[user] = await platform.login(user);
    }
    const budget = await http(
      'POST',
      `${platform.api}/v1/finance/budgets`,
      { fund: 'LOTTERY_WELFARE', fiscalYear: 2026, amountFen: 50_000_000 },
      { token: tokens.maker },
    );
    expect(budget.status).toBe(201);
    await waitFor(
      'the organization at the lottery fund',
      async () =>
        (await db.query(`SELECT count(*)::int AS n FROM lottery_fund.organization_snapshot`))
          .rows[0].n,
      (n) => n === 1,
    );
    const post = (path: string, body: object, who = 'officer') =>
      http('POST', `${platform.api}/v1${path}`, body, { token: tokens[who] });
    const programme = await post('/lottery/programmes', subsidyProgrammeBody());
    expect(programme.status).toBe(201);
    const applied = await post(
      '/lottery/applications',
      subsidyApplicationBody(programme.body.id, {
        budgetLines: [
          { category: 'SERVICE_DELIVERY', description: '上门助老服务', amountFen: AMOUNT },
        ],
        requestedFen: AMOUNT,
      }),
      'applicant',
    );
    expect(applied.status).toBe(201);
    const id = applied.body.id as string;
    expect((await post(`/lottery/applications/${id}/assessment`, { merit: 80 })).status).toBe(200);
    expect(
      (await post(`/lottery/applications/${id}/approve`, { comment: '同意资助' })).status,
    ).toBe(200);
    const committed = await waitFor(
      'the commitment and its payment at finance',
      async () =>
        (
          await http('GET', `${platform.api}/v1/lottery/applications/${id}`, undefined, {
            token: tokens.officer,
          })
        ).body,
      (a) => Boolean(a.payment?.paymentId) && a.status !== 'AWAITING_COMMITMENT',
    );
    await batchAndApprove(platform.api, committed.payment.paymentId, {
      maker: tokens.maker,
      checker: tokens.checker,
    });
    await waitFor(
      'the subsidy paid',
      async () =>
        (
          await http('GET', `${platform.api}/v1/lottery/applications/${id}`, undefined, {
            token: tokens.officer,
          })
        ).body.status,
      (status) => status === 'PAID',
    );
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  it('the commitment named its recipient from the lottery fund’s snapshot, and both tallies moved', async () => {
    const recipient = await db.query(
      `SELECT recipient_street_code, recipient_area_type, recipient_category, recipient_party_led,
              recipient_purpose FROM finance.commitment`,
    );
    expect(recipient.rows).toEqual([
      {
        recipient_street_code: '450103001',
        recipient_area_type: 'RURAL',
        recipient_category: 'PUBLIC_WELFARE',
        recipient_party_led: true,
        recipient_purpose: 'ELDERLY',
      },
    ]);
    const funding = await db.query(
      `SELECT street_code, committed_fen::int, paid_fen::int, rural_paid_fen::int
         FROM finance.funding_tally`,
    );
    expect(funding.rows).toEqual([
      { street_code: '450103001', committed_fen: AMOUNT, paid_fen: AMOUNT, rural_paid_fen: AMOUNT },
    ]);
    const times = await db.query(
      `SELECT street_code, stage, applications FROM lottery_fund.timeliness_tally ORDER BY stage`,
    );
    expect(times.rows).toEqual([
      { street_code: '450103001', stage: 'DECISION', applications: 1 },
      { street_code: '450103001', stage: 'PAYMENT', applications: 1 },
    ]);
  });

  it('funding: money by programme and area, named, with the shares against R14 and R21', async () => {
    const res = await get('/funding?year=2026');
    expect(res.status).toBe(200);
    expect(res.body.area).toEqual({ code: '45', name: '广西壮族自治区', level: 'PROVINCE' });
    expect(res.body.totals).toMatchObject({
      commitments: 1,
      committedFen: AMOUNT,
      paidFen: AMOUNT,
    });
    expect(res.body.children.map((c: { name: string }) => c.name)).toEqual(['南宁市']);
    expect(res.body.counties[0]).toMatchObject({ code: '450103', name: '青秀区' });
    expect(res.body.byProgramme).toEqual([
      expect.objectContaining({ programme: 'lottery-fund', fund: 'LOTTERY_WELFARE' }),
    ]);
    expect(res.body.shares.rural).toMatchObject({ text: '100%', targetPercent: 30, met: true });
    expect(res.body.shares.eldercare).toMatchObject({ rule: 'R21', text: '100%', met: true });
    expect(res.body.shares.partyLed).toMatchObject({ rule: 'R10', text: '100%', met: null });
    expect(res.body.progress.paid.text).toBe('100%');
    expect(res.body.areaUnknown).toMatchObject({ committedFen: 0 });
    expect(res.body.years).toEqual([2026]);
    const street = await get('/funding?areaCode=450103001');
    expect(street.body.area).toEqual({ code: '450103001', name: '新竹街道', level: 'STREET' });
    expect(street.body.totals.paidFen).toBe(AMOUNT);
  });

  it('timeliness: the four programmes asked, their histograms merged; a county by street', async () => {
    const res = await get('/timeliness');
    expect(res.status).toBe(200);
    expect(res.body.programmes.map((p: { programme: string }) => p.programme)).toEqual([
      'incubation',
      'venture',
      'lottery-fund',
      'procurement',
    ]);
    const lottery = res.body.programmes[2];
    // Submitted, decided and paid today (Beijing time): 0 days each.
    expect(lottery.toDecision).toEqual({ count: 1, medianDays: 0, p90Days: 0 });
    expect(lottery.toPayment).toEqual({ count: 1, medianDays: 0, p90Days: 0 });
    expect(res.body.totals.toDecision.count).toBe(1);
    expect(res.body.children).toEqual([expect.objectContaining({ code: '4501', name: '南宁市' })]);
    const county = await get('/timeliness?areaCode=450103&programme=lottery-fund');
    expect(county.body.programmes).toHaveLength(1);
    expect(county.body.children).toEqual([
      expect.objectContaining({ code: '450103001', name: '新竹街道', level: 'STREET' }),
    ]);
    expect(county.body.areaUnknown).toBeNull();
  });

  it('refuses a bad fund or programme with 400 naming the field, before any service', async () => {
    const fund = await get('/funding?fund=LOTTERY');
    expect(fund.status).toBe(400);
    expect(fund.body.violations).toEqual([expect.objectContaining({ field: 'fund' })]);
    const programme = await get('/timeliness.xlsx?programme=charity');
    expect(programme.status).toBe(400);
    expect(programme.body.violations).toEqual([expect.objectContaining({ field: 'programme' })]);
  });

  it('refuses an applicant and a street officer with 403; finance staff read both', async () => {
    for (const path of ['/funding', '/funding.xlsx', '/timeliness', '/timeliness.xlsx']) {
      expect([path, (await get(path, 'applicant')).status]).toEqual([path, 403]);
      expect([path, (await get(path, 'street')).status]).toEqual([path, 403]);
    }
    expect((await get('/funding', 'maker')).status).toBe(200);
    expect((await get('/timeliness', 'checker')).status).toBe(200);
  });

  it('exports funding as Excel: the filter and Beijing time first, money a number of yuan, Chinese labels', async () => {
    const book = await workbook('/funding.xlsx?fund=LOTTERY_WELFARE');
    const sheet = book.getWorksheet('分项目资金')!;
    expect(String(sheet.getCell('A1').value)).toMatch(
      /^筛选条件：地区：广西壮族自治区.*资金：彩票公益金；.*导出时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}（北京时间）$/,
    );
    expect(sheet.getCell('A3').value).toBe('彩票公益金资助');
    expect(sheet.getCell('D3').value).toBe(AMOUNT / 100); // 已承诺（元）: 30,000 yuan, a number
    expect(sheet.getCell('D3').numFmt).toBe('#,##0.00"元"');
    const text = JSON.stringify(book.worksheets.map((s) => s.getSheetValues()));
    expect(text).not.toMatch(/LOTTERY_WELFARE|lottery-fund|PROVINCE|RURAL/);
  });

  it('exports timeliness as Excel, read back', async () => {
    const book = await workbook('/timeliness.xlsx?year=2026');
    const sheet = book.getWorksheet('分项目时效')!;
    expect((sheet.getRow(3).values as unknown[]).slice(1, 4)).toEqual(['孵化培育', 0, '—']);
    expect((sheet.getRow(5).values as unknown[]).slice(1, 5)).toEqual(['彩票公益金资助', 1, 0, 0]);
  });
});
