import { bindUser, callBody } from '@civic/testing';
import type { Page } from 'playwright-core';
import { ORGANIZATION, YEAR } from './fixtures/venture';
import { screenshot } from './harness/browser';
import { pickOption } from './harness/select';
import { addQuestion } from './harness/form-builder';
import { startTestbed, type Testbed } from './harness/testbed';
import { fieldError, logIn } from './harness/ui';

jest.setTimeout(300_000);

type ApiAs = Awaited<ReturnType<Testbed['apiAs']>>;

const PHONE = { width: 390, height: 844 };
const CALL_NAME = `${YEAR} 年社区公益创投（附加问题）`;
const PROPOSAL_TITLE = '“银发课堂”社区老年智能手机培训';

const scrollWidth = (page: Page) =>
  page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);

/**
 * Forms without code in the admin UI (issue #17, R17): an officer builds a call's added questions
 * (a number, a choice, a table), a blank English label refused on its field before anything is
 * sent; the applicant answers them on a 390 px phone, a required one left blank refused on its
 * field, and submits; the officer then finds the form frozen and reads the answers under the
 * proposal, on a desktop.
 */
describe('admin UI: a call with added questions, from building the form to the answers', () => {
  let bed: Testbed;
  let officer: ApiAs;
  let callId: string;

  beforeAll(async () => {
    bed = await startTestbed({ withVenture: true });
    const admin = await bed.apiAs('admin');
    const org = await admin('POST', '/v1/organizations', ORGANIZATION);
    expect(org.status).toBe(201);
    await bindUser(admin, 'applicant', org.body.id);
    officer = await bed.apiAs('officer');
    const call = await officer(
      'POST',
      '/v1/venture/calls',
      callBody({ name: CALL_NAME, fiscalYear: YEAR }, 3_600_000),
    );
    expect(call.status).toBe(201);
    callId = call.body.id;
  });

  afterAll(() => bed?.stop());

  it('lets an officer build the questions, refusing a blank label on its field', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.goto(`/venture/calls/${callId}?tab=questions`);
    await page.getByTestId('form-builder').waitFor();
    await addQuestion(page, 0, {
      kind: '数字',
      zh: '志愿者人数',
      en: 'Volunteers',
      required: true,
    });
    await addQuestion(page, 1, { kind: '单选', zh: '活动场地', en: 'Venue', required: true });
    const option = (i: number, lang: string) =>
      page.locator(`#form-builder_questions_1_options_${i}_label_${lang}`);
    await option(0, 'zh').fill('社区活动室');
    await option(0, 'en').fill('Community room');
    await option(1, 'zh').fill('村委会');
    await option(1, 'en').fill('Village committee');
    await addQuestion(page, 2, { kind: '表格', zh: '合作单位', en: '' });
    await page.locator('#form-builder_questions_2_columns_0_label_zh').fill('名称');
    await page.locator('#form-builder_questions_2_columns_0_label_en').fill('Name');

    // The table's English label is blank: said on its field, and nothing is sent.
    await page.getByTestId('form-builder-save').click();
    await fieldError(page, 'form-builder_questions_2_label_en', '英文不能为空');
    expect((await officer('GET', `/v1/venture/calls/${callId}`)).body.form).toBeUndefined();

    await page.locator('#form-builder_questions_2_label_en').fill('Partners');
    await page.getByTestId('form-builder-save').click();
    await page.locator('.ant-message', { hasText: '附加问题已保存' }).waitFor();
    await screenshot(page, 'venture-form-builder');
    const stored = (await officer('GET', `/v1/venture/calls/${callId}`)).body.form;
    expect(stored.version).toBe(1);
    expect(stored.schema['x-order']).toEqual(['q1', 'q2', 'q3']);
    expect(stored.schema.required).toEqual(['q1', 'q2']);
    expect(stored.schema.properties.q2.enum).toEqual(['o1', 'o2']);
    expect(errors).toEqual([]);
    await close();
  });

  it('lets the applicant answer them on a 390 px phone, a required one left blank refused', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'applicant'); // the login page waits for the side menu: signed in first
    await page.setViewportSize(PHONE);
    await page.goto(`/venture/apply/proposal?call=${callId}`);
    await page.getByTestId('proposal-questions').waitFor();
    const field = (id: string) => page.locator(`#proposal_${id}`);
    await field('title').fill(PROPOSAL_TITLE);
    await field('summary').fill('每周两次在社区活动室教老年人使用智能手机，防范电信诈骗');
    await pickOption(page, 'proposal_servedGroups', '老年人');
    await page.getByText('项目内容').click(); // closes the dropdown
    await field('budgetLines_0_description').fill('教材与讲师补贴');
    await field('budgetLines_0_amountYuan').fill('30000');
    await field('requestedYuan').fill('30000');
    await pickOption(page, 'proposal_answers_q2', '社区活动室');
    await page.getByTestId('answer-add-row-q3').click();
    await field('answers_q3_0_c1').fill('青秀区老年大学');
    await field('contactName').fill('陈晓梅');
    await field('contactPhone').fill('13907715678');
    await field('bankAccount_accountName').fill(ORGANIZATION.name);
    await field('bankAccount_accountNumber').fill('6222020102009876543');
    await pickOption(page, 'proposal_bankAccount_bankCode', '城市商业银行', true);
    await field('bankAccount_bankName').fill('广西北部湾银行南宁分行');

    // 志愿者人数 is required and blank: said on its field, nothing submitted.
    await page.getByTestId('submit-proposal').click();
    await fieldError(page, 'proposal_answers_q1', '此项为必填项');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'venture-form-answers-phone');
    await field('answers_q1').fill('12');
    await page.getByTestId('submit-proposal').click();
    await page.waitForURL(/\/venture\/mine$/);
    const mine = (await (await bed.apiAs('applicant'))('GET', '/v1/venture/proposals')).body.items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      status: 'SUBMITTED',
      formVersion: 1,
      answers: { q1: 12, q2: 'o1', q3: [{ c1: '青秀区老年大学' }] },
    });
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the officer the form frozen, and the answers under the proposal', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.goto(`/venture/calls/${callId}?tab=questions`);
    await page.getByTestId('form-frozen').waitFor();
    expect(await page.getByTestId('add-question').count()).toBe(0);
    await page.getByTestId('tab-proposals').click();
    const row = page.getByTestId('proposals-table').locator('tr', { hasText: PROPOSAL_TITLE });
    await row.locator('.ant-table-row-expand-icon').click();
    const answers = page.getByTestId('answers-view');
    await answers.waitFor();
    const text = await answers.innerText();
    expect(text).toContain('志愿者人数');
    expect(text).toContain('12');
    expect(text).toContain('社区活动室');
    expect(text).toContain('青秀区老年大学');
    await screenshot(page, 'venture-form-answers-officer');
    expect(errors).toEqual([]);
    await close();
  });
});
