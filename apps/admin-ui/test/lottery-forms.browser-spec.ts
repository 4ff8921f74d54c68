import { bindUser, subsidyProgrammeBody } from '@civic/testing';
import type { Page } from 'playwright-core';
import { APPLICATION, ORGANIZATION, YEAR } from './fixtures/lottery';
import { screenshot } from './harness/browser';
import { pickOption } from './harness/select';
import { addQuestion } from './harness/form-builder';
import { startTestbed, type Testbed } from './harness/testbed';
import { fieldError, logIn } from './harness/ui';

jest.setTimeout(300_000);

type ApiAs = Awaited<ReturnType<Testbed['apiAs']>>;

const PHONE = { width: 390, height: 844 };
const PROGRAMME_NAME = `${YEAR} 年社区居家养老服务补助（附加问题）`;
const PARTNER = '青秀区社工服务中心';

const ZH = {
  ELDERLY: '老年人',
  DISABLED: '残疾人',
  SERVICE_DELIVERY: '服务提供',
  MATERIALS: '物资',
  PUBLICITY: '宣传（含彩票公益金资助标识）',
} as Record<string, string>;

interface StoredSchema {
  'x-order': string[];
  required: string[];
  properties: Record<string, { enum?: string[] }>;
}

const scrollWidth = (page: Page) =>
  page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);

/** Types the demo application's fixed fields into the form (R7, R17, R26, R28). */
async function fillApplication(page: Page) {
  const field = (id: string) => page.locator(`#apply_${id}`);
  await pickOption(page, 'apply_programmeId', PROGRAMME_NAME);
  await field('projectName').fill(APPLICATION.projectName);
  for (const [i, b] of APPLICATION.beneficiaries.entries()) {
    if (i > 0) await page.getByRole('button', { name: /添加服务对象/ }).click();
    await pickOption(page, `apply_beneficiaries_${i}_group`, ZH[b.group]);
    await field(`beneficiaries_${i}_count`).fill(String(b.count));
  }
  for (const [i, line] of APPLICATION.budgetLines.entries()) {
    if (i > 0) await page.getByRole('button', { name: /添加预算明细/ }).click();
    await pickOption(page, `apply_budgetLines_${i}_category`, ZH[line.category]);
    await field(`budgetLines_${i}_description`).fill(line.description);
    await field(`budgetLines_${i}_amountYuan`).fill(String(line.amountFen / 100));
  }
  await field('contactName').fill(APPLICATION.contactName);
  await field('contactPhone').fill(APPLICATION.contactPhone);
  await field('bankAccount_accountName').fill(APPLICATION.bankAccount.accountName);
  await field('bankAccount_accountNumber').fill(APPLICATION.bankAccount.accountNumber);
  await pickOption(page, 'apply_bankAccount_bankCode', '中国工商银行', true);
  await field('bankAccount_bankName').fill(APPLICATION.bankAccount.bankName);
}

/** Opens the programme's 附加问题 drawer from the programmes list. */
async function openQuestions(page: Page) {
  await page.goto('/lottery/programmes');
  const row = page.getByTestId('programmes-table').locator('tr', { hasText: PROGRAMME_NAME });
  await row.getByTestId('programme-questions').click();
  await page.getByTestId('questions-drawer').waitFor();
  return row;
}

/**
 * Forms without code on a lottery welfare fund programme (issue #17, R20): a programme officer
 * builds the programme's added questions (a number, an amount in yuan, a choice, a table), a blank
 * English label refused on its field before anything is sent; the applicant answers them on a
 * 390 px phone when applying, a required one left blank refused on its field, and submits (no
 * drafts: the API checks the answers in full at once); the officer then finds the form frozen and
 * reads the answers under the application in the review queue. Answers are the officers' and the
 * applicant's only, never published (R23).
 */
