import { organizationBody, scratchSql } from '@civic/testing';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { screenshot } from './harness/browser';
import { startTestbed, type Testbed } from './harness/testbed';
import { logIn } from './harness/ui';

jest.setTimeout(300_000);

const PHONE = { width: 390, height: 844 };
// A valid resident ID number (GB 11643): the screen shows it masked only (R30).
const LEADER_ID = '450103198805120021';

/** How far the page is wider than the window: 0 when nothing scrolls sideways. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - window.innerWidth;
  });

const badge = (page: Page) => page.getByTestId('audit-verification');
const rows = (page: Page) => page.getByTestId('audit-table').locator('[data-testid="audit-row"]');
const diffRow = (page: Page, path: string) =>
  page.locator(`[data-testid="audit-diff-row"][data-path="${path}"]`);

/**
 * The audit log screen (R31, issue #18): an administrator searches a service's chain by subject
 * and action, opens an entry's before and after side by side (the changed field highlighted,
 * personal data masked, R30), sees the chain's verification turn red where it was tampered with,
 * and exports what the filters find; on a phone the same search opens full width and fits.
 */
describe('admin UI: the audit log (R31)', () => {
  let bed: Testbed;
  let orgId: string;

  beforeAll(async () => {
    bed = await startTestbed();
    const admin = await bed.apiAs('admin');
    const org = await admin(
      'POST',
      '/v1/organizations',
      organizationBody({
        name: '审计界面测试互助会',
        leaders: [{ name: '王建国', role: '负责人', isPartyMember: true, residentId: LEADER_ID }],
      }),
    );
    expect(org.status).toBe(201);
    orgId = org.body.id;
    const renamed = await admin('PATCH', `/v1/organizations/${orgId}`, {
      name: '审计界面测试邻里会',
    });
    expect(renamed.status).toBe(200);
    const user = await admin('POST', '/v1/users', {
      username: 'audit-ui-probe',
      displayName: '审计界面探针',
      password: 'Long enough 2026',
      roles: ['reviewer'],
    });
    expect(user.status).toBe(201);
  });

  afterAll(() => bed?.stop());

  it('an administrator finds a change by subject and action, and reads its before and after side by side', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'admin');
    await page.getByTestId('side-menu').getByText('审计日志', { exact: true }).click();
    await page.getByTestId('audit-page').waitFor();
    await badge(page).and(page.locator('[data-state="ok"]')).waitFor();
    expect(await badge(page).innerText()).toMatch(/哈希链完整：第 1–\d+ 条/);

    await page.locator('#audit-filters_entityType').fill('organization');
    await page.locator('#audit-filters_entityId').fill(orgId);
    await page.locator('#audit-filters_action').fill('organization.changed');
    await page.getByTestId('audit-search').click();
    await page.waitForURL(/action=organization\.changed/);
    // the page before stays on screen until the search answers
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="audit-row"]').length === 1,
    );
    expect(await rows(page).first().getAttribute('data-action')).toBe('organization.changed');
    expect(await rows(page).first().innerText()).toContain('变更组织信息');
    await screenshot(page, 'audit');

    await rows(page).first().getByTestId('audit-open').click();
    const drawer = page.getByTestId('audit-entry-drawer');
    await drawer.waitFor();
    expect(await drawer.innerText()).toContain('系统管理员');
    const name = diffRow(page, 'name');
    expect(await name.getAttribute('data-changed')).toBe('true');
    expect(await name.innerText()).toMatch(/审计界面测试互助会[\s\S]*审计界面测试邻里会/);
    expect(await diffRow(page, 'memberCount').getAttribute('data-changed')).toBe('false');
    // R30: the leader's number masked on both sides, never whole
    expect(await diffRow(page, 'leaders.0.residentIdMasked').innerText()).toContain(
      '450103********0021',
    );
    expect(await drawer.innerText()).not.toContain(LEADER_ID);
    await page.getByTestId('audit-only-changed').click();
    await diffRow(page, 'memberCount').waitFor({ state: 'detached' });
    const shown = drawer.locator('[data-testid="audit-diff-row"]');
    expect(
      await shown.evaluateAll((els) => els.map((el) => el.getAttribute('data-changed'))),
    ).toEqual(expect.arrayContaining(['true']));
    expect(
      (await shown.evaluateAll((els) => els.map((el) => el.getAttribute('data-changed')))).every(
        (changed) => changed === 'true',
      ),
    ).toBe(true);
    await screenshot(page, 'audit-entry');
    expect(errors).toEqual([]);
    await close();
  });

  it('exports what the filters find as Excel, the filters named above the entries', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'admin');
    await page.goto(`/audit?service=organizations&entityType=organization&entityId=${orgId}`);
    await rows(page).first().waitFor();
    expect(await rows(page).count()).toBe(3); // registered, tier decided, changed
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('audit-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^audit-organizations-\d{12}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.getWorksheet('审计日志')!;
    expect(sheet.getCell('A2').value).toBe(`筛选条件：主体类型=organization；主体编号=${orgId}`);
    expect(sheet.getCell('F7').value).toBe('organization.changed');
    expect(sheet.getCell('A10').value).toBeNull();
    expect(errors).toEqual([]);
    await close();
  });

  it('shows where a tampered chain breaks, in red', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'admin');
    // what someone with database access could do: change who made a decision
    const sql = (text: string, params: unknown[] = []) =>
      scratchSql<{ actor_id: string }>(bed.platform.databaseUrl, text, params);
    const [first] = await sql(`SELECT actor_id FROM organizations.audit_entry WHERE seq = 2`);
    await sql(`UPDATE organizations.audit_entry SET actor_id = 'someone-else' WHERE seq = 2`);
    try {
      await page.goto('/audit?service=organizations');
      await badge(page).and(page.locator('[data-state="broken"]')).waitFor();
      expect(await badge(page).innerText()).toBe('哈希链在第 2 条断开：内容被修改');
      await screenshot(page, 'audit-broken');
    } finally {
      await sql(`UPDATE organizations.audit_entry SET actor_id = $1 WHERE seq = 2`, [
        first.actor_id,
      ]);
    }
    await badge(page).getByRole('button').click();
    await badge(page).and(page.locator('[data-state="ok"]')).waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it('on a phone: the same search, the entry full width, nothing wider than the screen', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'admin');
    await page.setViewportSize(PHONE);
    await page.goto('/audit?service=gateway&entityType=user&action=user.created');
    await badge(page).and(page.locator('[data-state="ok"]')).waitFor();
    await rows(page).first().waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await rows(page).first().getByTestId('audit-open').click();
    const drawer = page.getByTestId('audit-entry-drawer');
    await drawer.waitFor();
    expect(await diffRow(page, 'username').innerText()).toContain('audit-ui-probe');
    expect(await diffRow(page, 'username').getAttribute('data-changed')).toBe('true');
    const width = await drawer
      .locator('.ant-drawer-content-wrapper, .ant-drawer-section')
      .first()
      .boundingBox();
    expect(width?.width).toBeGreaterThanOrEqual(PHONE.width - 1);
    expect(await drawer.innerText()).not.toMatch(/passwordHash|argon2/);
    await screenshot(page, 'audit-phone-entry');
    expect(errors).toEqual([]);
    await close();
  });
});
