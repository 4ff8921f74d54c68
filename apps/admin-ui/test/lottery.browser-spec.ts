import { bindUser, http, waitFor } from '@civic/testing';
import type { Locator, Page } from 'playwright-core';
import {
  APPLICATION,
  BANNED_DESCRIPTION,
  DISABILITY,
  disabilityApplication,
  ELDERCARE,
  FUND_FEN,
  LAST_YEAR,
  LAST_YEAR_ELDERCARE,
  lastYearApplication,
  ORGANIZATION,
  REPORT_SUMMARY,
  YEAR,
} from './fixtures/lottery';
import { screenshot } from './harness/browser';
import { pickOption } from './harness/select';
import { startTestbed, type Testbed } from './harness/testbed';
import { fieldError, logIn } from './harness/ui';

jest.setTimeout(300_000);

type ApiAs = Awaited<ReturnType<Testbed['apiAs']>>;
interface Application {
  id: string;
  projectName: string;
  status: string;
  priority: { bonus: number; reasons: { code: string; messageZh: string }[] };
  merit?: number;
  payment?: { paymentId: string };
}

interface Notice {
  id: string;
  kind: string;
  content?: Record<string, unknown>;
  corrects?: string;
  objectionCount: number;
}

const ZH = {
  ELDERLY: '老年人',
  DISABLED: '残疾人',
  SERVICE_DELIVERY: '服务提供',
  MATERIALS: '物资',
  PUBLICITY: '宣传（含彩票公益金资助标识）',
} as Record<string, string>;

/** Types the demo application into the form, the first budget line described as `first`. */
async function fillApplication(page: Page, programmeName: string, first: string) {
  const field = (id: string) => page.locator(`#apply_${id}`);
  await pickOption(page, 'apply_programmeId', programmeName);
  await field('projectName').fill(APPLICATION.projectName);
  for (const [i, b] of APPLICATION.beneficiaries.entries()) {
    if (i > 0) await page.getByRole('button', { name: /添加服务对象/ }).click();
    await pickOption(page, `apply_beneficiaries_${i}_group`, ZH[b.group]);
    await field(`beneficiaries_${i}_count`).fill(String(b.count));
  }
  for (const [i, line] of APPLICATION.budgetLines.entries()) {
    if (i > 0) await page.getByRole('button', { name: /添加预算明细/ }).click();
    await pickOption(page, `apply_budgetLines_${i}_category`, ZH[line.category]);
    await field(`budgetLines_${i}_description`).fill(i === 0 ? first : line.description);
    await field(`budgetLines_${i}_amountYuan`).fill(String(line.amountFen / 100));
  }
  await field('contactName').fill(APPLICATION.contactName);
  await field('contactPhone').fill(APPLICATION.contactPhone);
  await field('bankAccount_accountName').fill(APPLICATION.bankAccount.accountName);
  await field('bankAccount_accountNumber').fill(APPLICATION.bankAccount.accountNumber);
  await pickOption(page, 'apply_bankAccount_bankCode', '中国工商银行', true); // R28: from the list
  await field('bankAccount_bankName').fill(APPLICATION.bankAccount.bankName);
}

/** Scores an application's merit in the review queue (R13) and waits until the row shows it. */
async function assess(page: Page, row: Locator, merit: number) {
  await row.getByTestId('assess').click();
  await page.locator('#assessment_merit').fill(String(merit));
  await page.locator('#assessment_comment').fill('项目设计合理，服务对象明确');
  await page.getByTestId('assess-ok').click();
  await row.getByTestId('merit').getByText(String(merit)).waitFor();
}

/** Picks a programme in the review queue's select. */
async function chooseProgramme(page: Page, name: string) {
  await page.getByTestId('programme-select').click();
  await page.locator('.ant-select-dropdown .ant-select-item-option', { hasText: name }).click();
  await page.getByTestId('programme-select').getByText(name).waitFor();
}

/**
 * A lottery welfare fund subsidy from end to end in the admin UI (R7, R13, R20–R23, R26–R28): an
 * applicant applies (a banned budget line is refused on its line), an officer approves from the
 * queue by priority (and confirms an approval below the eldercare floor), finance batches and pays
 * it, the applicant sees it paid, and anyone sees the notice without logging in.
 */
