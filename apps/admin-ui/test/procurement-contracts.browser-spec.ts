import { waitFor } from '@civic/testing';
import type { Page } from 'playwright-core';
import { awardedPurchases } from './fixtures/contract-purchases';
import {
  ACCOUNT,
  FINAL,
  INDICATORS,
  MONITORING,
  MULTI_YEAR_CONTRACT,
  WINNER,
  YEAR,
  YEARLY_TITLE,
} from './fixtures/procurement-contracts';
import { screenshot } from './harness/browser';
import { pickOption } from './harness/select';
import { startTestbed, type Testbed } from './harness/testbed';
import { fieldError, logIn, switchLanguage } from './harness/ui';

jest.setTimeout(300_000);

type Contract = {
  id: string;
  status: string;
  bankAccount: { accountNumber: string };
  years: { commitment: string; instalments: { key: string; amountFen: number }[] }[];
  evaluations: { kind: string; decision?: string; withheldFen?: number }[];
};

const PHONE = { width: 390, height: 844 };

/** How far the page is wider than the window: 0 when nothing scrolls sideways. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - window.innerWidth;
  });

const instalment = (page: Page, key: string) =>
  page.locator(`[data-testid="instalment"][data-key="${key}"]`).first();

/** Types one evaluation into the open drawer: its kind and evaluator, the scores, a comment. */
async function typeEvaluation(
  page: Page,
  kind: string,
  evaluator: string,
  spec: { name: string; scores: number[]; total: string; comment: string },
) {
  const drawer = page.getByTestId('evaluate-drawer');
  await drawer.locator('#evaluation_evaluatorName').waitFor();
  await drawer.locator('#evaluation_kind').getByText(kind, { exact: true }).click();
  await drawer.locator('#evaluation_evaluator').getByText(evaluator, { exact: true }).click();
  await drawer.locator('#evaluation_evaluatorName').fill(spec.name);
  for (const [i, score] of spec.scores.entries()) {
    await drawer.locator(`#evaluation_scores_${i}_score`).fill(String(score));
  }
  await drawer.locator('#evaluation_comment').fill(spec.comment);
  // The total, added up as the scores are typed (R25).
  await drawer.locator(`[data-testid="evaluation-total"][data-total="${spec.total}"]`).waitFor();
  return drawer;
}

/**
 * Contracts and their performance as officers manage them in the admin UI (R25, R27, R28; Order
 * 102 art. 23–24). Two purchases run through the API to their award (the only SQL moves the bid
 * deadline and the objection window into the past: time passing). In the browser the officer
 * signs the first on its project page (a 13-month term for an item not flagged stable refused,
 * naming art. 24) and sees its first year committed at finance; records a monitoring check (a
 * final evaluation before it refused) and a failing final evaluation that holds the final
 * instalment; renews a two-year contract's second year, refused until that year has a budget;
 * finds both in the contracts list by status, and reads a contract on 1440 px and on a 390 px
 * phone, in Chinese and English.
 */
