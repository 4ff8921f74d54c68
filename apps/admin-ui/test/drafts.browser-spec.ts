import {
  baseBody,
  bindUser,
  callBody,
  cohortBody,
  subsidyProgrammeBody,
  waitFor,
} from '@civic/testing';
import type { Page } from 'playwright-core';
import { APPLICATION, ORGANIZATION, YEAR } from './fixtures/lottery';
import { screenshot } from './harness/browser';
import { pickOption } from './harness/select';
import { startTestbed, type Testbed } from './harness/testbed';
import { logIn } from './harness/ui';

jest.setTimeout(400_000);

type ApiAs = Awaited<ReturnType<Testbed['apiAs']>>;

const SIZES = [
  ['desktop', { width: 1440, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const;
const PROGRAMME_NAME = `${YEAR} 年社区居家养老服务补助（草稿）`;
const COHORT_NAME = `${YEAR} 年第四期孵化（草稿）`;
const CALL_NAME = `${YEAR} 年公益创投（草稿）`;
const PHONE_NUMBER = '13977123456';
const ACCOUNT = '6222020102009876543';

const scrollWidth = (page: Page) =>
  page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);

/** Waits until the autosave says 已自动保存 (the form was still for 2 s, then saved). */
async function autosaved(page: Page) {
  await page.locator('[data-testid="draft-state"][data-state="saved"]').waitFor();
  expect(await page.getByTestId('draft-state').innerText()).toMatch(/^已自动保存 \d\d:\d\d$/);
}

/** The restored note, 已恢复 hh:mm 的草稿. */
async function restored(page: Page) {
  const note = page.getByTestId('draft-restored');
  await note.waitFor();
  expect(await note.innerText()).toMatch(/已恢复 \d\d:\d\d 的草稿/);
}

/** 放弃草稿, confirmed. */
async function discard(page: Page) {
  await page.getByTestId('draft-discard').click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '放弃草稿' }).click();
  await page.getByTestId('draft-restored').waitFor({ state: 'detached' });
}

/**
 * Autosaved drafts of the applicant forms (issue #18), at 1440×900 and on a 390×844 phone: an
 * applicant fills half a lottery application, an admission and a venture proposal, reloads the
 * page (a dropped connection, a closed tab), and finds what was typed back, noted 已恢复 hh:mm 的
 * 草稿, with the organization's prefill only where nothing was typed. The drafts are the user's
 * own at the gateway; a submission deletes one, 放弃草稿 another.
 */
