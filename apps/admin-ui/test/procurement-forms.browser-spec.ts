import { bindUser, scratchSql, waitFor } from '@civic/testing';
import type { Page } from 'playwright-core';
import { BASIC, ITEM, projectBody, UNDERTAKER_ORG, YEAR } from './fixtures/procurement-undertaker';
import { screenshot } from './harness/browser';
import { pickOption } from './harness/select';
import { addQuestion } from './harness/form-builder';
import { startTestbed, type Testbed } from './harness/testbed';
import { fieldError, logIn } from './harness/ui';

jest.setTimeout(300_000);

type ApiAs = Awaited<ReturnType<Testbed['apiAs']>>;

const PHONE = { width: 390, height: 844 };
const TITLE = `${YEAR} 年青秀区居家养老上门探访服务（附加问题）`;
const PROPOSAL = '组建 6 人社工团队，每月两次入户探访，建立一人一档';

const scrollWidth = (page: Page) =>
  page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);

/**
 * Forms without code in the admin UI (issue #17, R25): the buyer builds a purchase project's
 * questions added to the bid (a number, a choice, a table) on its 附加问题 tab, a blank English
 * label refused on its field before anything is sent; a listed undertaker answers them in its bid
 * on a 390 px phone, a required one left blank refused on its field, and bids; once the deadline
 * has passed the buyer finds the form frozen and reads the answers under the bid, on a desktop.
 */
