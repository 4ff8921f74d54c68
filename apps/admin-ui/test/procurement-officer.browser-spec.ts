import { scratchSql, waitFor } from '@civic/testing';
import type { Page } from 'playwright-core';
import { CATALOGUE, GUANGXI, YEAR } from './fixtures/procurement';
import {
  API_COMPANIES,
  BIDS,
  CATEGORY_1,
  EXPERTS,
  UI_COMPANY,
  UI_PROJECT,
} from './fixtures/procurement-officer';
import { screenshot } from './harness/browser';
import { pickOption } from './harness/select';
import { startTestbed, type Testbed } from './harness/testbed';
import { DEMO_PASSWORD, fieldError, logIn, switchLanguage } from './harness/ui';

jest.setTimeout(300_000);

type ApiAs = Awaited<ReturnType<Testbed['apiAs']>>;

const PHONE = { width: 390, height: 844 };
const PROPOSAL = '组建 6 人专业评估团队，统一使用民政部老年人能力评估标准，入户评估并建立档案。';

/** How far the page is wider than the window: 0 when nothing scrolls sideways. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - window.innerWidth;
  });

const menu = (page: Page, label: string) =>
  page.getByTestId('side-menu').getByText(label, { exact: true }).click();

/** Types a date and time into an antd DatePicker with a time panel, then confirms it. */
async function pickDateTime(page: Page, fieldId: string, value: string) {
  const input = page.locator(`#${fieldId}`);
  await input.click();
  await input.fill(value);
  await page.locator('.ant-picker-dropdown .ant-picker-ok button').click();
  await page.locator(`#${fieldId}[value="${value}"]`).waitFor();
}

/** Types the undertaker form's fields (without submitting). */
async function typeUndertaker(
  page: Page,
  kind: string,
  undertaker: { name: string; creditCode: string },
) {
  await page.getByTestId('directory-enter').click();
  const drawer = page.getByTestId('undertaker-drawer');
  await drawer.locator('#undertaker_name').waitFor();
  await pickOption(page, 'undertaker_kind', kind);
  await drawer.locator('#undertaker_name').fill(undertaker.name);
  await drawer.locator('#undertaker_creditCode').fill(undertaker.creditCode);
  // Each multiple select closes its list before the next field (it would cover it).
  await pickOption(page, 'undertaker_serviceAreas', '南宁市', true);
  await drawer.locator('#undertaker_serviceAreas').press('Escape');
  await pickOption(page, 'undertaker_serviceCategories', '基本公共服务', true);
  await drawer.locator('#undertaker_serviceCategories').press('Escape');
  await drawer.locator('#undertaker_contactName').fill('李红');
  await drawer.locator('#undertaker_contactPhone').fill('13800771234');
  return drawer;
}

/** Confirms the step the officer clicked (开标, 抽取评审委员会, 确定成交) and waits for the status. */
async function runStep(page: Page, step: string, status: string) {
  await page.getByTestId(`step-${step}`).click();
  await page.getByTestId('confirm-ok').click();
  await page.locator(`[data-testid="project-status"][data-status="${status}"]`).waitFor();
}

/**
 * Government purchase as officers and panel members run it in the admin UI (R24, R25, R18, R12,
 * R26): an officer lists a company in the undertaker directory (a category-1 public institution
 * refused, Order 102 art. 8), drafts a project for a catalogue item not flagged stable (a 13-month
 * term refused, art. 24; the criteria's weights totalled as typed) and announces it. Bids come in
 * through the API and stay sealed; the deadline passes (SQL, as time would); the officer opens the
 * bids and draws the panel from the expert pool, an expert tied to a bidder recused. The demo
 * reviewer scores in the UI (a sheet with a criterion left out refused with 422) on a desktop and
 * on a 390 px phone, in Chinese and English; the officer awards and reads the ranking's totals.
 */