describe('admin UI: autosaved drafts of the applicant forms (issue #18)', () => {
  let bed: Testbed;
  let applicant: ApiAs;
  let organizationId: string;
  let cohortId: string;
  let callId: string;
  const draftOf = async (formKey: string) =>
    (await applicant('GET', `/v1/me/drafts/${formKey}`)).body as {
      values?: Record<string, unknown>;
    };

  beforeAll(async () => {
    bed = await startTestbed({ withLotteryFund: true, withIncubation: true, withVenture: true });
    const admin = await bed.apiAs('admin');
    const org = await admin('POST', '/v1/organizations', ORGANIZATION);
    expect(org.status).toBe(201);
    organizationId = org.body.id;
    await bindUser(admin, 'applicant', organizationId);
    applicant = await bed.apiAs('applicant');
    const officer = await bed.apiAs('officer');
    const programme = await officer(
      'POST',
      '/v1/lottery/programmes',
      subsidyProgrammeBody({ fiscalYear: YEAR, name: PROGRAMME_NAME }),
    );
    expect(programme.status).toBe(201);
    const base = await officer('POST', '/v1/incubation/bases', baseBody());
    expect(base.status).toBe(201);
    const users = await admin('GET', '/v1/users?q=incubator');
    const incubator = users.body.items.find(
      (u: { username: string }) => u.username === 'incubator',
    );
    expect(
      (await admin('PATCH', `/v1/users/${incubator.id}`, { baseId: base.body.id })).status,
    ).toBe(200);
    const staff = await bed.apiAs('incubator');
    const cohort = await staff(
      'POST',
      '/v1/incubation/cohorts',
      cohortBody(base.body.id, { name: COHORT_NAME }),
    );
    expect(cohort.status).toBe(201);
    cohortId = cohort.body.id;
  });

  /** The venture call the proposals answer, opened by an officer the first time it is needed. */
  const openCall = async () => {
    if (callId) return callId;
    const officer = await bed.apiAs('officer');
    const call = await officer(
      'POST',
      '/v1/venture/calls',
      callBody({ name: CALL_NAME, fiscalYear: YEAR }, 3_600_000),
    );
    expect(call.status).toBe(201);
    return (callId = call.body.id as string);
  };

  afterAll(() => bed?.stop());

  describe.each(SIZES)('at %s size', (size, viewport) => {
    it('brings half a lottery application back after a reload, what was typed over the prefill', async () => {
      const { page, errors, close } = await bed.open();
      await logIn(page, 'applicant');
      await page.setViewportSize(viewport);
      await page.goto('/lottery/apply');
      const field = (id: string) => page.locator(`#apply_${id}`);
      await page.getByTestId('prefilled').waitFor();
      const contact = ORGANIZATION.postalAddress.contactName;
      await expect(field('contactName').inputValue()).resolves.toBe(contact);
      await pickOption(page, 'apply_programmeId', PROGRAMME_NAME);
      await field('projectName').fill(`社区长者助餐（${size}）`);
      await field('contactName').fill('王小明'); // the applicant's own contact, not the profile's
      await field('contactPhone').fill(PHONE_NUMBER);
      await field('bankAccount_accountNumber').fill(ACCOUNT);
      await autosaved(page);

      await page.reload();
      await restored(page);
      await expect(field('projectName').inputValue()).resolves.toBe(`社区长者助餐（${size}）`);
      await expect(field('contactName').inputValue()).resolves.toBe('王小明');
      await expect(field('contactPhone').inputValue()).resolves.toBe(PHONE_NUMBER);
      await expect(field('bankAccount_accountNumber').inputValue()).resolves.toBe(ACCOUNT);
      await page
        .locator('.ant-select', { has: field('programmeId') })
        .getByText(PROGRAMME_NAME)
        .first()
        .waitFor();
      expect(await scrollWidth(page)).toBeLessThanOrEqual(viewport.width);
      await screenshot(page, `draft-lottery-restored-${size}`);
      const key = `lottery-application:${organizationId}`;
      expect((await draftOf(key)).values).toMatchObject({ contactName: '王小明' });

      if (size === 'desktop') {
        // 放弃草稿: the form starts again, the profile's contact back, the draft gone.
        await discard(page);
        await expect(field('projectName').inputValue()).resolves.toBe('');
        await expect(field('contactName').inputValue()).resolves.toBe(contact);
        expect((await draftOf(key)).values).toBeUndefined();
      } else {
        // Finished and submitted: the draft goes.
        const { group, count } = APPLICATION.beneficiaries[0];
        await pickOption(
          page,
          'apply_beneficiaries_0_group',
          group === 'ELDERLY' ? '老年人' : '残疾人',
        );
        await field('beneficiaries_0_count').fill(String(count));
        const line = APPLICATION.budgetLines[0];
        await pickOption(page, 'apply_budgetLines_0_category', '服务提供');
        await field('budgetLines_0_description').fill(line.description);
        await field('budgetLines_0_amountYuan').fill('30000');
        await field('bankAccount_accountName').fill(APPLICATION.bankAccount.accountName);
        await pickOption(page, 'apply_bankAccount_bankCode', '中国工商银行', true);
        await field('bankAccount_bankName').fill(APPLICATION.bankAccount.bankName);
        await page.locator('form#apply button[type="submit"]').click();
        await page.waitForURL(/\/lottery\/applications$/);
        await waitFor(
          'the draft deleted after the submission',
          () => draftOf(key),
          (draft) => draft.values === undefined,
          { timeoutMs: 10_000 },
        );
      }
      expect(errors).toEqual([]);
      await close();
    });

    it('brings half an admission back after a reload, and after the form is closed', async () => {
      const { page, errors, close } = await bed.open();
      await logIn(page, 'applicant');
      await page.setViewportSize(viewport);
      await page.goto('/incubation/apply');
      const open = async () => {
        await page.getByTestId('apply').first().click();
        await page.locator('#admission_plan').waitFor();
      };
      await open();
      await page.locator('#admission_plan').fill('为村里独居老人提供每周两次上门探访');
      await page.locator('#admission_contactPhone').fill(PHONE_NUMBER);
      await autosaved(page);

      await page.reload();
      await open();
      await restored(page);
      await expect(page.locator('#admission_plan').inputValue()).resolves.toBe(
        '为村里独居老人提供每周两次上门探访',
      );
      await expect(page.locator('#admission_contactPhone').inputValue()).resolves.toBe(
        PHONE_NUMBER,
      );
      await screenshot(page, `draft-admission-restored-${size}`);

      // Typed, then closed at once: saved as it closed, there when opened again.
      await page.locator('#admission_contactName').fill('李秀兰');
      await page.locator('.ant-modal-footer .ant-btn:not(.ant-btn-primary)').click();
      await page.locator('.ant-modal').waitFor({ state: 'detached' });
      await waitFor(
        'the draft saved as the form closed',
        () => draftOf(`admission:${cohortId}`),
        (draft) => draft.values?.contactName === '李秀兰',
        { timeoutMs: 10_000 },
      );
      await open();
      await restored(page);
      await expect(page.locator('#admission_contactName').inputValue()).resolves.toBe('李秀兰');
      expect(await scrollWidth(page)).toBeLessThanOrEqual(viewport.width);
      await discard(page);
      await expect(page.locator('#admission_plan').inputValue()).resolves.toBe('');
      expect((await draftOf(`admission:${cohortId}`)).values).toBeUndefined();
      expect(errors).toEqual([]);
      await close();
    });

    it('autosaves a venture proposal as it is written, and brings it back after a reload', async () => {
      await openCall();
      const { page, errors, close } = await bed.open();
      await logIn(page, 'applicant');
      await page.setViewportSize(viewport);
      await page.goto(`/venture/apply/proposal?call=${callId}`);
      const field = (id: string) => page.locator(`#proposal_${id}`);
      await field('title').fill(`“银龄守护”智能手机课堂（${size}）`);
      await field('summary').fill('每周两次在社区活动室教老年人使用智能手机');
      await autosaved(page);
      // The explicit 保存草稿 stays beside the autosave.
      await page.getByTestId('save-draft').waitFor();
      const key = `venture-proposal:${callId}`;
      expect((await draftOf(key)).values).toMatchObject({
        title: `“银龄守护”智能手机课堂（${size}）`,
      });

      await page.reload();
      await restored(page);
      await expect(field('title').inputValue()).resolves.toBe(`“银龄守护”智能手机课堂（${size}）`);
      await expect(field('summary').inputValue()).resolves.toBe(
        '每周两次在社区活动室教老年人使用智能手机',
      );
      expect(await scrollWidth(page)).toBeLessThanOrEqual(viewport.width);
      await screenshot(page, `draft-venture-restored-${size}`);
      await discard(page);
      await expect(field('title').inputValue()).resolves.toBe('');
      expect((await draftOf(key)).values).toBeUndefined();
      expect(errors).toEqual([]);
      await close();
    });
  });
});
