import { batchAndApprove, bindUser, http, scratchSql, waitFor } from '@civic/testing';
import type { Locator, Page } from 'playwright-core';
import {
  BASIC,
  COMPANIES,
  CONTRACT,
  EXPERTS,
  ITEM,
  LISTING,
  LIUZHOU,
  LIUZHOU_TITLE,
  MONITORING,
  OPEN_TITLE,
  projectBody,
  RANKED_BIDS,
  RANKED_CRITERIA,
  RANKED_TITLE,
  UNDERTAKER_ORG,
} from './fixtures/procurement-undertaker';
import { screenshot } from './harness/browser';
import { startTestbed, type Testbed } from './harness/testbed';
import { fieldError, logIn, menuLabels, switchLanguage } from './harness/ui';

jest.setTimeout(300_000);

type ApiAs = Awaited<ReturnType<Testbed['apiAs']>>;

const PHONE = { width: 390, height: 844 };
/** A progress report on the contract's first year, typed on the phone (R25); never published. */
const REPORT = {
  summary: '本季度完成上门探访 326 人次，为独居老人建立服务档案 58 份',
  achieved: '上门探访 326 人次，覆盖 58 户',
};

/** The page's width: nothing may scroll sideways on a 390 px phone. */
const scrollWidth = (page: Page) =>
  page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);

async function expectFitsPhone(page: Page) {
  expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
}

/** Picks one option of a multiple antd Select by typing it, then closes the dropdown. */
async function pickMany(page: Page, fieldId: string, label: string) {
  const input = page.locator(`#${fieldId}`);
  await input.click();
  await input.fill(label);
  const dropdown = page.locator('.ant-select-dropdown', { has: page.locator(`#${fieldId}_list`) });
  const option = dropdown.locator('.ant-select-item-option').filter({ hasText: label }).first();
  await option.click();
  // The choice shows as a tag in the select (the list re-renders unfiltered behind it).
  const select = page.locator('.ant-select', { has: input });
  await select.locator('.ant-select-selection-item', { hasText: label }).waitFor();
  await input.press('Escape');
}

/** Types a bid into the open drawer and sends it. */
async function bid(page: Page, priceYuan: string, proposal: string) {
  const drawer = page.getByTestId('bid-drawer');
  await drawer.locator('#bid_priceYuan').fill(priceYuan);
  await drawer.locator('#bid_proposal').fill(proposal);
  await drawer.getByTestId('bid-submit').click();
  return drawer;
}

const card = (page: Page, title: string): Locator =>
  page.getByTestId('announcement').filter({ hasText: title });

/**
 * An undertaker in the admin UI, on a 390 px phone and on a desktop (R24, R25, R12, R26): the
 * applicant of an organization applies to the undertaker directory, sees the officer's refusal and
 * its reason, applies again and is listed; bids on an announced project (a project outside its
 * regions, a price over the budget and a second bid are refused, each explained) and withdraws the
 * bid; follows its bids, its rank once the panel scored, objects to the result within its
 * window, reads its contract's instalments and evaluations, and reports on its performance. The public reads the directory,
 * the announcements, the results and the contracts without logging in, on a desktop and a phone,
 * in Chinese and English.
 */