describe('admin UI: purchase contracts and their performance for officers (R25, R27)', () => {
  let bed: Testbed;
  let purchases: Awaited<ReturnType<typeof awardedPurchases>>;
  let contractId = '';

  const api = (method: string, path: string, body?: unknown) => purchases.api(method, path, body);
  const contract = async (id: string) =>
    (await api('GET', `/v1/procurement/contracts/${id}`)).body as Contract;

  beforeAll(async () => {
    bed = await startTestbed({ withProcurement: true });
    purchases = await awardedPurchases(bed);
  });

  afterAll(() => bed?.stop());

  it('signs an awarded project’s contract: a 13-month term refused naming art. 24, then the first year committed (R25, R27)', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.goto(`/procurement/projects/${purchases.projects.yearly}?tab=contract`);
    await page.getByTestId('sign-contract').click();
    const drawer = page.getByTestId('sign-drawer');
    // The awarded undertaker and price; the account in its name to start from.
    await drawer.locator('#contract_months').waitFor();
    expect(await drawer.getByTestId('sign-awarded').innerText()).toContain('250,000.00 元');
    expect(await drawer.locator('#contract_bankAccount_accountName').inputValue()).toBe(WINNER);
    expect(await drawer.locator('#contract_months').inputValue()).toBe('12');
    for (const [i, indicator] of INDICATORS.entries()) {
      await drawer.locator(`#contract_indicators_${i}_name`).fill(indicator.name);
      await drawer.locator(`#contract_indicators_${i}_target`).fill(indicator.target);
    }
    expect(await drawer.getByTestId('indicator-weights').getAttribute('data-total')).toBe('100');
    await drawer.locator('#contract_bankAccount_accountNumber').fill(ACCOUNT.accountNumber);
    await pickOption(page, 'contract_bankAccount_bankCode', ACCOUNT.bank, true);
    await drawer.locator('#contract_bankAccount_bankName').fill(ACCOUNT.branch);

    // Thirteen months for an item not flagged stable: art. 24 refuses it, before the term the
    // announcement stated is even compared.
    await drawer.locator('#contract_months').fill('13');
    await drawer.getByTestId('sign-ok').click();
    const refusal = drawer.getByTestId('refusal');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('RULE_R25_CONTRACT_TERM_TOO_LONG');
    expect(await refusal.locator('.ant-alert-title').innerText()).toContain('第二十四条');
    expect(await fieldError(page, 'contract_months', '13 个月')).toContain('非稳定类项目');
    await screenshot(page, 'procurement-contract-refused');
    expect(
      (await api('GET', `/v1/procurement/projects/${purchases.projects.yearly}`)).body.status,
    ).toBe('AWARDED');

    await drawer.locator('#contract_months').fill('12');
    await drawer.getByTestId('sign-ok').click();
    await page.getByTestId('contract-title').getByText(YEARLY_TITLE).waitFor();
    contractId = page.url().split('/').pop()!;
    // Finance commits the first year; the page follows it (R27).
    await page.locator('[data-testid="year-commitment"][data-commitment="COMMITTED"]').waitFor();
    expect(await page.getByTestId('year-commitment').innerText()).toBe('资金已落实');
    expect(await instalment(page, 'SIGNING').innerText()).toContain('100,000.00 元'); // 40 %
    expect(await instalment(page, 'SIGNING').innerText()).toContain('已放行支付');
    const signed = await contract(contractId);
    expect(signed.years.map((y) => y.commitment)).toEqual(['COMMITTED']);
    expect(signed.years[0].instalments.map((i) => [i.key, i.amountFen])).toEqual([
      ['SIGNING', 10_000_000],
      ['MONITORING', 7_500_000],
      ['FINAL', 7_500_000],
    ]);
    // The account number sealed and shown masked (R30).
    expect(signed.bankAccount.accountNumber).not.toBe(ACCOUNT.accountNumber);
    expect(await page.locator('body').innerText()).not.toContain(ACCOUNT.accountNumber);
    await screenshot(page, 'procurement-contract-signed');
    expect(errors).toEqual([]);
    await close();
  });

  it('records a monitoring check (a final evaluation before it refused), then a failing final evaluation holds the final instalment (R25)', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.goto(`/procurement/contracts/${contractId}`);
    await page.getByTestId('evaluate').click();
    let drawer = await typeEvaluation(page, '结项评价', '第三方机构', MONITORING);
    await drawer.getByTestId('evaluate-ok').click();
    const refusal = drawer.getByTestId('refusal');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('RULE_R25_MONITORING_OPEN');
    expect(await fieldError(page, 'evaluation_kind', '履约监测')).toContain('结项评价');

    await drawer.locator('#evaluation_kind').getByText('履约监测', { exact: true }).click();
    await drawer.getByTestId('evaluate-ok').click();
    await drawer.waitFor({ state: 'hidden' });
    const evaluations = page.getByTestId('evaluations').getByTestId('evaluation');
    await evaluations.first().waitFor();
    const monitoring = await evaluations.first().innerText();
    expect(monitoring).toContain('第 1 年 履约监测');
    expect(monitoring).toContain('88.00 分');
    expect(monitoring).toContain('合格');
    await instalment(page, 'MONITORING').getByText('已放行支付').waitFor();

    // The year's final evaluation fails (45, under 50): the final instalment is held.
    await page.getByTestId('evaluate').click();
    drawer = await typeEvaluation(page, '结项评价', '购买主体', FINAL);
    await drawer.getByTestId('evaluate-ok').click();
    await drawer.waitFor({ state: 'hidden' });
    await evaluations.nth(1).waitFor();
    const final = await evaluations.nth(1).innerText();
    expect(final).toContain('第 1 年 结项评价');
    expect(final).toContain('45.00 分');
    expect(final).toContain('不合格');
    expect(final).toContain('尾款暂停支付');
    await instalment(page, 'FINAL').getByText('暂缓支付').waitFor();
    await page.locator('[data-testid="contract-status"]', { hasText: '已完成' }).waitFor();
    expect(await page.getByTestId('evaluate').count()).toBe(0);
    const evaluated = await contract(contractId);
    expect(evaluated.status).toBe('COMPLETED');
    expect(evaluated.evaluations.map((e) => [e.kind, e.decision])).toEqual([
      ['MONITORING', 'RELEASE'],
      ['FINAL', 'HOLD'],
    ]);
    await screenshot(page, 'procurement-contract-evaluated');
    expect(errors).toEqual([]);
    await close();
  });

  it('renews a two-year contract’s second year only against that year’s budget (R27; art. 24)', async () => {
    // Set-up through the API: the stable item's 24-month contract, its first year committed.
    const signed = await api(
      'POST',
      `/v1/procurement/projects/${purchases.projects.multiYear}/contract`,
      MULTI_YEAR_CONTRACT,
    );
    expect(signed.status).toBe(201);
    const id = signed.body.id as string;
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.goto(`/procurement/contracts/${id}`);
    await page.locator('[data-testid="contract-year"][data-year="2"]').waitFor();
    await page.getByTestId('renew').click();
    await page.getByTestId('renew-ok').click();
    const refusal = page.getByTestId('refusal');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('RULE_R27_RENEWAL_NO_BUDGET');
    expect(await refusal.innerText()).toContain('没有当年预算');
    await screenshot(page, 'procurement-contract-renewal-refused');

    await purchases.appropriate(YEAR + 1);
    await waitFor(
      'year 1 committed',
      () => contract(id),
      (c) => c.years[0].commitment === 'COMMITTED',
    );
    await page.getByTestId('renew').click();
    await page.getByTestId('renew-ok').click();
    const second = page.locator('[data-testid="contract-year"][data-year="2"]');
    await second.locator('[data-testid="year-commitment"][data-commitment="COMMITTED"]').waitFor();
    expect(await page.getByTestId('refusal').count()).toBe(0);
    expect(await page.getByTestId('renew').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('lists the contracts by status, and fits a contract on 1440 px and on a 390 px phone, in Chinese and English', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.getByTestId('side-menu').getByText('合同履约', { exact: true }).click();
    const table = page.getByTestId('contracts-table');
    await table.getByTestId('contract-link').first().waitFor();
    expect(await table.getByTestId('contract-link').count()).toBe(2);
    await pickOption(page, 'contracts-status', '已完成');
    await page.locator('.ant-pagination-total-text', { hasText: '共 1 条' }).waitFor();
    const row = table.locator('tr', { hasText: YEARLY_TITLE });
    expect(await row.innerText()).toContain('第 1 年结项评价 45.00 分 · 不合格');
    await screenshot(page, 'procurement-contracts');
    await row.getByTestId('contract-link').click();
    await page.getByTestId('contract-title').getByText(YEARLY_TITLE).waitFor();
    await instalment(page, 'FINAL').waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'procurement-contract');

    await page.setViewportSize(PHONE);
    await instalment(page, 'FINAL').waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'procurement-contract-phone');
    await switchLanguage(page, 'English');
    await page.getByTestId('evaluations').getByText('Evaluations', { exact: true }).waitFor();
    expect(await instalment(page, 'FINAL').innerText()).toContain('Held');
    expect(await page.getByTestId('evaluations').innerText()).toContain(
      'the final instalment is held',
    );
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'procurement-contract-phone-en');
    expect(errors).toEqual([]);
    await close();
  });
});
