import { bindUser, http, waitFor } from '@civic/testing';
import type { Locator, Page } from 'playwright-core';
import { beijingTime } from '../src/common/beijing-time';
import { ELDERCARE, FUND_FEN, ORGANIZATION, YEAR } from './fixtures/lottery';
import {
  APPLICATION_COUNT,
  DESKTOP,
  DRAFT_TITLES,
  drafts,
  lotteryApplications,
  OPEN_CALL,
  PHONE,
} from './fixtures/phone';
import { screenshot } from './harness/browser';
import { watchPolicy } from './harness/csp';
import { startTestbed, type Testbed } from './harness/testbed';
import { logIn } from './harness/ui';

jest.setTimeout(300_000);

type ApiAs = Awaited<ReturnType<Testbed['apiAs']>>;

/**
 * The page's width, where nothing may scroll sideways on a 390 px phone, once its layout has
 * settled: antd's breakpoints answer a resize a render later, so it waits (up to 5 s) for the page
 * to fit before it measures; a page that never fits still fails the assertion with its width.
 */
async function pageWidth(page: Page): Promise<number> {
  await page
    .waitForFunction((max) => document.documentElement.scrollWidth <= max, PHONE.width, {
      timeout: 5_000,
    })
    .catch(() => undefined);
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** Whether an element lies wholly within the phone's width (not cut off at its right). */
async function withinPhone(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.x >= 0 && box.x + box.width <= PHONE.width;
}

/** Goes to the next page with the simple pager of a phone's list of cards. */
const nextPage = (pages: Locator) => pages.locator('.ant-pagination-next').click();

/**
 * The applicant's screens on a 390 px phone beside a 1440 px desktop (issue #18): the lists of
 * its lottery applications and venture proposals become cards (the status and the actions on
 * each) a page at a time; the side menu closes after a choice and opens from the header's button;
 * the header shows the user's whole name from a menu under the initial; nothing is wider than the
 * phone. The officer's review queue pages its whole programme as cards; the public notices search
 * all of a year's notices, offer only years with notices and give times in Beijing time (R23).
 */
describe('admin UI on a phone: the applicant lists, the menu, the header, the public notices', () => {
  let bed: Testbed;
  let applicant: ApiAs;
  let officer: ApiAs;
  let programmeId: string;
  let displayName: string;
  const approved: { projectName: string; id: string }[] = [];

  beforeAll(async () => {
    bed = await startTestbed({ withLotteryFund: true, withVenture: true });
    const admin = await bed.apiAs('admin');
    const org = await admin('POST', '/v1/organizations', ORGANIZATION);
    expect(org.status).toBe(201);
    await bindUser(admin, 'applicant', org.body.id);
    applicant = await bed.apiAs('applicant');
    displayName = (await applicant('GET', '/v1/auth/me')).body.displayName;
    const maker = await bed.apiAs('maker');
    for (const fund of ['LOTTERY_WELFARE', 'VENTURE_PHILANTHROPY']) {
      const budget = { fund, fiscalYear: YEAR, amountFen: FUND_FEN };
      expect((await maker('POST', '/v1/finance/budgets', budget)).status).toBe(201);
    }
    officer = await bed.apiAs('officer');
    const programme = await officer('POST', '/v1/lottery/programmes', ELDERCARE);
    expect(programme.status).toBe(201);
    programmeId = programme.body.id;
    // More applications than a page holds, each assessed (R13) so that the ranking is complete.
    const bodies = lotteryApplications(programmeId);
    for (const [i, body] of bodies.entries()) {
      const sent = await waitFor(
        'the organization at the lottery fund',
        () => applicant('POST', '/v1/lottery/applications', body),
        (res) => res.status !== 422 && res.status !== 404,
      );
      expect(sent.status).toBe(201);
      const merit = { merit: 90 - i, comment: '项目设计合理' };
      const assessed = await officer(
        'POST',
        `/v1/lottery/applications/${sent.body.id}/assessment`,
        merit,
      );
      expect(assessed.status).toBe(200);
      if (i < 2) approved.push({ projectName: body.projectName as string, id: sent.body.id });
    }
    // The two best approved (R14): each publishes its notice (R23).
    for (const { id } of approved) {
      const res = await officer('POST', `/v1/lottery/applications/${id}/approve`, {
        comment: '同意资助',
      });
      expect(res.status).toBe(200);
    }
    const call = await officer('POST', '/v1/venture/calls', OPEN_CALL);
    expect(call.status).toBe(201);
    for (const body of drafts(call.body.id)) {
      const draft = await waitFor(
        'the organization at venture',
        () => applicant('POST', '/v1/venture/proposals', body),
        (res) => res.status !== 409,
      );
      expect(draft.status).toBe(201);
    }
  });

  afterAll(() => bed?.stop());

  it('lists the lottery applications as a paged table at 1440 px and as paged cards with their status at 390 px', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'applicant');
    await page.goto('/lottery/applications');
    const list = page.getByTestId('my-applications');
    await list.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await list.locator('tbody tr.ant-table-row').count()).toBe(20);
    expect(await page.locator('.ant-pagination-total-text').innerText()).toBe(
      `共 ${APPLICATION_COUNT} 条`,
    );

    await page.setViewportSize(PHONE);
    const cards = page.getByTestId('my-applications-card');
    await cards.first().waitFor();
    expect(await list.locator('.ant-table').count()).toBe(0);
    expect(await cards.count()).toBe(20);
    // Every card has its status, in sight: those not decided yet say so.
    expect(await cards.getByTestId('card-status').count()).toBe(20);
    const waiting = cards.getByTestId('card-status').filter({ hasText: '待审核' });
    expect(await waiting.count()).toBeGreaterThanOrEqual(20 - 2);
    expect(await withinPhone(waiting.first())).toBe(true);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'phone-lottery-applications');

    const pages = page.getByTestId('my-applications-pages');
    expect(await withinPhone(pages)).toBe(true);
    await nextPage(pages);
    await cards.nth(APPLICATION_COUNT - 21).waitFor();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="my-applications-card"]').length === n,
      APPLICATION_COUNT - 20,
    );
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows each venture draft as a card with its status and its actions on a 390 px phone, a table row at 1440 px', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'applicant');
    await page.goto('/venture/mine');
    const row = page.getByTestId('my-proposals').locator('tr', { hasText: DRAFT_TITLES[0] });
    await row.getByTestId('delete-draft').waitFor();

    await page.setViewportSize(PHONE);
    const card = page.getByTestId('my-proposals-card').filter({ hasText: DRAFT_TITLES[0] });
    await card.waitFor();
    const status = card.getByTestId('card-status');
    expect(await status.innerText()).toContain('草稿');
    const actions = card.getByTestId('card-actions');
    expect(await actions.getByTestId('open-proposal').innerText()).toBe('继续编辑');
    for (const part of [status, actions.getByTestId('delete-draft')]) {
      expect(await withinPhone(part)).toBe(true);
    }
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'phone-venture-proposals');

    // The action works from the card: the draft is deleted (R17).
    await actions.getByTestId('delete-draft').click();
    await page.getByTestId('delete-draft-ok').click();
    await card.waitFor({ state: 'detached' });
    expect(await page.getByTestId('my-proposals-card').count()).toBe(DRAFT_TITLES.length - 1);
    expect(errors).toEqual([]);
    await close();
  });

  it('closes the side menu after a choice on a phone, opens it from the header, and shows the whole name from the header’s menu', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'applicant');
    // The desktop: the menu beside the page, the name in the header, no menu button.
    expect(await page.getByTestId('side-menu').isVisible()).toBe(true);
    expect(await page.getByTestId('menu-toggle').count()).toBe(0);
    expect(await page.getByTestId('current-user').innerText()).toContain(displayName);

    await page.setViewportSize(PHONE);
    const panel = page.getByTestId('side-panel');
    await page.locator('[data-testid="side-panel"][data-open="false"]').waitFor();
    // Closed: out of sight once its width has gone to 0.
    await page.getByTestId('side-menu').waitFor({ state: 'hidden' });
    await page.getByTestId('menu-toggle').click();
    await page.locator('[data-testid="side-panel"][data-open="true"]').waitFor();
    await page.getByTestId('side-menu').getByText('我的申请').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'phone-menu-open');

    await page.getByTestId('side-menu').getByText('我的申请').click();
    await page.waitForURL('**/lottery/applications');
    expect(await panel.getAttribute('data-open')).toBe('false');
    await page.getByTestId('menu-mask').waitFor({ state: 'detached' });
    await page.getByTestId('side-menu').waitFor({ state: 'hidden' });
    await page.getByTestId('my-applications-card').first().waitFor();

    // A tap beside the open menu closes it too, without leaving the page.
    await page.getByTestId('menu-toggle').click();
    await page.getByTestId('menu-mask').click({ position: { x: PHONE.width - 20, y: 400 } });
    await page.locator('[data-testid="side-panel"][data-open="false"]').waitFor();
    expect(page.url()).toContain('/lottery/applications');

    // The compact header: the initial, and the name in full with the language and logout.
    await page.goto('/venture/mine');
    await page.getByTestId('my-proposals-card').first().waitFor();
    const header = page.locator('.app-header');
    expect(await withinPhone(header)).toBe(true);
    expect(await page.getByTestId('current-user').count()).toBe(0);
    await page.getByTestId('user-menu').click();
    const user = page.getByTestId('user-menu-panel').getByTestId('current-user');
    await user.waitFor();
    expect(await user.innerText()).toContain(displayName);
    expect(await withinPhone(user)).toBe(true);
    expect(await page.getByTestId('user-menu-panel').getByTestId('logout').isVisible()).toBe(true);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'phone-header-menu');
    expect(errors).toEqual([]);
    await close();
  });

  it('pages the officer’s whole review queue, as cards with their status and actions on a phone (R13)', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.goto(`/lottery/review?programme=${programmeId}`);
    const queue = page.getByTestId('review-table');
    await queue.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await queue.locator('tbody tr.ant-table-row').count()).toBe(20);
    expect(await page.locator('.ant-pagination-total-text').innerText()).toBe(
      `共 ${APPLICATION_COUNT} 条`,
    );

    await page.setViewportSize(PHONE);
    const cards = page.getByTestId('review-table-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(20);
    // The first undecided one in rank order: its status, and approve and reject at its foot.
    const waiting = cards
      .filter({ has: page.locator('[data-testid="card-status"]', { hasText: '待审核' }) })
      .first();
    expect(await waiting.getByTestId('card-status').innerText()).toContain('待审核');
    for (const action of ['assess', 'approve', 'reject']) {
      expect(await withinPhone(waiting.getByTestId('card-actions').getByTestId(action))).toBe(true);
    }
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'phone-lottery-review-queue');
    await nextPage(page.getByTestId('review-table-pages'));
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="review-table-card"]').length === n,
      APPLICATION_COUNT - 20,
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('lets anyone search all of a year’s public notices, offering only years with notices, in Beijing time whatever the browser’s zone (R23)', async () => {
    const notices = (
      await http('GET', `${bed.platform.api}/v1/public/lottery/notices?fiscalYear=${YEAR}`)
    ).body.items as { title: string; publishedAt: string; content: { projectName: string } }[];
    expect(notices).toHaveLength(approved.length);
    const found = notices.find((n) => n.content.projectName === approved[1]!.projectName)!;

    // A reader in New York: the times are Beijing's all the same, and said to be.
    const context = await bed.browser.newContext({
      baseURL: bed.ui.url,
      locale: 'zh-CN',
      timezoneId: 'America/New_York',
      viewport: DESKTOP,
    });
    const page = await context.newPage();
    watchPolicy(page);
    await page.goto('/public/lottery');
    const cards = page.getByTestId('notice');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(approved.length);
    await page.locator('#public-year').click();
    const years = page.locator('.ant-select-dropdown .ant-select-item-option');
    await years.first().waitFor();
    expect(await years.allInnerTexts()).toEqual([`${YEAR} 年度`]);
    await page.keyboard.press('Escape');

    await page.setViewportSize(PHONE);
    await page.locator('#public-search').fill(found.content.projectName);
    await page.locator('#public-search').press('Enter');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="notice"]').length === 1,
    );
    const notice = cards.first();
    expect(await notice.innerText()).toContain(found.content.projectName);
    expect(await notice.innerText()).toContain(`${beijingTime(found.publishedAt)}（北京时间）`);
    expect(await page.getByTestId('time-zone-note').innerText()).toContain('北京时间');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'phone-lottery-public-search');

    await page.locator('#public-search').fill('没有这个项目');
    await page.locator('#public-search').press('Enter');
    await page.getByText('没有与搜索相符的公示').waitFor();
    await context.close();
  });
});