describe('admin UI: an undertaker of government purchase, and the public pages (R24, R25)', () => {
  let bed: Testbed;
  let officer: ApiAs;
  let applicant: ApiAs;
  let itemId: string;
  let rankedId: string;
  const companies: string[] = [];
  const experts: ApiAs[] = [];

  /** SQL on the scratch database: only to wait for a row, or for time passing (a deadline). */
  const sql = (text: string, params: unknown[] = []) =>
    scratchSql(bed.platform.databaseUrl, text, params);
  const project = async (over: Record<string, unknown>) => {
    const created = await waitFor(
      "the year's budget at procurement",
      () => officer('POST', '/v1/procurement/projects', projectBody(itemId, over)),
      (res) => res.status !== 422 || res.body.code !== 'RULE_R25_NOT_BUDGETED',
    );
    expect(created.status).toBe(201);
    const deadline = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const announced = await officer(
      'POST',
      `/v1/procurement/projects/${created.body.id}/announce`,
      {
        bidDeadline: deadline,
      },
    );
    expect(announced.status).toBe(200);
    return created.body.id as string;
  };
  const myEntries = async () =>
    (await applicant('GET', '/v1/procurement/directory')).body.items as {
      id: string;
      status: string;
    }[];
  const decide = async (decision: string, reason?: string) => {
    const pending = (await officer('GET', '/v1/procurement/directory?status=PENDING')).body
      .items as { id: string; name: string }[];
    const own = pending.find((e) => e.name === UNDERTAKER_ORG.name);
    expect(own).toBeDefined();
    const res = await officer('POST', `/v1/procurement/directory/${own!.id}/decision`, {
      decision,
      ...(reason ? { reason } : {}),
    });
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    bed = await startTestbed({ withFinance: true, withProcurement: true });
    const admin = await bed.apiAs('admin');
    const org = await admin('POST', '/v1/organizations', UNDERTAKER_ORG);
    expect(org.status).toBe(201);
    await bindUser(admin, 'applicant', org.body.id);
    applicant = await bed.apiAs('applicant');
    officer = await bed.apiAs('officer');
    const maker = await bed.apiAs('maker');
    const budget = { fund: 'GOVERNMENT_PURCHASE', fiscalYear: ITEM.fiscalYear, amountFen: 2e8 };
    expect((await maker('POST', '/v1/finance/budgets', budget)).status).toBe(201);
    const item = await officer('POST', '/v1/procurement/catalogue', ITEM);
    expect(item.status).toBe(201);
    itemId = item.body.id;
    for (const company of COMPANIES) {
      const entry = await officer('POST', '/v1/procurement/directory', {
        kind: 'COMPANY',
        ...company,
        serviceAreas: ['450100'],
        serviceCategories: [BASIC],
        contactName: '李红',
        contactPhone: '13800771234',
      });
      expect(entry.status).toBe(201);
      const listed = await officer('POST', `/v1/procurement/directory/${entry.body.id}/decision`, {
        decision: 'LISTED',
      });
      expect(listed.status).toBe(200);
      companies.push(entry.body.id);
    }
    for (const expert of EXPERTS) {
      const user = await admin('POST', '/v1/users', {
        ...expert,
        password: 'Demo#2026civic',
        roles: ['reviewer'],
      });
      expect(user.status).toBe(201);
      const added = await officer('POST', '/v1/procurement/experts', {
        userId: user.body.id,
        name: expert.displayName,
        fields: ['eldercare'],
        relations: [],
      });
      expect(added.status).toBe(201);
      experts.push(await bed.apiAs(expert.username));
    }
    // Two announced projects: one reserved for social organizations in 青秀区, one in 柳州.
    await project({ title: OPEN_TITLE, reservedForSocialOrganizations: true });
    await project({ title: LIUZHOU_TITLE, regionCode: LIUZHOU, budgetFen: 1_000_000 });
    // The organization is known at procurement before the browser applies for it.
    await waitFor(
      'the organization at procurement',
      async () =>
        (
          await sql('SELECT 1 FROM procurement.organization_snapshot WHERE organization_id = $1', [
            org.body.id,
          ])
        ).length,
      (n) => n === 1,
    );
  });

  afterAll(() => bed?.stop());

  it('lets the applicant apply to the directory on a 390 px phone, shows a refusal with its reason, then the listing (R24)', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'applicant'); // the login page waits for the side menu: signed in first
    await page.setViewportSize(PHONE);
    await page.goto('/procurement/undertaker/listing');
    await page.getByText('本组织尚未申请列入承接主体目录').waitFor();
    await expectFitsPhone(page);

    const apply = async () => {
      await page.getByTestId('apply-open').click();
      const form = page.getByTestId('apply-form');
      await form.getByText(`以本组织名义申请：${UNDERTAKER_ORG.name}`).waitFor();
      await pickMany(page, 'listing_serviceAreas', LISTING.county);
      await pickMany(page, 'listing_serviceCategories', BASIC);
      await page.locator('#listing_contactName').fill(LISTING.contactName);
      await page.locator('#listing_contactPhone').fill(LISTING.contactPhone);
      await expectFitsPhone(page);
      await screenshot(page, 'procurement-undertaker-apply-phone');
      await page.getByTestId('apply-submit').click();
      await page.getByText('已提交申请，等待业务科室审核').waitFor();
    };
    await apply();
    const pending = page.locator('[data-testid="my-entry"][data-status="PENDING"]');
    await pending.waitFor();
    const text = await pending.innerText();
    expect(text).toContain('待审核');
    expect(text).toContain('等待业务科室审核');
    expect(text).toContain('南宁市青秀区');
    expect(text).toContain(BASIC);
    expect(text).toContain('139****3456'); // the phone masked (R30)
    expect(await page.getByTestId('apply-open').count()).toBe(0); // one pending entry at a time
    await expectFitsPhone(page);

    // The officer refuses it with a reason: the applicant reads the reason, and may apply again.
    const reason = '申报材料未附近三年社区服务项目经历证明';
    await decide('REFUSED', reason);
    await page.reload();
    const refused = page.locator('[data-testid="my-entry"][data-status="REFUSED"]');
    await refused.waitFor();
    expect(await refused.getByTestId('entry-reason').innerText()).toContain(reason);
    expect(await refused.innerText()).toContain('可按要求完善后重新申请');
    await screenshot(page, 'procurement-undertaker-refused-phone');
    await apply();
    await page.locator('[data-testid="my-entry"][data-status="PENDING"]').waitFor();

    // An officer lists it (through the API): the applicant sees the entry listed.
    await decide('LISTED');
    expect((await myEntries()).map((e) => e.status).sort()).toEqual(['LISTED', 'REFUSED']);
    await page.reload();
    const listed = page.locator('[data-testid="my-entry"][data-status="LISTED"]');
    await listed.waitFor();
    expect(await listed.innerText()).toContain('已列入目录');
    await expectFitsPhone(page);
    await screenshot(page, 'procurement-undertaker-listing-phone');
    expect(errors).toEqual([]);
    await close();
  });

  it('bids on a phone: a region not served, a price over the budget and a second bid are refused and explained; the bid is in 我的投标 (R24, R25, R12, R26)', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'applicant'); // the login page waits for the side menu: signed in first
    await page.setViewportSize(PHONE);
    await page.goto('/procurement/undertaker/announcements');
    const open = card(page, OPEN_TITLE);
    await open.waitFor();
    const announcement = await open.innerText();
    expect(announcement).toContain('预留社区社会组织'); // R12, as announced
    expect(announcement).toContain('300,000.00 元');
    expect(announcement).toContain('（北京时间）');
    expect(announcement).toContain('农村社区覆盖');
    expect(await open.getByTestId('tilt-tag').count()).toBe(1);
    expect(await open.getByTestId('criterion').count()).toBe(4);
    expect(await page.getByTestId('not-listed').count()).toBe(0);
    await expectFitsPhone(page);
    await screenshot(page, 'procurement-undertaker-announcements-phone');

    // 柳州 is not among the regions the organization serves (R24).
    await card(page, LIUZHOU_TITLE).getByTestId('bid-open').click();
    let drawer = await bid(page, '9000', '组建 4 人社工团队，每月入户探访困难老人');
    let refusal = drawer.getByTestId('refusal');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('RULE_R24_AREA_NOT_SERVED');
    expect(await refusal.innerText()).toContain('不在本组织的服务区域内');
    await drawer.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });

    // Over the budget by one fen (R25): refused on the price, typed in yuan (R26).
    await open.getByTestId('bid-open').click();
    drawer = await bid(page, '300000.01', '组建 6 人社工团队，每月两次入户探访，建立一人一档');
    refusal = drawer.getByTestId('refusal');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('RULE_R25_BID_OVER_BUDGET');
    expect(await refusal.innerText()).toContain('报价超过项目预算');
    expect(await fieldError(page, 'bid_priceYuan', '预算')).toContain('300000.00');
    await expectFitsPhone(page);
    await screenshot(page, 'procurement-undertaker-bid-refused-phone');
    await drawer.locator('#bid_priceYuan').fill('285000.5');
    await drawer.getByTestId('bid-submit').click();
    await page.getByText(`已就“${OPEN_TITLE}”提交投标`).waitFor();
    await drawer.waitFor({ state: 'hidden' });

    // A second bid on the same project (409): withdraw the first to change it.
    await open.getByTestId('bid-open').click();
    drawer = await bid(page, '280000', '第二份投标文件，报价更低的服务方案');
    refusal = drawer.getByTestId('refusal');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('RULE_R25_DUPLICATE_BID');
    expect(await refusal.innerText()).toContain('请先在“我的投标”中撤回原投标');
    await drawer.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });

    const stored = (await applicant('GET', '/v1/procurement/bids/mine')).body;
    expect(stored.total).toBe(1);
    expect(stored.items[0]).toMatchObject({ priceFen: 28_500_050, status: 'SUBMITTED' });

    await page.goto('/procurement/undertaker/bids');
    const mine = page.getByTestId('bid-card').filter({ hasText: OPEN_TITLE });
    await mine.waitFor();
    const line = await mine.innerText();
    expect(line).toContain('285,000.50 元');
    expect(line).toContain('已投标');
    expect(line).toContain('尚未评审');
    expect(await mine.getByTestId('withdraw').count()).toBe(1);
    await expectFitsPhone(page);
    await screenshot(page, 'procurement-undertaker-bids-phone');

    // Withdrawn before the deadline (R25): the organization could bid anew.
    await mine.getByTestId('withdraw').click();
    await page.getByTestId('withdraw-ok').click();
    await page.getByText('已撤回投标').waitFor();
    await mine.locator('[data-testid="bid-status"][data-status="WITHDRAWN"]').waitFor();
    expect(await mine.getByTestId('withdraw').count()).toBe(0);
    expect((await applicant('GET', '/v1/procurement/bids/mine')).body.items[0].status).toBe(
      'WITHDRAWN',
    );

    // The message sits over the header's language switch on a phone: let it go first.
    await page.mouse.move(195, 700);
    await page.locator('.ant-message-notice').waitFor({ state: 'detached' });
    await switchLanguage(page, 'English');
    await page.locator('.ant-card-head-title', { hasText: 'My bids' }).waitFor();
    expect(await mine.innerText()).toContain('¥285,000.50');
    expect(await mine.getByTestId('bid-status').innerText()).toBe('Withdrawn');
    await expectFitsPhone(page);
    await page.goto('/procurement/undertaker/announcements');
    await card(page, OPEN_TITLE).getByText('Reserved for community social organizations').waitFor();
    expect(await card(page, OPEN_TITLE).innerText()).toContain('(Beijing time)');
    await expectFitsPhone(page);
    await screenshot(page, 'procurement-undertaker-announcements-phone-en');
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the rank and total once the panel has scored, and takes an objection within the window (R25, R18)', async () => {
    // A project through the API to its published result: the organization bids against two
    // companies, the deadline passes (by SQL: time passing), the panel scores, the award is made.
    rankedId = await project({ title: RANKED_TITLE, criteria: RANKED_CRITERIA });
    const bids: Record<string, string> = {};
    const own = await applicant('POST', `/v1/procurement/projects/${rankedId}/bids`, {
      priceFen: RANKED_BIDS.own.priceFen,
      proposal: '组建 6 人社工团队，每月两次入户探访，建立一人一档',
    });
    expect(own.status).toBe(201);
    bids.own = own.body.id;
    for (const [key, entryId] of [
      ['a', companies[0]],
      ['b', companies[1]],
    ] as const) {
      const res = await officer('POST', `/v1/procurement/projects/${rankedId}/bids`, {
        priceFen: RANKED_BIDS[key].priceFen,
        proposal: '专业护理员上门服务，配备智能呼叫设备',
        entryId,
      });
      expect(res.status).toBe(201);
      bids[key] = res.body.id;
    }
    await sql(
      `UPDATE procurement.purchase_project SET bid_deadline = now() - interval '1 second' WHERE id = $1`,
      [rankedId],
    );
    expect((await officer('POST', `/v1/procurement/projects/${rankedId}/close`, {})).status).toBe(
      200,
    );
    expect((await officer('POST', `/v1/procurement/projects/${rankedId}/panel`, {})).status).toBe(
      200,
    );
    for (const expert of experts) {
      for (const key of ['own', 'a', 'b'] as const) {
        const [plan, team] = RANKED_BIDS[key].sheet;
        const res = await expert('POST', `/v1/procurement/bids/${bids[key]}/scores`, {
          scores: { plan, team },
        });
        expect(res.status).toBe(200);
      }
    }
    expect((await officer('POST', `/v1/procurement/projects/${rankedId}/award`, {})).status).toBe(
      200,
    );

    const { page, errors, close } = await bed.open();
    await logIn(page, 'applicant');
    const labels = await menuLabels(page);
    expect(labels).toEqual(
      expect.arrayContaining(['承接主体申请', '采购公告', '我的投标', '我的合同']),
    );
    await page.getByTestId('side-menu').getByText('我的投标', { exact: true }).click();
    const row = page.getByTestId('my-bids').locator('tr', { hasText: RANKED_TITLE });
    await row.waitFor();
    // own: 60×0.92 + 20×0.85 + 20×24/29 = 88.75, first of three (R25).
    expect(await row.getByTestId('bid-rank').innerText()).toBe('第 1 名 · 88.75 分');
    expect(await row.getByTestId('bid-status').innerText()).toBe('成交');
    expect(await row.getByTestId('withdraw').count()).toBe(0);
    await screenshot(page, 'procurement-undertaker-bids');

    await row.getByTestId('object').click();
    await page.locator('#objection_text').fill('对团队与经验一项的评分有异议，请复核');
    await page.getByTestId('objection-ok').click();
    await page.getByText('已提出质疑，等待答复').waitFor();
    const objections = await officer('GET', `/v1/procurement/projects/${rankedId}/objections`);
    expect(objections.body.items).toEqual([
      expect.objectContaining({ status: 'OPEN', undertakerName: UNDERTAKER_ORG.name }),
    ]);
    expect(errors).toEqual([]);
    await close();
  });

  it("shows the organization's contract with its instalments, their payment and the evaluations, on a desktop and a phone (R25, R28)", async () => {
    // The objection answered and the window passed (by SQL), the officer signs the contract; the
    // signing instalment is paid through finance (maker and checker), a monitoring check passes.
    const [objection] = (await officer('GET', `/v1/procurement/projects/${rankedId}/objections`))
      .body.items as { id: string }[];
    const answered = await officer('POST', `/v1/procurement/objections/${objection.id}/answer`, {
      decision: 'DISMISSED',
      answer: '经复核，团队与经验评分符合评审标准，质疑不成立',
    });
    expect(answered.status).toBe(200);
    await sql(
      `UPDATE procurement.purchase_project SET objection_deadline = now() - interval '1 second' WHERE id = $1`,
      [rankedId],
    );
    const signed = await officer('POST', `/v1/procurement/projects/${rankedId}/contract`, CONTRACT);
    expect(signed.status).toBe(201);
    const contractId = signed.body.id as string;
    type Contract = {
      years: { instalments: { key: string; payment: string; paymentId: string }[] }[];
      reports: unknown[];
    };
    const instalment = (c: Contract, key: string) =>
      c.years[0].instalments.find((i) => i.key === key)!;
    const contract = () =>
      applicant('GET', `/v1/procurement/contracts/${contractId}`).then((r) => r.body as Contract);
    const requested = await waitFor(
      'the signing instalment asked of finance',
      contract,
      (c) => instalment(c, 'SIGNING').payment === 'REQUESTED',
    );
    await batchAndApprove(bed.platform.api, instalment(requested, 'SIGNING').paymentId, {
      maker: await bed.platform.login('maker'),
      checker: await bed.platform.login('checker'),
    });
    await waitFor(
      'the signing instalment paid',
      contract,
      (c) => instalment(c, 'SIGNING').payment === 'PAID',
    );
    expect(
      (await officer('POST', `/v1/procurement/contracts/${contractId}/evaluations`, MONITORING))
        .status,
    ).toBe(201);

    const { page, errors, close } = await bed.open();
    await logIn(page, 'applicant');
    await page.getByTestId('side-menu').getByText('我的合同', { exact: true }).click();
    const row = page.getByTestId('my-contracts').locator('tr', { hasText: RANKED_TITLE });
    await row.waitFor();
    expect(await row.innerText()).toContain('290,000.00 元');
    expect(await row.innerText()).toContain('履行中');
    await row.getByTestId('open-contract').click();
    await page.getByTestId('contract-title').getByText(RANKED_TITLE).waitFor();
    const year = page.getByTestId('contract-year');
    const signing = year.locator('[data-testid="instalment"][data-key="SIGNING"]');
    expect(await signing.innerText()).toContain('116,000.00 元'); // 40 % of 290,000.00
    expect(await signing.getByTestId('payment-status').innerText()).toBe('已到账');
    const final = year.locator('[data-testid="instalment"][data-key="FINAL"]');
    expect(await final.innerText()).toContain('结项评价后支付');
    const evaluation = page.getByTestId('evaluations').getByTestId('evaluation');
    expect(await evaluation.innerText()).toContain('第 1 年 履约监测');
    expect(await evaluation.innerText()).toContain('88.00 分');
    expect(await evaluation.innerText()).toContain('合格');
    expect(await page.locator('body').innerText()).not.toContain(
      CONTRACT.bankAccount.accountNumber,
    );
    await screenshot(page, 'procurement-undertaker-contract');

    await page.setViewportSize(PHONE);
    await page.getByTestId('payment-status').first().waitFor();
    await expectFitsPhone(page);
    await screenshot(page, 'procurement-undertaker-contract-phone');

    // On the phone the organization reports on its performance (R25), and sees the report listed.
    expect(await page.getByTestId('reports').innerText()).toContain('尚未提交履约报告');
    await page.getByTestId('report-open').click();
    const drawer = page.getByTestId('report-drawer');
    await drawer.locator('#report_summary').fill(REPORT.summary);
    await drawer.locator('#report_achieved_0').fill(REPORT.achieved);
    await expectFitsPhone(page);
    await screenshot(page, 'procurement-undertaker-report-phone');
    await drawer.getByTestId('report-submit').click();
    await page.getByText('已提交履约报告').waitFor();
    await drawer.waitFor({ state: 'hidden' });
    const reported = page
      .getByTestId('reports')
      .locator('[data-testid="report"][data-kind="PROGRESS"]');
    await reported.waitFor();
    expect(await reported.innerText()).toContain('第 1 年');
    expect(await reported.innerText()).toContain('进展报告');
    expect(await reported.innerText()).toContain(REPORT.summary);
    expect(await reported.innerText()).toContain(`服务数量：${REPORT.achieved}`);
    await expectFitsPhone(page);
    await screenshot(page, 'procurement-undertaker-reported-phone');
    expect((await contract()).reports).toEqual([
      expect.objectContaining({
        year: 1,
        kind: 'PROGRESS',
        summary: REPORT.summary,
        figures: [{ indicator: '服务数量', achieved: REPORT.achieved }],
      }),
    ]);
    await page.goto('/procurement/undertaker/contracts');
    await page.getByTestId('contract-card').filter({ hasText: RANKED_TITLE }).waitFor();
    await expectFitsPhone(page);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the public the directory, announcements, results and contracts without login, on a desktop and a 390 px phone, in Chinese and English', async () => {
    const { page, errors, close } = await bed.open();
    await page.goto('/login');
    await page.getByTestId('public-procurement-link').click();
    const announcements = page.getByTestId('announcement');
    await announcements.first().waitFor();
    expect(await page.locator('h3').first().innerText()).toBe('政府购买服务采购公告');
    expect(await announcements.count()).toBe(3);
    expect(await card(page, OPEN_TITLE).getByTestId('announcement-status').innerText()).toBe(
      '接受投标',
    );
    expect(await card(page, RANKED_TITLE).getByTestId('announcement-status').innerText()).toBe(
      '已签订合同',
    );
    await screenshot(page, 'procurement-public-announcements');

    const nav = page.getByTestId('procurement-public-nav');
    await nav.getByText('承接主体目录').click();
    await page.waitForURL('**/public/procurement/directory');
    const entries = page.getByTestId('directory-entry');
    await entries.filter({ hasText: UNDERTAKER_ORG.name }).waitFor();
    expect(await entries.count()).toBe(3);
    // A county by its name once the public divisions route has answered (its city and code before).
    await entries
      .filter({ hasText: UNDERTAKER_ORG.name })
      .filter({ hasText: '南宁市青秀区' })
      .waitFor();
    const own = await entries.filter({ hasText: UNDERTAKER_ORG.name }).innerText();
    expect(own).toContain('社会组织');
    expect(own).not.toContain('（450103）');
    expect(own).not.toContain(LISTING.contactPhone.slice(-4)); // no contact (R30)
    await screenshot(page, 'procurement-public-directory');

    await nav.getByText('成交结果').click();
    const result = page.getByTestId('result').filter({ hasText: RANKED_TITLE });
    await result.waitFor();
    const ranked = result.getByTestId('ranked-bid');
    expect(await ranked.count()).toBe(3);
    expect(await ranked.nth(0).innerText()).toContain(UNDERTAKER_ORG.name);
    expect(await ranked.nth(0).getAttribute('data-awarded')).toBe('true');
    expect(await ranked.nth(0).innerText()).toContain('综合得分 88.75');
    expect(await ranked.nth(1).innerText()).toContain(COMPANIES[1].name);
    expect(await result.innerText()).toContain('共 1 件，未答复 0 件');
    expect(await result.innerText()).toContain('南宁市青秀区');
    await screenshot(page, 'procurement-public-results');

    await nav.getByText('合同公示').click();
    const contract = page.getByTestId('public-contract').filter({ hasText: RANKED_TITLE });
    await contract.waitFor();
    expect(await contract.innerText()).toContain('290,000.00 元');
    expect(await contract.innerText()).not.toContain(CONTRACT.bankAccount.accountNumber);
    expect(await contract.innerText()).not.toContain(REPORT.summary); // reports are not published (R30)
    await nav.getByText('服务目录').click();
    await page.getByTestId('catalogue-item').first().waitFor();

    // A 390 px phone: every page fits, in Chinese and in English.
    await page.setViewportSize(PHONE);
    for (const [path, testId] of [
      ['/public/procurement/directory', 'directory-entry'],
      ['/public/procurement/announcements', 'announcement'],
      ['/public/procurement/results', 'result'],
      ['/public/procurement/contracts', 'public-contract'],
    ]) {
      await page.goto(path);
      await page.getByTestId(testId).first().waitFor();
      await expectFitsPhone(page);
      await screenshot(page, `procurement-public-${path.split('/').pop()}-phone`);
    }
    await switchLanguage(page, 'English');
    await page.getByText('Government purchase contracts', { exact: true }).waitFor();
    await expectFitsPhone(page);
    for (const [path, title] of [
      ['/public/procurement/directory', 'Directory of undertakers of community services'],
      ['/public/procurement/announcements', 'Government purchase announcements'],
      ['/public/procurement/results', 'Government purchase results'],
    ]) {
      await page.goto(path);
      await page.locator('h3', { hasText: title }).waitFor();
      await page.locator('.procurement-card').first().waitFor();
      await expectFitsPhone(page);
    }
    expect(await page.getByTestId('ranked-bid').first().innerText()).toContain('No. 1');
    await screenshot(page, 'procurement-public-results-phone-en');

    // The public API answers without a token.
    for (const path of ['directory', 'announcements', 'results', 'contracts']) {
      const res = await http('GET', `${bed.platform.api}/v1/public/procurement/${path}`);
      expect(res.status).toBe(200);
      expect(res.body.total).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
    await close();
  });
});