describe('admin UI: government purchase for officers and panel members (R24, R25, R18)', () => {
  let bed: Testbed;
  let officer: ApiAs;
  let projectId: string;
  const entries: Record<string, string> = {};
  const bidIds: Record<string, string> = {};
  const expertLogins: ApiAs[] = [];
  let reviewerName: string;

  beforeAll(async () => {
    bed = await startTestbed({ withProcurement: true });
    officer = await bed.apiAs('officer');
    const admin = await bed.apiAs('admin');
    const maker = await bed.apiAs('maker');
    const budget = { fund: 'GOVERNMENT_PURCHASE', fiscalYear: YEAR, amountFen: 200_000_000 };
    expect((await maker('POST', '/v1/finance/budgets', budget)).status).toBe(201);
    for (const item of CATALOGUE) {
      expect((await officer('POST', '/v1/procurement/catalogue', item)).status).toBe(201);
    }
    // Two companies besides the one the officer enters in the browser, listed (R24).
    for (const company of API_COMPANIES) {
      const entry = await officer('POST', '/v1/procurement/directory', company);
      expect(entry.status).toBe(201);
      const listed = await officer('POST', `/v1/procurement/directory/${entry.body.id}/decision`, {
        decision: 'LISTED',
      });
      expect(listed.status).toBe(200);
      entries[company.name] = entry.body.id;
    }
    // The expert pool: the demo reviewer, two experts, and one employed by a bidder (R18).
    const demo = (await admin('GET', '/v1/users?q=reviewer&role=reviewer')).body.items.find(
      (u: { username: string }) => u.username === 'reviewer',
    );
    reviewerName = demo.displayName;
    const pool: { id: string; name: string; employedBy?: string }[] = [
      { id: demo.id, name: reviewerName },
    ];
    for (const expert of EXPERTS) {
      const user = await admin('POST', '/v1/users', {
        username: expert.username,
        displayName: expert.displayName,
        password: DEMO_PASSWORD,
        roles: ['reviewer'],
      });
      expect(user.status).toBe(201);
      pool.push({ id: user.body.id, name: expert.displayName, employedBy: expert.employedBy });
      if (!expert.employedBy) expertLogins.push(await bed.apiAs(expert.username));
    }
    for (const expert of pool) {
      const relations = expert.employedBy
        ? [
            {
              kind: 'EMPLOYEE',
              organizationName: expert.employedBy,
              from: '2020-01-01',
              to: `${YEAR - 1}-06-30`,
            },
          ]
        : [];
      const res = await officer('POST', '/v1/procurement/experts', {
        userId: expert.id,
        name: expert.name,
        fields: ['养老服务'],
        relations,
      });
      expect(res.status).toBe(201);
    }
    await waitFor(
      'the year’s budget at procurement',
      () =>
        scratchSql<{ n: number }>(
          bed.platform.databaseUrl,
          'SELECT count(*)::int AS n FROM procurement.purchase_budget',
        ),
      (rows) => rows[0].n === 1,
    );
  });

  afterAll(() => bed?.stop());

  it('lists a company in the directory and refuses a category-1 public institution, naming art. 8 (R24, R25)', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await menu(page, '承接主体目录');
    const table = page.getByTestId('directory-table');
    await table.locator('tr', { hasText: API_COMPANIES[0].name }).waitFor();
    expect(await page.locator('.ant-pagination-total-text').innerText()).toBe('共 2 条');

    // A category-1 public institution: refused with the article, above the form and on the kind.
    let drawer = await typeUndertaker(page, '公益一类事业单位', CATEGORY_1);
    await page.getByTestId('undertaker-ok').click();
    const refusal = drawer.getByTestId('refusal');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('RULE_R25_NOT_ELIGIBLE');
    const zh = await refusal.innerText();
    expect(zh).toContain('公益一类事业单位');
    expect(zh).toContain('第八条');
    expect(await fieldError(page, 'undertaker_kind', '第八条')).toContain('公益一类事业单位');
    await screenshot(page, 'procurement-directory-refused');
    // In English, the article named the same way.
    await drawer.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });
    await switchLanguage(page, 'English');
    await page.getByText('Undertaker directory', { exact: true }).first().waitFor();
    drawer = await typeUndertaker(page, 'Category-1 public institution', CATEGORY_1);
    await page.getByTestId('undertaker-ok').click();
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('Order 102 art. 8');
    await drawer.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });
    await switchLanguage(page, '中文');

    // A company: entered pending, then listed on its page.
    drawer = await typeUndertaker(page, '企业', UI_COMPANY);
    await screenshot(page, 'procurement-directory-entry');
    await page.getByTestId('undertaker-ok').click();
    await page.getByText(`已录入“${UI_COMPANY.name}”，待审核`).waitFor();
    const row = table.locator('tr', { hasText: UI_COMPANY.name });
    await row.locator('[data-testid="entry-status"][data-status="PENDING"]').waitFor();
    expect(await row.innerText()).toContain(UI_COMPANY.creditCode);
    await screenshot(page, 'procurement-directory');
    await row.getByTestId('entry-link').click();
    await page.getByTestId('entry-name').getByText(UI_COMPANY.name).waitFor();
    expect(await page.getByTestId('entry-contact').innerText()).toBe('李红 138****1234'); // R30
    expect(await page.getByTestId('entry-areas').innerText()).toBe('南宁市');
    await page.getByTestId('decide-LISTED').click();
    await page.getByTestId('decision-ok').click();
    await page.locator('[data-testid="entry-status"][data-status="LISTED"]').waitFor();
    expect(await page.getByTestId('decide-REMOVED').isVisible()).toBe(true);
    await screenshot(page, 'procurement-directory-listed');
    entries[UI_COMPANY.name] = page.url().split('/').pop()!;
    expect(errors).toEqual([]);
    await close();
  });

  it('drafts a project, refusing a 13-month term for an item not flagged stable (art. 24), and announces it', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await menu(page, '购买项目');
    await page.getByTestId('projects-table').waitFor();
    await page.getByTestId('project-create').click();
    const drawer = page.getByTestId('project-drawer');
    await drawer.locator('#project_title').waitFor();
    await pickOption(page, 'project_catalogueItemId', UI_PROJECT.item, true);
    await drawer.locator('#project_title').fill(UI_PROJECT.title);
    await drawer.locator('#project_description').fill(UI_PROJECT.description);
    await drawer.locator('#project_budgetYuan').fill(UI_PROJECT.budgetYuan);
    await drawer.locator('#project_contractMonths').fill('13');
    // The criteria's weights, totalled as they are typed (R25: they add up to 100).
    const total = page.getByTestId('weights-total');
    expect(await total.getAttribute('data-total')).toBe('100');
    await drawer.locator('#project_criteria_1_weight').fill('20');
    await page.locator('[data-testid="weights-total"][data-total="90"]').waitFor();
    expect(await total.innerText()).toBe('权重合计 90 / 100');
    await drawer.locator('#project_criteria_1_weight').fill('30');
    await page.locator('[data-testid="weights-total"][data-total="100"]').waitFor();

    await page.getByTestId('project-ok').click();
    const refusal = drawer.getByTestId('refusal');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('RULE_R25_CONTRACT_TERM_TOO_LONG');
    expect(await refusal.innerText()).toContain('第二十四条');
    expect(await fieldError(page, 'project_contractMonths', '12 个月')).toContain('13 个月');
    await screenshot(page, 'procurement-project-refused');
    expect((await officer('GET', `/v1/procurement/projects?fiscalYear=${YEAR}`)).body.total).toBe(
      0,
    );

    await drawer.locator('#project_contractMonths').fill('12');
    await page.getByTestId('project-ok').click();
    await page.getByTestId('project-title').getByText(UI_PROJECT.title).waitFor();
    projectId = page.url().split('/').pop()!;
    await page.locator('[data-testid="project-status"][data-status="DRAFT"]').waitFor();
    expect(await page.getByTestId('project-budget').innerText()).toBe(UI_PROJECT.budgetText);
    const stored = (await officer('GET', `/v1/procurement/projects/${projectId}`)).body;
    expect(stored).toMatchObject({
      budgetFen: 30_000_000, // R26: yuan typed, fen stored
      contractMonths: 12,
      regionCode: GUANGXI, // the item's region, filled in when it was picked
      method: 'COMPETITIVE_CONSULTATION',
      stableItem: false,
    });
    expect(stored.criteria.map((c: { key: string }) => c.key)).toEqual(['plan', 'team', 'price']);

    await page.getByTestId('step-announce').click();
    const deadline = `${YEAR + 1}-01-15 10:00`;
    await pickDateTime(page, 'announce_bidDeadline', deadline);
    await page.getByTestId('announce-ok').click();
    await page.locator('[data-testid="project-status"][data-status="ANNOUNCED"]').waitFor();
    expect(await page.getByTestId('project-deadline').innerText()).toBe(deadline);
    await page.getByTestId('bids-sealed').waitFor();
    await screenshot(page, 'procurement-project');
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps the bids sealed until the deadline, opens them, and draws the panel with a recusal (R25, R18)', async () => {
    for (const bid of BIDS) {
      const res = await officer('POST', `/v1/procurement/projects/${projectId}/bids`, {
        priceFen: bid.priceFen,
        proposal: PROPOSAL,
        entryId: entries[bid.name],
      });
      expect(res.status).toBe(201);
      bidIds[bid.name] = res.body.id;
    }
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.goto(`/procurement/projects/${projectId}`);
    const sealed = page.getByTestId('bids-sealed');
    await sealed.waitFor();
    expect(await sealed.innerText()).toContain('已收到 3 份投标');
    // Opening before the deadline is refused by the database clock (R25).
    await page.getByTestId('step-close').click();
    await page.getByTestId('confirm-ok').click();
    const refusal = page.getByTestId('refusal');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('RULE_R25_BIDDING_OPEN');

    // Time passing: the deadline moved into the past (the database clock decides, R25).
    await scratchSql(
      bed.platform.databaseUrl,
      `UPDATE procurement.purchase_project SET bid_deadline = now() - interval '1 second' WHERE id = $1`,
      [projectId],
    );
    await runStep(page, 'close', 'BIDDING_CLOSED');
    const bids = page.getByTestId('bids-table');
    await bids.locator('tr', { hasText: BIDS[0].name }).waitFor();
    expect(await bids.getByTestId('bid-undertaker').count()).toBe(3);
    expect(await bids.locator('tr', { hasText: BIDS[0].name }).innerText()).toContain(
      '250,000.00 元',
    );
    await screenshot(page, 'procurement-bids');

    await runStep(page, 'panel', 'EVALUATING');
    await page.getByTestId('tab-panel').click();
    await page.getByTestId('panel-view').waitFor();
    const members = await page.getByTestId('panel-member').allInnerTexts();
    expect(members.sort()).toEqual(
      [reviewerName, EXPERTS[0].displayName, EXPERTS[1].displayName].sort(),
    );
    const recusals = page.getByTestId('panel-recusals');
    const recused = recusals.locator('tr', { hasText: EXPERTS[2].displayName });
    expect(await recused.innerText()).toContain(API_COMPANIES[0].name);
    expect(await recused.getByTestId('recusal-clause').getAttribute('data-clause')).toBe(
      'EMPLOYMENT',
    );
    expect(await page.getByTestId('panel-seed').innerText()).toMatch(/随机种子 \d+/);
    await screenshot(page, 'procurement-panel');
    expect(errors).toEqual([]);
    await close();
  });

  it('lets the demo reviewer score on a desktop, a criterion left out refused with 422 (R25)', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'reviewer');
    await menu(page, '采购评审');
    const tasks = page.getByTestId('panel-task');
    await tasks.first().waitFor();
    expect(await tasks.count()).toBe(3);
    const [first] = BIDS;
    const card = tasks.filter({ hasText: first.name });
    expect(await card.getByTestId('task-price').innerText()).toBe('250,000.00 元');
    await card.getByTestId('score-bid').click();
    const drawer = page.getByTestId('score-drawer');
    await page.locator('#bidScore_scores_plan').fill(String(first.plan));
    await page.getByTestId('score-ok').click();
    const refusal = drawer.getByTestId('refusal');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('RULE_R25_SCORE_RANGE');
    expect(await fieldError(page, 'bidScore_scores_team', '团队与经验')).toContain('0 至 100');
    await screenshot(page, 'procurement-score-refused');
    await page.locator('#bidScore_scores_team').fill(String(first.team));
    // What the sheet makes of the panel criteria: 50 × 0.90 + 30 × 0.80.
    await page.getByTestId('sheet-points').getByText('69.00', { exact: false }).waitFor();
    await page.getByTestId('score-ok').click();
    await drawer.waitFor({ state: 'hidden' });
    await card.getByTestId('task-scored').waitFor();
    expect(await card.getByTestId('sent-score').allInnerTexts()).toEqual([
      `服务方案 ${first.plan}`,
      `团队与经验 ${first.team}`,
    ]);
    await screenshot(page, 'procurement-panel-tasks');
    expect(errors).toEqual([]);
    await close();
  });

  it('fits the scoring on a 390 px phone, in Chinese and English', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'reviewer');
    // A phone: the side menu folds away, the tasks come one a line.
    await page.setViewportSize(PHONE);
    await page.goto('/procurement/panel');
    const tasks = page.getByTestId('panel-task');
    await tasks.first().waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    const score = async (bid: (typeof BIDS)[number], send: string) => {
      const card = tasks.filter({ hasText: bid.name });
      await card.getByTestId('score-bid').click();
      const drawer = page.getByTestId('score-drawer');
      await page.locator('#bidScore_scores_plan').fill(String(bid.plan));
      await page.locator('#bidScore_scores_team').fill(String(bid.team));
      expect(await page.getByTestId('score-ok').innerText()).toBe(send);
      // Layout widths are fractional (390.0000076 px): whole pixels are what a phone shows.
      const box = await drawer.boundingBox();
      expect(Math.round(box?.width ?? Infinity)).toBeLessThanOrEqual(PHONE.width);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      return { card, drawer };
    };
    const zh = await score(BIDS[1], '提交评分');
    await screenshot(page, 'procurement-score-phone');
    await page.getByTestId('score-ok').click();
    await zh.drawer.waitFor({ state: 'hidden' });
    await zh.card.getByTestId('task-scored').waitFor();

    await switchLanguage(page, 'English');
    await page
      .locator('.panel-tasks .ant-card-head-title', { hasText: 'Purchase evaluations' })
      .waitFor();
    const en = await score(BIDS[2], 'Send the scores');
    expect(await en.drawer.innerText()).toContain(
      'team and experience (weight 30, full score 100)',
    );
    await screenshot(page, 'procurement-score-phone-en');
    await page.getByTestId('score-ok').click();
    await en.drawer.waitFor({ state: 'hidden' });
    await en.card.getByTestId('task-scored').waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('awards in rank order on the announced criteria and shows the ranking with its totals (R25)', async () => {
    // The two other panel members score through the API, as the demo reviewer did.
    for (const expert of expertLogins) {
      for (const bid of BIDS) {
        const res = await expert('POST', `/v1/procurement/bids/${bidIds[bid.name]}/scores`, {
          scores: { plan: bid.plan, team: bid.team },
        });
        expect(res.status).toBe(200);
      }
    }
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    // The pool the panel came from, each expert with the ties they declared (R18).
    await menu(page, '采购评审专家');
    const pool = page.getByTestId('experts-table');
    await pool.getByTestId('expert-name').first().waitFor();
    expect(await pool.getByTestId('expert-name').count()).toBe(4);
    const tied = pool.locator('tr', { hasText: EXPERTS[2].displayName });
    expect(await tied.getByTestId('relation').getAttribute('data-kind')).toBe('EMPLOYEE');
    expect(await tied.innerText()).toContain(API_COMPANIES[0].name);
    await screenshot(page, 'procurement-experts');

    await page.goto(`/procurement/projects/${projectId}?tab=panel`);
    await page.getByTestId('panel-view').waitFor();
    expect(
      await page
        .getByTestId('member-progress')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-sheets'))),
    ).toEqual(['3', '3', '3']);
    await runStep(page, 'award', 'AWARDED');
    await page.getByTestId('tab-ranking').click();
    const ranking = page.getByTestId('ranking-table');
    await ranking.getByTestId('ranked-undertaker').first().waitFor();
    expect(await ranking.getByTestId('ranked-undertaker').allInnerTexts()).toEqual(
      BIDS.map((b) => b.name),
    );
    expect(await ranking.getByTestId('total-score').allInnerTexts()).toEqual(
      BIDS.map((b) => b.total),
    );
    expect(await ranking.getByTestId('rank').allInnerTexts()).toEqual(['1', '2', '3']);
    const winner = ranking.locator('tr', { hasText: BIDS[0].name });
    await winner.getByTestId('awarded-tag').waitFor();
    expect(await ranking.getByTestId('awarded-tag').count()).toBe(1);
    await screenshot(page, 'procurement-ranking');

    await switchLanguage(page, 'English');
    await page.getByRole('columnheader', { name: 'Total score' }).waitFor();
    expect(await page.getByTestId('project-status').innerText()).toBe('Awarded');
    await page.getByTestId('tab-objections').click();
    await page.getByTestId('objections-table').getByText('No objections').waitFor();
    await page.getByTestId('tab-contract').click();
    expect(await page.getByTestId('no-contract').innerText()).toContain('objection window');
    expect(errors).toEqual([]);
    await close();
  });
});
