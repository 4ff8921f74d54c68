import type { Page } from 'playwright-core';
import { bindUser } from '@civic/testing';
import { SAMPLE_ORGANIZATIONS } from './fixtures/organizations';
import { screenshot } from './harness/browser';
import { startTestbed, type Testbed } from './harness/testbed';
import { pickOption } from './harness/select';
import { answerSecondFactor, logIn, menuLabels, submitLogin } from './harness/ui';

jest.setTimeout(180_000);

/**
 * The menu each demo user sees follows their role's permissions and bindings (domain.md
 * "Actors"): no entry of another role shows. The applicant is bound to an organization below.
 */
const FINANCE = ['资金看板', '待拨付款项', '付款失败', '拨付批次', '追回款'];
const LOTTERY_OFFICE = ['资助项目', '资助审核', '信息公开管理'];
const INCUBATION = ['孵化批次', '孵化基地'];
const VENTURE_OFFICE = ['公益创投征集', '评审专家库'];
const PROCUREMENT_OFFICE = ['服务目录', '承接主体目录', '购买项目', '合同履约', '采购评审专家'];
const MENUS: Record<string, string[]> = {
  applicant: [
    ...['首页', '我的组织', '组织管理', '申请资助', '我的申请', '申请入驻', '我的入驻申请'],
    ...['公益创投', '我的创投项目'],
    ...['承接主体申请', '采购公告', '我的投标', '我的合同'],
  ],
  incubator: ['首页', '数据看板', '组织管理', ...INCUBATION],
  reviewer: ['首页', '我的评审', '采购评审'],
  officer: [
    '首页',
    '数据看板',
    '组织管理',
    '登记组织',
    ...LOTTERY_OFFICE,
    ...INCUBATION,
    ...VENTURE_OFFICE,
    ...PROCUREMENT_OFFICE,
    ...FINANCE,
    '政策参数',
  ],
  maker: ['首页', '数据看板', ...FINANCE],
  checker: ['首页', '数据看板', ...FINANCE],
  street: ['首页', '数据看板', '组织管理', '登记组织'],
  admin: [
    ...['首页', '数据看板', '组织管理', '登记组织', ...LOTTERY_OFFICE, ...INCUBATION],
    ...VENTURE_OFFICE,
    ...[...PROCUREMENT_OFFICE, ...FINANCE, '政策参数', '用户管理', '审计日志'],
  ],
};

