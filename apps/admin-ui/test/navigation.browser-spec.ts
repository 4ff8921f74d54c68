import { bindUser } from '@civic/testing';
import { SAMPLE_ORGANIZATIONS } from './fixtures/organizations';
import { screenshot } from './harness/browser';
import { startTestbed, type Testbed } from './harness/testbed';
import { pickOption } from './harness/select';
import { logIn, menuLabels, submitLogin } from './harness/ui';

jest.setTimeout(180_000);

/**
 * The menu each demo user sees follows their role's permissions and bindings (domain.md
 * "Actors"): no entry of another role shows. The applicant is bound to an organization below.
 */
const FINANCE = ['资金看板', '待拨付款项', '付款失败', '拨付批次', '追回款'];
const LOTTERY_OFFICE = ['资助项目', '资助审核', '信息公开管理'];
const INCUBATION = ['孵化批次', '孵化基地'];
const VENTURE_OFFICE = ['公益创投征集', '评审专家库'];
const MENUS: Record<string, string[]> = {
  applicant: [
    ...['首页', '我的组织', '组织管理', '申请资助', '我的申请', '申请入驻', '我的入驻申请'],
    ...['公益创投', '我的创投项目'],
  ],
  incubator: ['首页', '组织管理', ...INCUBATION],
  reviewer: ['首页', '我的评审'],
  officer: [
    '首页',
    '组织管理',
    '登记组织',
    ...LOTTERY_OFFICE,
    ...INCUBATION,
    ...VENTURE_OFFICE,
    ...FINANCE,
  ],
  maker: ['首页', ...FINANCE],
  checker: ['首页', ...FINANCE],
  street: ['首页', '组织管理', '登记组织'],
  admin: [
    ...['首页', '组织管理', '登记组织', ...LOTTERY_OFFICE, ...INCUBATION, ...VENTURE_OFFICE],
    ...[...FINANCE, '用户管理'],
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

  it("takes an applicant to their own organization, and answers 'no access' for another", async () => {
    const { page, close } = await bed.open();
    await logIn(page, 'applicant');
    await page.getByTestId('side-menu').getByText('我的组织').click();
    await page.getByTestId('organization-name').filter({ hasText: own.name }).waitFor();

    await page.goto(`/organizations/${other.id}`);
    const forbidden = page.getByTestId('forbidden');
    await forbidden.waitFor();
    expect(await forbidden.innerText()).toContain('无权访问');
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

  it('renews a rejected access token once with the refresh token, and signs out when that fails', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    const spoil = (fields: Record<string, string>) =>
      page.evaluate((changes) => {
        const session = JSON.parse(localStorage.getItem('civic.session')!);
        localStorage.setItem('civic.session', JSON.stringify({ ...session, ...changes }));
      }, fields);

    await spoil({ accessToken: 'not-a-token' });
    await page.goto('/organizations');
    await page.getByTestId('organizations-table').getByText(own.name).waitFor();
    const renewed = await page.evaluate(() => localStorage.getItem('civic.session'));
    expect(JSON.parse(renewed!).accessToken).not.toBe('not-a-token');

    await spoil({ accessToken: 'not-a-token', refreshToken: 'not-a-refresh-token-0123456789' });
    await page.goto('/organizations');
    await page.getByText('登录已失效，请重新登录').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('civic.session'))).toBeNull();
    await submitLogin(page, 'officer'); // and back where they were
    await page.getByTestId('organizations-table').getByText(own.name).waitFor();
    expect(errors).toEqual([]);
    await close();
  });
});