describe('admin UI: a purchase project with added questions, from building the form to the answers', () => {
  let bed: Testbed;
  let officer: ApiAs;
  let projectId: string;

  beforeAll(async () => {
    bed = await startTestbed({ withFinance: true, withProcurement: true });
    const admin = await bed.apiAs('admin');
    const org = await admin('POST', '/v1/organizations', UNDERTAKER_ORG);
    expect(org.status).toBe(201);
    await bindUser(admin, 'applicant', org.body.id);
    const applicant = await bed.apiAs('applicant');
    officer = await bed.apiAs('officer');
    const maker = await bed.apiAs('maker');
    const budget = { fund: 'GOVERNMENT_PURCHASE', fiscalYear: ITEM.fiscalYear, amountFen: 2e8 };
    expect((await maker('POST', '/v1/finance/budgets', budget)).status).toBe(201);
    const item = await officer('POST', '/v1/procurement/catalogue', ITEM);
    expect(item.status).toBe(201);
    // The organization applies to the undertaker directory (R24) and is listed.
    const applied = await waitFor(
      'the organization at procurement',
      () =>
        applicant('POST', '/v1/procurement/directory', {
          kind: 'SOCIAL_ORGANIZATION',
          serviceAreas: ['450103'],
          serviceCategories: [BASIC],
          contactName: '覃丽萍',
          contactPhone: '13977123456',
        }),
      (res) => res.body?.code !== 'ORGANIZATION_NOT_KNOWN_YET',
    );
    expect(applied.status).toBe(201);
    const listed = await officer('POST', `/v1/procurement/directory/${applied.body.id}/decision`, {
      decision: 'LISTED',
    });
    expect(listed.status).toBe(200);
    const drafted = await waitFor(
      "the year's budget at procurement",
      () =>
        officer('POST', '/v1/procurement/projects', projectBody(item.body.id, { title: TITLE })),
      (res) => res.status !== 422 || res.body.code !== 'RULE_R25_NOT_BUDGETED',
    );
    expect(drafted.status).toBe(201);
    projectId = drafted.body.id;
  });

  afterAll(() => bed?.stop());

  it('lets the buyer build the questions on a draft, refusing a blank label on its field', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.goto(`/procurement/projects/${projectId}?tab=questions`);
    await page.getByTestId('form-builder').waitFor();
    await addQuestion(page, 0, { kind: '数字', zh: '服务人员数', en: 'Staff', required: true });
    await addQuestion(page, 1, { kind: '单选', zh: '服务场地', en: 'Venue', required: true });
    const option = (i: number, lang: string) =>
      page.locator(`#form-builder_questions_1_options_${i}_label_${lang}`);
    await option(0, 'zh').fill('社区活动室');
    await option(0, 'en').fill('Community room');
    await option(1, 'zh').fill('村委会');
    await option(1, 'en').fill('Village committee');
    await addQuestion(page, 2, { kind: '表格', zh: '类似项目业绩', en: '' });
    await page.locator('#form-builder_questions_2_columns_0_label_zh').fill('项目名称');
    await page.locator('#form-builder_questions_2_columns_0_label_en').fill('Project');

    // The table's English label is blank: said on its field, and nothing is sent.
    await page.getByTestId('form-builder-save').click();
    await fieldError(page, 'form-builder_questions_2_label_en', '英文不能为空');
    expect(
      (await officer('GET', `/v1/procurement/projects/${projectId}`)).body.form,
    ).toBeUndefined();

    await page.locator('#form-builder_questions_2_label_en').fill('Similar projects');
    await page.getByTestId('form-builder-save').click();
    await page.locator('.ant-message', { hasText: '附加问题已保存' }).waitFor();
    await screenshot(page, 'procurement-form-builder');
    const stored = (await officer('GET', `/v1/procurement/projects/${projectId}`)).body.form;
    expect(stored.version).toBe(1);
    expect(stored.schema['x-order']).toEqual(['q1', 'q2', 'q3']);
    expect(stored.schema.required).toEqual(['q1', 'q2']);
    expect(stored.schema.properties.q2.enum).toEqual(['o1', 'o2']);
    expect(errors).toEqual([]);
    await close();
    const announced = await officer('POST', `/v1/procurement/projects/${projectId}/announce`, {
      bidDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    });
    expect(announced.status).toBe(200);
  });

  it('lets the undertaker answer them in its bid on a 390 px phone, a required one left blank refused', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'applicant'); // the login page waits for the side menu: signed in first
    await page.setViewportSize(PHONE);
    await page.goto('/procurement/undertaker/announcements');
    const card = page.getByTestId('announcement').filter({ hasText: TITLE });
    await card.getByTestId('bid-open').click();
    const drawer = page.getByTestId('bid-drawer');
    await drawer.getByTestId('bid-questions').waitFor();
    await drawer.locator('#bid_priceYuan').fill('285000.5');
    await drawer.locator('#bid_proposal').fill(PROPOSAL);
    await pickOption(page, 'bid_answers_q2', '社区活动室');
    await drawer.getByTestId('answer-add-row-q3').click();
    await drawer.locator('#bid_answers_q3_0_c1').fill('2025 年青秀区居家养老探访');

    // 服务人员数 is required and blank: said on its field, nothing sent.
    await drawer.getByTestId('bid-submit').click();
    await fieldError(page, 'bid_answers_q1', '此项为必填项');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'procurement-form-answers-phone');
    await drawer.locator('#bid_answers_q1').fill('6');
    await drawer.getByTestId('bid-submit').click();
    await page.getByText(`已就“${TITLE}”提交投标`).waitFor();
    await drawer.waitFor({ state: 'hidden' });
    const mine = (await (await bed.apiAs('applicant'))('GET', '/v1/procurement/bids/mine')).body
      .items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      status: 'SUBMITTED',
      priceFen: 28_500_050,
      formVersion: 1,
      answers: { q1: 6, q2: 'o1', q3: [{ c1: '2025 年青秀区居家养老探访' }] },
    });
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the buyer the form frozen, and the answers under the bid once opened', async () => {
    // Time passing: the deadline moved into the past (the database clock decides, R25).
    await scratchSql(
      bed.platform.databaseUrl,
      `UPDATE procurement.purchase_project SET bid_deadline = now() - interval '1 second'
        WHERE id = $1`,
      [projectId],
    );
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.goto(`/procurement/projects/${projectId}?tab=questions`);
    await page.getByTestId('form-frozen').waitFor();
    expect(await page.getByTestId('add-question').count()).toBe(0);
    await page.getByTestId('tab-bids').click();
    const row = page.getByTestId('bids-table').locator('tr', { hasText: UNDERTAKER_ORG.name });
    await row.locator('.ant-table-row-expand-icon').click();
    const answers = page.getByTestId('answers-view');
    await answers.waitFor();
    const text = await answers.innerText();
    expect(text).toContain('服务人员数');
    expect(text).toContain('6');
    expect(text).toContain('社区活动室');
    expect(text).toContain('2025 年青秀区居家养老探访');
    await screenshot(page, 'procurement-form-answers-officer');
    expect(errors).toEqual([]);
    await close();
  });
});
