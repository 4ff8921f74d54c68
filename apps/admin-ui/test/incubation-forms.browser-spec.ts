import { baseBody, bindUser, cohortBody } from '@civic/testing';
import type { Page } from 'playwright-core';
import { ORGANIZATION, PLAN } from './fixtures/incubation';
import { screenshot } from './harness/browser';
import { pickOption } from './harness/select';
import { addQuestion } from './harness/form-builder';
import { startTestbed, type Testbed } from './harness/testbed';
import { fieldError, logIn } from './harness/ui';

jest.setTimeout(300_000);

type ApiAs = Awaited<ReturnType<Testbed['apiAs']>>;

const PHONE = { width: 390, height: 844 };
const COHORT_NAME = `${new Date().getFullYear()} 年第三期孵化（附加问题）`;
const PARTNER = '青秀区社工服务中心';

const scrollWidth = (page: Page) =>
  page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);

/**
 * Forms without code on an incubation cohort (issue #17, R16): the base's staff build the
 * cohort's added questions (a number, an amount in yuan, a choice, a table), a blank English label
 * refused on its field before anything is sent; the applicant answers them on a 390 px phone when
 * applying, a required one left blank refused on its field, and submits; staff then find the form
 * frozen and read the answers under the applicant in the ranked list, and a programme officer,
 * who oversees the cohort, reads the questions without a builder.
 */
describe('admin UI: a cohort with added questions, from building the form to the answers', () => {
  let bed: Testbed;
  let staff: ApiAs;
  let cohortId: string;

  beforeAll(async () => {
    bed = await startTestbed({ withIncubation: true });
    const admin = await bed.apiAs('admin');
    const org = await admin('POST', '/v1/organizations', ORGANIZATION);
    expect(org.status).toBe(201);
    await bindUser(admin, 'applicant', org.body.id);
    const officer = await bed.apiAs('officer');
    const base = await officer('POST', '/v1/incubation/bases', baseBody());
    expect(base.status).toBe(201);
    const users = await admin('GET', '/v1/users?q=incubator');
    const incubator = users.body.items.find(
      (u: { username: string }) => u.username === 'incubator',
    );
    expect(
      (await admin('PATCH', `/v1/users/${incubator.id}`, { baseId: base.body.id })).status,
    ).toBe(200);
    staff = await bed.apiAs('incubator');
    const cohort = await staff(
      'POST',
      '/v1/incubation/cohorts',
      cohortBody(base.body.id, { name: COHORT_NAME }),
    );
    expect(cohort.status).toBe(201);
    cohortId = cohort.body.id;
  });

  afterAll(() => bed?.stop());

  it('lets the base’s staff build the questions, refusing a blank label on its field', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'incubator');
    await page.goto(`/incubation/cohorts/${cohortId}?tab=questions`);
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
    expect((await staff('GET', `/v1/incubation/cohorts/${cohortId}`)).body.form).toBeUndefined();

    await page.locator('#form-builder_questions_3_label_en').fill('Partners');
    await page.getByTestId('form-builder-save').click();
    await page.locator('.ant-message', { hasText: '附加问题已保存' }).waitFor();
    await screenshot(page, 'incubation-form-builder');
    const stored = (await staff('GET', `/v1/incubation/cohorts/${cohortId}`)).body.form;
    expect(stored.version).toBe(1);
    expect(stored.schema['x-order']).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(stored.schema.required).toEqual(['q1', 'q3']);
    expect(stored.schema.properties.q3.enum).toEqual(['o1', 'o2']);
    expect(errors).toEqual([]);
    await close();
  });

  it('lets the applicant answer them on a 390 px phone, a required one left blank refused', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'applicant'); // the login page waits for the side menu: signed in first
    await page.setViewportSize(PHONE);
    await page.goto('/incubation/apply');
    // On a phone each open cohort is a card, its apply button at the foot (issue #18).
    const card = page.getByTestId('open-cohorts-card').filter({ hasText: COHORT_NAME });
    await card.getByTestId('apply').click();
    await page.getByTestId('admission-questions').waitFor();
    const field = (id: string) => page.locator(`#admission_${id}`);
    await pickOption(page, 'admission_servedGroups', '老年人');
    await page.locator('.ant-modal-title').click(); // closes the groups' dropdown
    await field('plan').fill(PLAN.plan);
    await field('contactName').fill(PLAN.contactName);
    await field('contactPhone').fill(PLAN.contactPhone);
    await field('answers_q2').fill('5000.5');
    await pickOption(page, 'admission_answers_q3', '社区活动室');
    await page.getByTestId('answer-add-row-q4').click();
    await field('answers_q4_0_c1').fill(PARTNER);

    // 志愿者人数 is required and blank: said on its field, nothing submitted.
    await page.getByTestId('admission-ok').click();
    await fieldError(page, 'admission_answers_q1', '此项为必填项');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'incubation-form-answers-phone');
    await field('answers_q1').fill('12');
    await page.getByTestId('admission-ok').click();
    await page.waitForURL(/\/incubation\/applications$/);
    const mine = (await (await bed.apiAs('applicant'))('GET', '/v1/incubation/admissions')).body
      .items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      cohortId,
      formVersion: 1,
      answers: { q1: 12, q2: 500_050, q3: 'o1', q4: [{ c1: PARTNER }] },
    });
    expect(errors).toEqual([]);
    await close();
  });

  it('shows staff the form frozen, and the answers under the applicant', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'incubator');
    await page.goto(`/incubation/cohorts/${cohortId}?tab=questions`);
    await page.getByTestId('form-frozen').waitFor();
    expect(await page.getByTestId('add-question').count()).toBe(0);
    await page.getByTestId('tab-admissions').click();
    const row = page
      .getByTestId('ranking-table')
      .locator('tr', { hasText: ORGANIZATION.name as string });
    await row.locator('.ant-table-row-expand-icon').click();
    const answers = page.getByTestId('answers-view');
    await answers.waitFor();
    const text = await answers.innerText();
    expect(text).toContain('志愿者人数');
    expect(text).toContain('12');
    expect(text).toContain('5,000.50');
    expect(text).toContain('社区活动室');
    expect(text).toContain(PARTNER);
    await screenshot(page, 'incubation-form-answers-staff');
    expect(errors).toEqual([]);
    await close();
  });

  it('shows a programme officer, who oversees the cohort, the questions without a builder', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.goto(`/incubation/cohorts/${cohortId}?tab=questions`);
    await page.getByTestId('frozen-question').first().waitFor();
    expect(await page.getByTestId('frozen-question').count()).toBe(4);
    expect(await page.getByTestId('form-builder').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});