describe('admin UI: lottery welfare fund, from application to public notice', () => {
  let bed: Testbed;
  let officer: ApiAs;
  let applicant: ApiAs;
  let maker: ApiAs;
  let organizationName: string;
  let eldercareId: string;
  let disabilityId: string;
  let batchUrl: string;

  const publicNotices = async (fiscalYear: number) =>
    (await http('GET', `${bed.platform.api}/v1/public/lottery/notices?fiscalYear=${fiscalYear}`))
      .body.items as Notice[];
  const applications = async (programmeId: string) =>
    (await officer('GET', `/v1/lottery/applications?programmeId=${programmeId}`)).body
      .items as Application[];

  beforeAll(async () => {
    bed = await startTestbed({ withLotteryFund: true });
    const admin = await bed.apiAs('admin');
    const org = await admin('POST', '/v1/organizations', ORGANIZATION);
    expect(org.status).toBe(201);
    organizationName = org.body.name;
    await bindUser(admin, 'applicant', org.body.id);
    maker = await bed.apiAs('maker');
    const budget = { fund: 'LOTTERY_WELFARE', fiscalYear: YEAR, amountFen: FUND_FEN };
    expect((await maker('POST', '/v1/finance/budgets', budget)).status).toBe(201);
    officer = await bed.apiAs('officer');
    const eldercare = await officer('POST', '/v1/lottery/programmes', ELDERCARE);
    expect(eldercare.status).toBe(201);
    eldercareId = eldercare.body.id;
    const disability = await officer('POST', '/v1/lottery/programmes', DISABILITY);
    expect(disability.status).toBe(201);
    disabilityId = disability.body.id;
    applicant = await bed.apiAs('applicant');
  });

  afterAll(() => bed?.stop());

  it('shows the applicant a banned budget line refused on its line (R22), then takes the application', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'applicant');
    await page.getByTestId('side-menu').getByText('申请资助').click();
    await fillApplication(page, ELDERCARE.name, BANNED_DESCRIPTION);
    expect(await page.getByTestId('requested-total').innerText()).toContain('50,000.00 元');
    await page.locator('form#apply button[type="submit"]').click();

    const said = await fieldError(page, 'apply_budgetLines_0_description', '工资');
    expect(said).toContain('R22');
    await page.getByTestId('apply-refused').waitFor();
    await screenshot(page, 'lottery-apply-refused');
    expect((await applicant('GET', '/v1/lottery/applications')).body.total).toBe(0);

    await page
      .locator('#apply_budgetLines_0_description')
      .fill(APPLICATION.budgetLines[0].description);
    await page.locator('form#apply button[type="submit"]').click();
    await page.waitForURL(/\/lottery\/applications$/);
    const row = page.getByTestId('my-applications').locator('tr', {
      hasText: APPLICATION.projectName,
    });
    await row.locator('[data-status="SUBMITTED"]').waitFor();
    expect(await row.innerText()).toContain('待审核');
    const [stored] = (await applicant('GET', '/v1/lottery/applications')).body.items;
    // Rule R26: yuan typed, fen sent; the lines add up to the request (R17).
    expect(stored).toMatchObject({ requestedFen: 5_000_000, beneficiaryTotal: 135 });
    expect(stored.budgetLines.map((l: { amountFen: number }) => l.amountFen)).toEqual([
      3_000_000, 1_500_000, 500_000,
    ]);
    expect(errors).toEqual([]);
    await close();
  });

  it('lets the officer assess the applications, then approve in rank order with each reason, and confirm below the eldercare floor (R13, R14, R21)', async () => {
    const other = await applicant('POST', '/v1/lottery/applications', {
      ...disabilityApplication(disabilityId),
    });
    expect(other.status).toBe(201);
    const [application] = await applications(eldercareId);

    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.getByTestId('side-menu').getByText('资助审核').click();
    await chooseProgramme(page, ELDERCARE.name);
    const row = page.getByTestId('review-table').locator('tr', { hasText: organizationName });
    await row.getByTestId('priority-bonus').waitFor();
    expect(await row.getByTestId('priority-bonus').innerText()).toContain(
      `+${application.priority.bonus}%`,
    );
    const reasons = await row.getByTestId('priority-reason').allInnerTexts();
    expect(reasons).toHaveLength(application.priority.reasons.length);
    for (const reason of application.priority.reasons) {
      expect(reasons.join('\n')).toContain(reason.messageZh);
    }
    expect(await row.innerText()).toContain('50,000.00 元');
    expect(await row.innerText()).toContain('城市'); // where the project runs
    await page.getByTestId('annual-disclosure').waitFor();
    // Not assessed yet: it has no rank, and approvals wait for the whole ranking (R13).
    await row.getByTestId('unassessed').waitFor();
    await page.getByTestId('unassessed-warning').waitFor();
    expect(await row.getByTestId('approve').isDisabled()).toBe(true);
    await screenshot(page, 'lottery-review-queue');

    await assess(page, row, 80);
    await page.getByTestId('unassessed-warning').waitFor({ state: 'detached' });
    // A rural organization is funded from the rural reserve first (R14), and says so.
    const outcome = row.locator('[data-testid="outcome"][data-outcome="FUNDED_FROM_RESERVE"]');
    await outcome.waitFor();
    expect(await outcome.getByTestId('outcome-reason').innerText()).toContain('农村预留');
    expect(await row.getByTestId('rank').innerText()).toBe('1');
    const bonus = application.priority.bonus;
    const score = await row.getByTestId('rank-score').innerText();
    expect(score).toContain(`排序分 ${(80 * (100 + bonus)) / 100}`);
    expect(score).toContain(`= 80 ×（1 + ${bonus}%）`);
    expect(await page.getByTestId('ranking-summary').innerText()).toContain('农村预留（30%）');
    await screenshot(page, 'lottery-review-ranking');

    await row.getByTestId('approve').click();
    await page.locator('#decision_comment').fill('符合扶老用途，同意资助');
    await page.getByTestId('decision-ok').click();
    await row
      .locator('[data-testid="application-status"]:not([data-status="SUBMITTED"])')
      .waitFor();
    // Approved, it keeps its money whatever the ranking says later (R14).
    await row.getByTestId('held').waitFor();

    // The disability application would leave the year below the 55 % eldercare floor (R21).
    await chooseProgramme(page, DISABILITY.name);
    const second = page.getByTestId('review-table').locator('tr', {
      hasText: '残疾人社区康复训练',
    });
    await second.getByTestId('unassessed').waitFor();
    await assess(page, second, 75);
    await second.getByTestId('approve').click();
    await page.locator('#decision_comment').fill('康复需求迫切，同意资助');
    await page.getByTestId('decision-ok').click();
    const warning = page.getByTestId('eldercare-warning');
    await warning.waitFor();
    expect(await warning.innerText()).toContain('55');
    expect(await page.getByTestId('decision-ok').innerText()).toContain('仍然批准');
    await page.getByTestId('decision-ok').click();
    await second
      .locator('[data-testid="application-status"]:not([data-status="SUBMITTED"])')
      .waitFor();
    const [disability] = await applications(disabilityId);
    expect(disability.status).not.toBe('SUBMITTED');
    expect(disability.merit).toBe(75);
    expect(errors).toEqual([]);
    await close();
  });

  it('lets the maker batch the payments and the checker approve them in the finance pages', async () => {
    for (const programmeId of [eldercareId, disabilityId]) {
      await waitFor(
        'the commitment at finance',
        () => applications(programmeId),
        ([a]) => a.status === 'COMMITTED',
      );
    }
    await waitFor(
      'the payments awaiting a batch',
      async () => (await maker('GET', '/v1/finance/payments?status=AWAITING_BATCH')).body,
      (page) => page.total === 2,
    );
    const made = await bed.open();
    await logIn(made.page, 'maker');
    await made.page.goto('/finance/payments');
    const rows = made.page.getByTestId('payments-table').locator('tr', {
      hasText: organizationName,
    });
    await rows.nth(1).waitFor();
    for (const i of [0, 1]) await rows.nth(i).locator('input[type="checkbox"]').check();
    await made.page.getByRole('button', { name: /组成拨付批次/ }).click();
    await made.page.locator('#compose_note').fill(`${YEAR} 年彩票公益金第一批`);
    await made.page.locator('.ant-modal-footer .ant-btn-primary').click();
    await made.page.waitForURL(/\/finance\/batches\/[0-9a-f-]{36}$/);
    batchUrl = new URL(made.page.url()).pathname;
    expect(made.errors).toEqual([]);
    await made.close();

    const { page, errors, close } = await bed.open();
    await logIn(page, 'checker');
    await page.goto(batchUrl);
    await page.getByTestId('approve').click();
    await page.locator('#decision_comment').fill('与资助决定一致，同意拨付。');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.locator('[data-testid="batch-status"][data-status="PAID"]').waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the applicant the application paid', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'applicant');
    await page.getByTestId('side-menu').getByText('我的申请').click();
    const row = page.getByTestId('my-applications').locator('tr', {
      hasText: APPLICATION.projectName,
    });
    // The page follows applications on their way through finance.
    await row.locator('[data-status="PAID"]').waitFor({ timeout: 30_000 });
    expect(await row.innerText()).toContain('已拨付');
    expect(await row.innerText()).toContain('符合扶老用途，同意资助');
    expect(await row.getByTestId('payment-info').innerText()).toMatch(/SIM[0-9A-F]{16}/);
    expect(errors).toEqual([]);
    await close();
  });

  it('lets an officer correct a project notice in the UI, and shows the public the correction with the old notice marked (R23)', async () => {
    await waitFor(
      'both notices',
      () => publicNotices(YEAR),
      (list) => list.length === 2,
    );

    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.getByTestId('side-menu').getByText('信息公开管理').click();
    const row = page.getByTestId('notices-table').locator('tr', {
      hasText: '残疾人社区康复训练',
    });
    await row.getByTestId('correct-notice').click();
    // The form starts from what the notice says; the reason is required.
    const phone = page.locator('#correction_content_contactPhone');
    expect(await phone.inputValue()).toBe(APPLICATION.contactPhone);
    expect(await page.locator('#correction_content_amountYuan').inputValue()).toBe('50000.00');
    await phone.fill('0771-5559999');
    await page.getByTestId('correct-ok').click();
    await fieldError(page, 'correction_reason', '必填');
    await page.locator('#correction_reason').fill('联系电话有误');
    await page.locator('.ant-form-item-explain-error').waitFor({ state: 'detached' });
    await screenshot(page, 'lottery-notice-correction');
    await page.getByTestId('correct-ok').click();
    await page.getByText('更正公告已发布').waitFor();
    // The old notice stays, corrected; the correction is in force and cannot be corrected twice.
    const old = page.getByTestId('notices-table').locator('tr', {
      has: page.locator('[data-testid="notice-state"][data-in-force="false"]'),
    });
    await old.waitFor();
    expect(await old.innerText()).toContain('残疾人社区康复训练');
    expect(await old.getByTestId('correct-notice').count()).toBe(0);
    const correction = page.getByTestId('notices-table').locator('tr', { hasText: '【更正】' });
    expect(await correction.innerText()).toContain('联系电话有误');
    await screenshot(page, 'lottery-notices');
    const stored = (await publicNotices(YEAR)).find((n) => n.corrects);
    expect(stored?.content).toMatchObject({ contactPhone: '0771-5559999', amountFen: 5_000_000 });
    expect(errors).toEqual([]);

    await page.goto('/public/lottery');
    const replaced = page.locator('[data-testid="notice"][data-in-force="false"]');
    await replaced.waitFor();
    expect(await replaced.getByTestId('corrected').innerText()).toContain('已更正');
    await replaced.getByText('查看更正后的公告').click();
    const shown = page.locator(`#notice-${stored!.id}`);
    expect(await shown.getByTestId('correction').innerText()).toContain('联系电话有误');
    expect(await shown.innerText()).toContain('0771-5559999');
    expect(errors).toEqual([]);
    await close();
  });

  it('shows anyone, without logging in, the funded projects labelled 彩票公益金资助 (R23)', async () => {
    const { page, errors, close } = await bed.open();
    await page.goto('/login');
    await page.getByTestId('public-lottery-link').click();
    await page.waitForURL(/\/public\/lottery$/);
    const notice = page.getByTestId('notice').filter({ hasText: APPLICATION.projectName });
    await notice.waitFor();
    expect(await notice.getByTestId('lottery-label').innerText()).toBe('彩票公益金资助');
    const text = await notice.innerText();
    expect(text).toContain('50,000.00 元');
    expect(text).toContain(APPLICATION.contactName);
    expect(text).toContain(APPLICATION.contactPhone);
    expect(text).toContain('扶老');
    await notice.getByTestId('objections-until').waitFor();
    await page.getByTestId('correction').getByText('联系电话有误').waitFor();
    await screenshot(page, 'lottery-public');

    await notice.getByTestId('object').click();
    const form = notice.getByTestId('objection-form');
    await form.locator('input').nth(0).fill('王先生');
    await form.locator('input').nth(1).fill('13800000000');
    await form.locator('textarea').fill('该组织去年同类项目尚未结项，请核实。');
    await form.locator('button[type="submit"]').click();
    await page.getByText('已收到您的异议').waitFor();
    const after = (await publicNotices(YEAR)).find(
      (n) => n.content?.projectName === APPLICATION.projectName,
    );
    expect(after?.objectionCount).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('lets an officer publish a finished year’s annual report, then correct it with a reason, and shows it to the public (R23)', async () => {
    // Last year: a budget at finance, an eldercare programme, one application assessed and approved.
    const budget = { fund: 'LOTTERY_WELFARE', fiscalYear: LAST_YEAR, amountFen: FUND_FEN };
    expect((await maker('POST', '/v1/finance/budgets', budget)).status).toBe(201);
    const programme = await officer('POST', '/v1/lottery/programmes', LAST_YEAR_ELDERCARE);
    expect(programme.status).toBe(201);
    const submitted = await applicant(
      'POST',
      '/v1/lottery/applications',
      lastYearApplication(programme.body.id),
    );
    expect(submitted.status).toBe(201);
    const id = submitted.body.id;
    const approve = () =>
      officer('POST', `/v1/lottery/applications/${id}/approve`, { comment: '同意资助' });
    // Approvals follow the ranking: not before the application is assessed (R13).
    const early = await approve();
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('RULE_R13_NOT_ASSESSED');
    const assessed = await officer('POST', `/v1/lottery/applications/${id}/assessment`, {
      merit: 85,
    });
    expect(assessed.status).toBe(200);
    expect((await approve()).status).toBe(200);
    await waitFor(
      'the commitment at finance',
      () => applications(programme.body.id),
      ([a]) => a.status === 'COMMITTED',
    );

    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.getByTestId('side-menu').getByText('资助项目').click();
    await pickOption(page, 'programmes-year', `${LAST_YEAR} 年度`);
    const card = page.getByTestId('lottery-year');
    await card.getByText(`${LAST_YEAR} 年度彩票公益金`).waitFor();
    const disclosure = card.getByTestId('annual-disclosure');
    await disclosure.waitFor();
    const status = await disclosure.getAttribute('data-status');
    expect(['NOT_DUE', 'DUE_SOON', 'OVERDUE']).toContain(status);
    if (status !== 'NOT_DUE') {
      // Due within weeks, or past 30 June: a clear warning.
      expect(await card.getByTestId('disclosure-alert').innerText()).toContain(`${LAST_YEAR} 年度`);
    }

    await disclosure.getByTestId('publish-report').click();
    await page.locator('#annualReport_summary').fill(REPORT_SUMMARY);
    await screenshot(page, 'lottery-annual-report-publish');
    await page.getByTestId('publish-report-ok').click();
    const drawer = page.getByTestId('report-drawer');
    const report = drawer.getByTestId('annual-report');
    await report.waitFor();
    expect(await drawer.getByTestId('lottery-label').innerText()).toBe('彩票公益金资助');
    expect(await report.getByTestId('report-projects').innerText()).toContain('社区老年助餐服务');
    expect(await report.getByTestId('report-summary').innerText()).toBe(REPORT_SUMMARY);
    expect(await report.getByTestId('eldercare-share').innerText()).toContain('100.00%');
    expect(await report.getByTestId('report-scale').innerText()).toContain('50,000.00 元');
    await screenshot(page, 'lottery-annual-report');
    await drawer.locator('.ant-drawer-close').click();
    await card.locator('[data-testid="annual-disclosure"][data-status="PUBLISHED"]').waitFor();

    // Published: publishing again corrects it, and needs a reason.
    await card.getByTestId('publish-report').click();
    await page.getByTestId('report-already-published').waitFor();
    await page.locator('#annualReport_summary').fill(`${REPORT_SUMMARY}另开展健康讲座 12 场。`);
    await page.getByTestId('publish-report-ok').click();
    await fieldError(page, 'annualReport_reason', '必填');
    await page.locator('#annualReport_reason').fill('补充健康讲座成效');
    await page.getByTestId('publish-report-ok').click();
    await drawer.getByText(`【更正】${LAST_YEAR} 年度福利彩票公益金使用情况公告`).waitFor();
    expect(errors).toEqual([]);

    // The public sees the correction in force, and the first report marked corrected.
    await page.goto(`/public/lottery?year=${LAST_YEAR}`);
    const reports = page.locator('[data-testid="notice"][data-kind="ANNUAL_REPORT"]');
    const current = reports.filter({ has: page.getByTestId('correction') });
    await current.waitFor();
    expect(await current.getAttribute('data-in-force')).toBe('true');
    expect(await current.getByTestId('report-summary').innerText()).toContain('健康讲座');
    expect(await current.getByTestId('correction').innerText()).toContain('补充健康讲座成效');
    expect(await current.getByTestId('lottery-label').innerText()).toBe('彩票公益金资助');
    const first = reports.filter({ has: page.getByTestId('corrected') });
    expect(await first.getAttribute('data-in-force')).toBe('false');
    expect(await first.getByTestId('report-summary').innerText()).toBe(REPORT_SUMMARY);
    await screenshot(page, 'lottery-public-annual-report');
    const stored = await publicNotices(LAST_YEAR);
    expect(stored.filter((n) => n.kind === 'ANNUAL_REPORT')).toHaveLength(2);
    expect(errors).toEqual([]);
    await close();
  });
});
