import { readFileSync } from 'node:fs';
import { http, ProgrammeRequests, testRedisUrl, waitFor } from '@civic/testing';
import type { Locator } from 'playwright-core';
import { BATCHED, BUDGET_FEN, COMMITMENTS, CUSTODIAN, TAKEN, YEAR } from './fixtures/finance';
import { screenshot } from './harness/browser';
import { pickOption } from './harness/select';
import { startTestbed, type Testbed } from './harness/testbed';
import { logIn, switchLanguage } from './harness/ui';

jest.setTimeout(240_000);

type ApiAs = Awaited<ReturnType<Testbed['apiAs']>>;
interface Fund {
  fund: string;
  committedFen: number;
}

/** The table cell that says exactly `text`. */
const cell = (table: Locator, text: string) => table.getByRole('cell', { name: text, exact: true });

const BATCH_FEN = BATCHED.reduce((sum, p) => sum + p.amountFen, 0); // 19,000.00 yuan

/**
 * Funds, payments and disbursement batches in the admin UI (R26–R28): a maker composes a batch of
 * the payments programmes asked for, a checker (not the maker) approves it, the page follows its
 * payment until every payment has settled, and the results export.
 */
describe('admin UI: finance, from payments awaiting a batch to a paid batch', () => {
  let bed: Testbed;
  let maker: ApiAs;
  let programme: ProgrammeRequests;
  let batchId: string;
  let batchNumber: string;
  let otherBatchId: string;

  beforeAll(async () => {
    bed = await startTestbed();
    maker = await bed.apiAs('maker');
    const budget = { fund: 'VENTURE_PHILANTHROPY', fiscalYear: YEAR, amountFen: BUDGET_FEN };
    expect((await maker('POST', '/v1/finance/budgets', budget)).status).toBe(201);
    // A programme service's requests, on finance's inbox queue.
    programme = new ProgrammeRequests(testRedisUrl(), bed.platform.prefix);
    await programme.commitments(COMMITMENTS);
    await waitFor(
      'the commitments in the venture fund',
      async () => (await maker('GET', `/v1/finance/funds?fiscalYear=${YEAR}`)).body as Fund[],
      (funds) => funds.find((f) => f.fund === 'VENTURE_PHILANTHROPY')?.committedFen === 3_000_000,
    );
    await programme.disbursements([...BATCHED, TAKEN]);
    await waitFor(
      'the payments awaiting a batch',
      async () => (await maker('GET', '/v1/finance/payments?status=AWAITING_BATCH')).body,
      (page) => page.total === BATCHED.length + 1,
    );
  });

  afterAll(async () => {
    await programme?.close();
    await bed?.stop();
  });

  it('shows a maker the funds of the year and lets them appropriate a budget', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'maker');
    await page.getByTestId('side-menu').getByText('资金看板').click();
    const venture = page.getByTestId('fund-VENTURE_PHILANTHROPY');
    await venture.getByText('公益创投资金').waitFor();
    const text = await venture.innerText();
    expect(text).toContain('500,000.00 元'); // appropriated
    expect(text).toContain('470,000.00 元'); // available: 30,000.00 committed

    await page.getByRole('button', { name: /下达预算/ }).click();
    await pickOption(page, 'appropriate_fund', '孵化资金');
    await page.locator('#appropriate_amountYuan').fill('200000.5');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByTestId('fund-INCUBATION').getByText('200,000.50 元').first().waitFor();
    const incubation = (await maker('GET', `/v1/finance/funds?fiscalYear=${YEAR}`)).body.find(
      (f: { fund: string }) => f.fund === 'INCUBATION',
    );
    expect(incubation.appropriatedFen).toBe(20_000_050); // rule R26: yuan entered, fen sent
    expect(errors).toEqual([]);
    await close();
  });

  it('lets the maker pick payments awaiting a batch and compose a batch of them', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'maker');
    await page.getByTestId('side-menu').getByText('待拨付款项').click();
    const table = page.getByTestId('payments-table');
    for (const payment of BATCHED) await cell(table, payment.organizationName).waitFor();
    expect(await page.getByTestId('payments-sum').innerText()).toBe('共 4 笔，合计 22,000.00 元');
    const custodied = table.locator('tr', { hasText: BATCHED[1].organizationName });
    expect(await custodied.getByTestId('payee').innerText()).toContain(
      `${CUSTODIAN.custodianName} 代 ${BATCHED[1].organizationName} 收款`,
    );
    expect(await custodied.innerText()).toContain('****2222'); // masked account number

    for (const payment of BATCHED) {
      await table
        .locator('tr', { hasText: payment.organizationName })
        .locator('input[type="checkbox"]')
        .check();
    }
    expect(await page.getByTestId('payments-selected').innerText()).toBe(
      '已选 3 笔，合计 19,000.00 元',
    );
    await screenshot(page, 'finance-payments');

    await page.getByRole('button', { name: /组成拨付批次/ }).click();
    await page.locator('#compose_note').fill(`${YEAR} 年公益创投第一批`);
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.waitForURL(/\/finance\/batches\/[0-9a-f-]{36}$/);
    batchId = page.url().split('/').pop()!;
    batchNumber = await page.getByTestId('batch-number').innerText();
    expect(batchNumber).toMatch(/^PB-\d{4}-\d{6}$/);
    expect(await page.getByTestId('batch-status').getAttribute('data-status')).toBe('SUBMITTED');

    // Four eyes (R28): its maker is told they cannot check it, and has nothing to press.
    await page.getByTestId('own-batch').waitFor();
    expect(await page.getByTestId('approve').count()).toBe(0);
    const results = page.getByTestId('batch-payments-table');
    for (const payment of BATCHED) await cell(results, payment.organizationName).waitFor();
    await screenshot(page, 'finance-batch-submitted');
    // ...and the gateway refuses them if they try anyway.
    const tried = await maker('POST', `/v1/finance/batches/${batchId}/approve`, {
      comment: '同意',
    });
    expect(tried.status).toBe(403);
    expect(errors).toEqual([]);
    await close();
  });

  it('lets a checker approve the batch with a comment, then follows its payment to the end', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'checker');
    await page.getByTestId('side-menu').getByText('拨付批次').click();
    const row = page.getByTestId('batches-table').locator('tr', { hasText: batchNumber });
    await row.waitFor();
    expect(await row.innerText()).toContain('待复核');
    expect(await row.innerText()).toContain('19,000.00 元');
    await screenshot(page, 'finance-batches');
    await row.click();

    await page.getByTestId('approve').click();
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByText('此项为必填项').waitFor(); // no decision without a comment
    await page.locator('#decision_comment').fill('金额与项目资助协议一致，同意拨付。');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();

    // The page polls while the batch is paying, until every payment has its answer.
    await page.locator('[data-testid="batch-status"][data-status="PAID"]').waitFor();
    const progress = page.getByTestId('batch-progress');
    await page.locator('[data-testid="batch-progress"][data-percent="100"]').waitFor();
    expect(await progress.innerText()).toContain('3 / 3 笔');
    expect(await page.getByTestId('settled-count').innerText()).toContain('3 笔 · 19,000.00 元');
    expect(await page.getByTestId('decision-comment').innerText()).toBe(
      '金额与项目资助协议一致，同意拨付。',
    );
    const results = page.getByTestId('batch-payments-table');
    await results
      .locator('[data-status="SETTLED"]')
      .nth(BATCHED.length - 1)
      .waitFor();
    const rows = await results.locator('tr.ant-table-row').allInnerTexts();
    expect(rows).toHaveLength(BATCHED.length);
    for (const text of rows) {
      expect(text).toContain('已到账');
      expect(text).toMatch(/SIM[0-9A-F]{16}/); // the bank's reference
    }
    await screenshot(page, 'finance-batch-paid');
    const paid = (await maker('GET', `/v1/finance/batches/${batchId}`)).body;
    expect(paid).toMatchObject({ settledCount: 3, settledFen: BATCH_FEN, failedCount: 0 });

    // In English too: statuses, the progress, the results.
    await switchLanguage(page, 'English');
    await page.getByText('Payment results').waitFor();
    expect(await page.getByTestId('batch-status').innerText()).toBe('Paid');
    expect(await progress.innerText()).toContain('3 / 3 payments');
    expect(await results.locator('[data-status="SETTLED"]').first().innerText()).toBe('Settled');
    await screenshot(page, 'finance-batch-paid-en');
    await switchLanguage(page, '中文');

    // The export, fetched with the checker's token and saved from a blob.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${batchNumber}.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    for (const payment of BATCHED) expect(csv).toContain(payment.organizationName);

    // The fund shows the money paid out.
    await page.getByTestId('side-menu').getByText('资金看板').click();
    const venture = page.getByTestId('fund-VENTURE_PHILANTHROPY');
    await venture.getByText('19,000.00 元').first().waitFor();
    await screenshot(page, 'finance-dashboard');
    expect(errors).toEqual([]);
    await close();
  });

  it("shows the API's refusal when a chosen payment went into another batch meanwhile", async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'maker');
    await page.goto('/finance/payments');
    const row = page.getByTestId('payments-table').locator('tr', {
      hasText: TAKEN.organizationName,
    });
    await row.locator('input[type="checkbox"]').check();
    const other = await maker('POST', '/v1/finance/batches', { paymentIds: [TAKEN.paymentId] });
    expect(other.status).toBe(201);
    otherBatchId = other.body.id;

    await page.getByRole('button', { name: /组成拨付批次/ }).click();
    const [answer] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/finance/batches'),
      ),
      page.locator('.ant-modal-footer .ant-btn-primary').click(),
    ]);
    expect(answer.status()).toBe(422);
    const refusal = page.getByTestId('refusal');
    await refusal.waitFor();
    const said = await refusal.innerText();
    expect(said).toContain('不能加入批次'); // the API's message, in Chinese,
    expect(said).toContain(`${TAKEN.organizationName}（3,000.00 元）`); // naming the payment
    expect(said).not.toContain(TAKEN.paymentId);
    expect(page.url()).toMatch(/\/finance\/payments$/);
    await screenshot(page, 'finance-compose-refused');
    await page.locator('.ant-modal-footer .ant-btn').first().click(); // cancel: pick anew
    expect(await page.getByTestId('payments-selected').innerText()).toBe('已选 0 笔，合计 0.00 元');
    expect(errors).toEqual([]);
    await close();
  });

  it('explains, in the open dialog, that another checker decided the batch first', async () => {
    const admin = await bed.apiAs('admin');
    const password = 'Civic#2026-pass';
    const created = await admin('POST', '/v1/users', {
      username: 'checker2',
      displayName: '财务复核 黄敏',
      password,
      roles: ['finance_checker'],
    });
    expect(created.status).toBe(201);
    const token = await bed.platform.login('checker2', password);

    const { page, errors, close } = await bed.open();
    await logIn(page, 'checker');
    await page.goto(`/finance/batches/${otherBatchId}`);
    await page.getByTestId('reject').click();
    await page.locator('#decision_comment').fill('用途与资助协议不符，退回重做。');
    const quicker = await http(
      'POST',
      `${bed.platform.api}/v1/finance/batches/${otherBatchId}/approve`,
      { comment: '同意' },
      { token },
    );
    expect(quicker.status).toBe(200);
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    const refusal = page.getByTestId('refusal');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('BATCH_ALREADY_DECIDED');
    expect(await refusal.innerText()).toContain('该批次已被复核');
    await page.locator('[data-testid="batch-status"]:not([data-status="SUBMITTED"])').waitFor();
    expect(errors).toEqual([]);
    await close();
  });
});