describe('admin UI: a lottery programme with added questions, from building the form to the answers', () => {
  let bed: Testbed;
  let officer: ApiAs;
  let programmeId: string;

  const stored = async () =>
    (
      (await officer('GET', `/v1/lottery/programmes?fiscalYear=${YEAR}`)).body.items as {
        id: string;
        form?: { version: number; schema: StoredSchema };
      }[]
    ).find((p) => p.id === programmeId)?.form;

  beforeAll(async () => {
    bed = await startTestbed({ withLotteryFund: true });
    const admin = await bed.apiAs('admin');
    const org = await admin('POST', '/v1/organizations', ORGANIZATION);
    expect(org.status).toBe(201);
    await bindUser(admin, 'applicant', org.body.id);
    officer = await bed.apiAs('officer');
    const programme = await officer(
      'POST',
      '/v1/lottery/programmes',
      subsidyProgrammeBody({ fiscalYear: YEAR, name: PROGRAMME_NAME }),
    );
    expect(programme.status).toBe(201);
    programmeId = programme.body.id;
  });

  afterAll(() => bed?.stop());

  it('lets a programme officer build the questions, refusing a blank label on its field', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    const row = await openQuestions(page);
    expect(await row.getByTestId('programme-questions').innerText()).toContain('未设置');
    await page.getByTestId('form-builder').waitFor();
    await addQuestion(page, 0, {
      kind: '数字',
      zh: '志愿者人数',
      en: 'Volunteers',
      required: true,
    });
    await addQuestion(page, 1, { kind: '金额（元）', zh: '自筹资金', en: 'Own funds' });
    await addQuestion(page, 2, { kind: '单选', zh: '活动场地', en: 'Venue', required: true });
    const option = (i: number, lang: string) =>
      page.locator(`#form-builder_questions_2_options_${i}_label_${lang}`);
    await option(0, 'zh').fill('社区活动室');
    await option(0, 'en').fill('Community room');
    await option(1, 'zh').fill('村委会');
    await option(1, 'en').fill('Village committee');
    await addQuestion(page, 3, { kind: '表格', zh: '合作单位', en: '' });
    await page.locator('#form-builder_questions_3_columns_0_label_zh').fill('名称');
    await page.locator('#form-builder_questions_3_columns_0_label_en').fill('Name');

    // The table's English label is blank: said on its field, and nothing is sent.
    await page.getByTestId('form-builder-save').click();
    await fieldError(page, 'form-builder_questions_3_label_en', '英文不能为空');
    expect(await stored()).toBeUndefined();

    await page.locator('#form-builder_questions_3_label_en').fill('Partners');
    await page.getByTestId('form-builder-save').click();
    await page.locator('.ant-message', { hasText: '附加问题已保存' }).waitFor();
    await screenshot(page, 'lottery-form-builder');
    const form = await stored();
    expect(form?.version).toBe(1);
    expect(form?.schema['x-order']).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(form?.schema.required).toEqual(['q1', 'q3']);
    expect(form?.schema.properties.q3.enum).toEqual(['o1', 'o2']);
    // The list was asked again: the programme now counts its questions.
    await row.getByTestId('programme-questions').getByText('4 个问题').waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it('lets the applicant answer them on a 390 px phone, a required one left blank refused', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'applicant'); // the login page waits for the side menu: signed in first
    await page.setViewportSize(PHONE);
    await page.goto('/lottery/apply');
    await fillApplication(page);
    await page.getByTestId('application-questions').waitFor();
    const field = (id: string) => page.locator(`#apply_${id}`);
    await field('answers_q2').fill('5000.5');
    await pickOption(page, 'apply_answers_q3', '社区活动室');
    await page.getByTestId('answer-add-row-q4').click();
    await field('answers_q4_0_c1').fill(PARTNER);

    // 志愿者人数 is required and blank: said on its field, nothing submitted.
    await page.locator('form#apply button[type="submit"]').click();
    await fieldError(page, 'apply_answers_q1', '此项为必填项');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'lottery-form-answers-phone');
    const applicant = await bed.apiAs('applicant');
    expect((await applicant('GET', '/v1/lottery/applications')).body.total).toBe(0);

    await field('answers_q1').fill('12');
    await page.locator('form#apply button[type="submit"]').click();
    await page.waitForURL(/\/lottery\/applications$/);
    const mine = (await applicant('GET', '/v1/lottery/applications')).body.items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      programmeId,
      formVersion: 1,
      answers: { q1: 12, q2: 500_050, q3: 'o1', q4: [{ c1: PARTNER }] },
    });
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the officer the form frozen, and the answers under the application', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    const row = await openQuestions(page);
    await page.getByTestId('form-frozen').waitFor();
    expect(await page.getByTestId('add-question').count()).toBe(0);
    expect(await page.getByTestId('frozen-question').count()).toBe(4);
    expect(await row.locator('.anticon-lock').count()).toBe(1);
    await screenshot(page, 'lottery-form-frozen');

    await page.goto(`/lottery/review?programme=${programmeId}`);
    const application = page
      .getByTestId('review-table')
      .locator('tr', { hasText: ORGANIZATION.name as string });
    await application.locator('.ant-table-row-expand-icon').click();
    const answers = page.getByTestId('answers-view');
    await answers.waitFor();
    const text = await answers.innerText();
    expect(text).toContain('志愿者人数');
    expect(text).toContain('12');
    expect(text).toContain('5,000.50');
    expect(text).toContain('社区活动室');
    expect(text).toContain(PARTNER);
    await screenshot(page, 'lottery-form-answers-officer');
    expect(errors).toEqual([]);
    await close();
  });
});