describe('admin UI: sign-in, menus by role, access', () => {
  let bed: Testbed;
  let own: { id: string; name: string };
  let other: { id: string; name: string };

  beforeAll(async () => {
    bed = await startTestbed();
    const admin = await bed.apiAs('admin');
    const [first, second] = await Promise.all(
      SAMPLE_ORGANIZATIONS.slice(0, 2).map((body) => admin('POST', '/v1/organizations', body)),
    );
    [own, other] = [first.body, second.body];
    await bindUser(admin, 'applicant', own.id);
  });

  afterAll(() => bed?.stop());

  it('shows the login page in Chinese', async () => {
    const { page, errors, close } = await bed.open();
    await page.goto('/organizations');
    await page.locator('#login_username').waitFor();
    expect(page.url()).toMatch(/\/login$/);
    expect(await page.locator('.login-card').innerText()).toContain('社区社会组织培育扶持平台');
    await screenshot(page, 'login');

    await page.locator('#login_username').fill('nobody');
    await page.locator('#login_password').fill('wrong password');
    await page.locator('form[id="login"] button[type="submit"]').click();
    await page.getByTestId('login-error').getByText('用户名或密码错误').waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it.each(Object.entries(MENUS))('%s sees exactly the menu of their role', async (user, menu) => {
    const { page, errors, close } = await bed.open();
    await logIn(page, user);
    expect(await menuLabels(page)).toEqual(menu);
    expect(await page.getByTestId('current-user').innerText()).not.toBe('');
    if (user === 'officer') await screenshot(page, 'home');
    expect(errors).toEqual([]);
    await close();
  });

  it("takes an applicant to their own organization, and answers 'not found' for another, as for an unknown id", async () => {
    const { page, close } = await bed.open();
    await logIn(page, 'applicant');
    await page.getByTestId('side-menu').getByText('我的组织').click();
    await page.getByTestId('organization-name').filter({ hasText: own.name }).waitFor();

    // Issue #15: another organization's record is not found, exactly as an id that exists nowhere.
    await page.goto(`/organizations/${other.id}`);
    const notFound = page.getByTestId('not-found');
    await notFound.waitFor();
    expect(await notFound.innerText()).toContain('未找到');
    expect(await page.getByText(other.name).count()).toBe(0);
    await close();
  });

  it('lets an administrator create a user with a role and its binding', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'admin');
    await page.getByTestId('side-menu').getByText('用户管理').click();
    const table = page.getByTestId('users-table');
    await table.getByText('checker', { exact: true }).waitFor();

    await page.getByRole('button', { name: /新建用户/ }).click();
    await page.locator('#user_username').fill('zhongshan-street');
    await page.locator('#user_displayName').fill('中山街道 社会事务办 覃敏');
    await page.locator('#user_password').fill('Civic#2026-pass');
    await pickOption(page, 'user_roles', '街道办/乡镇工作人员');
    await page.locator('.ant-modal-title').click(); // closes the roles dropdown
    await pickOption(page, 'user_countyCode', '青秀区', true);
    await pickOption(page, 'user_streetCode', '中山街道', true);
    await page.locator('.ant-modal-footer .ant-btn-primary').click();

    await table.getByText('zhongshan-street', { exact: true }).waitFor();
    const row = table.locator('tr', { hasText: 'zhongshan-street' });
    expect(await row.innerText()).toContain('450103002');
    await screenshot(page, 'users');
    expect(errors).toEqual([]);
    await close();
  });

  it('sets up the second factor at the first sign-in of a finance user, then asks for its code (issue #15)', async () => {
    const admin = await bed.apiAs('admin');
    const password = 'Civic#2026-pass';
    const created = await admin('POST', '/v1/users', {
      username: 'maker2',
      displayName: '财务经办 周丽',
      password,
      roles: ['finance_maker'],
    });
    expect(created.status).toBe(201);
    const signIn = async (page: Page) => {
      await page.goto('/login');
      await page.locator('#login_username').fill('maker2');
      await page.locator('#login_password').fill(password);
      await page.locator('form[id="login"] button[type="submit"]').click();
    };

    const first = await bed.open();
    await signIn(first.page);
    const secret = first.page.getByTestId('totp-secret');
    await secret.waitFor();
    expect(await secret.innerText()).toMatch(/^[A-Z2-7]{32}$/);
    expect(await first.page.getByTestId('totp-qr').locator('canvas').count()).toBe(1);
    await screenshot(first.page, 'second-factor-enrolment');
    await answerSecondFactor(first.page, 'maker2'); // confirms, keeps the recovery codes
    await first.page.getByTestId('side-menu').waitFor();
    expect(first.errors).toEqual([]);
    await first.close();

    const second = await bed.open();
    await signIn(second.page);
    await second.page.locator('#second-factor_totp').fill('000000');
    await second.page.locator('form[id="second-factor"] button[type="submit"]').click();
    await second.page.getByTestId('login-error').getByText('验证码错误或已使用过').waitFor();
    await answerSecondFactor(second.page, 'maker2');
    await second.page.getByTestId('side-menu').waitFor();
    expect(second.errors).toEqual([]);
    await second.close();
  });

  it('keeps no token in web storage, stays signed in across a reload, renews a rejected access token through the refresh cookie, and signs out when that fails', async () => {
    const { page, errors, close } = await bed.open();
    const refreshes: number[] = [];
    page.on('response', (res) => {
      if (res.url().endsWith('/api/v1/auth/refresh')) refreshes.push(res.status());
    });
    await logIn(page, 'officer');
    // No token in localStorage or sessionStorage; the refresh token is an HttpOnly cookie.
    const stored = await page.evaluate(() =>
      [localStorage, sessionStorage].flatMap((storage) =>
        Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`),
      ),
    );
    expect(stored.filter((entry) => /token|session|eyJ/i.test(entry))).toEqual([]);
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'civic_refresh')).toMatchObject({
      httpOnly: true,
      secure: true,
      sameSite: 'Strict',
      path: '/api/v1/auth',
    });
    expect(await page.evaluate(() => document.cookie)).not.toContain('civic_refresh');

    // A reload keeps the user signed in: the access token is bought again with the cookie.
    await page.reload();
    await page.getByTestId('side-menu').waitFor();
    expect(page.url()).not.toMatch(/\/login/);
    expect(refreshes).toEqual([200]);

    // An access token the gateway rejects is renewed once through the cookie, then retried.
    const spoil = () =>
      page.route(
        '**/api/v1/organizations?**',
        (route) =>
          route.continue({
            headers: { ...route.request().headers(), authorization: 'Bearer not-a-token' },
          }),
        { times: 1 },
      );
    await spoil();
    await page.getByTestId('side-menu').getByText('组织管理').click();
    await page.getByTestId('organizations-table').getByText(own.name).waitFor();
    expect(refreshes).toEqual([200, 200]);

    // Without the cookie the renewal fails, and the session ends.
    await page.context().clearCookies();
    await spoil();
    await page.getByTestId('side-menu').getByText('首页').click();
    await page.getByTestId('side-menu').getByText('组织管理').click();
    await page.getByText('登录已失效，请重新登录').waitFor();
    await submitLogin(page, 'officer'); // and back where they were
    await page.getByTestId('organizations-table').getByText(own.name).waitFor();
    expect(errors).toEqual([]);
    await close();
  });
});
