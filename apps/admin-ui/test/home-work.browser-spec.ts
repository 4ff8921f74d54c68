import {
  commitmentRequest,
  disbursementRequest,
  ProgrammeRequests,
  testRedisUrl,
  waitFor,
} from '@civic/testing';
import type { Page } from 'playwright-core';
import { screenshot } from './harness/browser';
import { startTestbed, type Testbed } from './harness/testbed';
import { logIn, switchLanguage } from './harness/ui';

jest.setTimeout(240_000);

const PHONE = { width: 390, height: 844 };
const YEAR = new Date().getFullYear();

/** The card of one kind of work on the home page. */
const card = (page: Page, kind: string) =>
  page.locator(`[data-testid="work-card"][data-kind="${kind}"]`);

/**
 * The home page's work queue (issue #18) in Chromium, desktop and phone: a finance checker sees
 * the batch someone else made to check (four eyes, R28) with its count, and its link opens the
 * batch list filtered to the batches awaiting a checker; a maker on a phone sees the payments
 * awaiting a batch and opens them; someone with nothing waiting is told so. Who they are stays
 * below, folded.
 */
describe('admin UI: the work waiting on the home page (issue #18)', () => {
  let bed: Testbed;
  let programme: ProgrammeRequests;
  let awaiting: number;

  beforeAll(async () => {
    bed = await startTestbed();
    const maker = await bed.apiAs('maker');
    const checker = await bed.apiAs('checker');
    const budget = { fund: 'VENTURE_PHILANTHROPY', fiscalYear: YEAR, amountFen: 10_000_000 };
    expect((await maker('POST', '/v1/finance/budgets', budget)).status).toBe(201);
    programme = new ProgrammeRequests(testRedisUrl(), bed.platform.prefix);
    const commitments = [1, 2, 3, 4].map(() =>
      commitmentRequest({ fiscalYear: YEAR, amountFen: 300_000 }),
    );
    await programme.commitments(commitments);
    await programme.disbursements(commitments.map((c) => disbursementRequest(c)));
    const payments = await waitFor(
      'four payments awaiting a batch',
      async () => (await maker('GET', '/v1/finance/payments?status=AWAITING_BATCH')).body,
      (page) => page.total === 4,
    );
    const [first, second] = payments.items.map((p: { id: string }) => p.id);
    // One batch awaits its checker; another was rejected (its payment awaits a batch again).
    expect((await maker('POST', '/v1/finance/batches', { paymentIds: [first] })).status).toBe(201);
    const rejected = await maker('POST', '/v1/finance/batches', { paymentIds: [second] });
    const decision = { comment: '收款账户待核实' };
    const reject = await checker(
      'POST',
      `/v1/finance/batches/${rejected.body.id}/reject`,
      decision,
    );
    expect(reject.status).toBe(200);
    awaiting = (await maker('GET', '/v1/finance/payments?status=AWAITING_BATCH')).body.total;
    expect(awaiting).toBe(3);
  });

  afterAll(async () => {
    await programme?.close();
    await bed?.stop();
  });

  it('rule R28: shows a checker the batch to check with its count, and opens the list filtered to it (1440×900)', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'checker');
    const batches = card(page, 'finance.batches-to-check');
    await batches.waitFor();
    expect(await batches.innerText()).toContain('待复核的拨付批次');
    expect(await batches.getByTestId('work-count').getAttribute('data-count')).toBe('1');
    // Who the user is stays on the page, below the work and folded.
    const identity = page.getByTestId('home-identity');
    expect(await identity.innerText()).toContain('我的身份');
    expect(await identity.locator('.ant-collapse-item-active').count()).toBe(0);
    await screenshot(page, 'home-work-checker');

    await batches.getByTestId('work-link').click();
    await page.waitForURL('**/finance/batches?status=SUBMITTED');
    const table = page.getByTestId('batches-table');
    await table.getByTestId('batch-status').first().waitFor();
    const statuses = await table
      .getByTestId('batch-status')
      .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-status')));
    expect(statuses).toEqual(['SUBMITTED']); // the rejected batch is filtered out
    expect(await page.locator('.filter-select').innerText()).toContain('待复核');
    expect(errors).toEqual([]);
    await close();
  });

  it('rule R28: shows a maker on a phone the payments awaiting a batch, not the batch they made, and opens them (390×844)', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'maker');
    await page.setViewportSize(PHONE);
    const payments = card(page, 'finance.payments-to-batch');
    await payments.waitFor();
    expect(await payments.getByTestId('work-count').getAttribute('data-count')).toBe(
      String(awaiting),
    );
    expect(await card(page, 'finance.batches-to-check').count()).toBe(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'home-work-maker-phone');

    await payments.getByTestId('work-link').click();
    await page.waitForURL('**/finance/payments');
    const sum = page.getByTestId('payments-sum');
    await sum.filter({ hasText: `共 ${awaiting} 笔` }).waitFor();
    expect(await page.getByTestId('payments-table').locator('tbody tr.ant-table-row').count()).toBe(
      awaiting,
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('tells someone with nothing waiting so, in English too', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'street');
    const empty = page.getByTestId('work-empty');
    await empty.waitFor();
    expect(await empty.innerText()).toContain('暂无待办事项');
    expect(await page.getByTestId('work-card').count()).toBe(0);
    await switchLanguage(page, 'English');
    await empty.filter({ hasText: 'Nothing waiting' }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });
});
