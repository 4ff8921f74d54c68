import { HENGZHOU_LOCATION, organizationBody } from '@civic/testing';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { screenshot } from './harness/browser';
import { startTestbed, type Testbed } from './harness/testbed';
import { logIn, switchLanguage } from './harness/ui';

jest.setTimeout(300_000);

/** What an attacker names an organization (OWASP "CSV Injection", issue #15). */
const DDE = "=cmd|' /C calc'!A0";
const HEADER_ROW = 4;

/** Clicks the list's export button and reads the download back with exceljs. */
async function exported(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-list').click(),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path())!);
  const sheet = workbook.worksheets[0];
  const headers = (sheet.getRow(HEADER_ROW).values as unknown[]).slice(1).map(String);
  const rows = [];
  for (let r = HEADER_ROW + 1; r <= sheet.rowCount; r += 1) {
    rows.push(Object.fromEntries(headers.map((h, i) => [h, sheet.getCell(r, i + 1)])));
  }
  const line = (row: number) => String(sheet.getCell(row, 1).value);
  return { name: download.suggestedFilename(), title: line(1), filter: line(2), headers, rows };
}

/**
 * The export button above a list (issue #18): an officer downloads the registry, then searches it
 * and downloads again; each workbook names the filter used, carries Chinese headers and labels,
 * amounts as numbers of yuan and a hostile name escaped; in English, the same list in English.
 */
describe('admin UI: exporting a list to Excel (issue #18)', () => {
  let bed: Testbed;

  beforeAll(async () => {
    bed = await startTestbed();
    const admin = await bed.apiAs('admin');
    for (const body of [
      { name: '新竹社区导出测试互助会', registeredFundsFen: 123_456 },
      { name: DDE },
      { name: '城东社区导出测试文体队', location: HENGZHOU_LOCATION, areaType: 'RURAL' },
    ]) {
      expect((await admin('POST', '/v1/organizations', organizationBody(body))).status).toBe(201);
    }
  });

  afterAll(async () => {
    await bed?.stop();
  });

  it('downloads the filtered registry with Chinese headers and labels, yuan as numbers', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.goto('/organizations');
    await page.getByTestId('organizations-table').getByText('新竹社区导出测试互助会').waitFor();
    const button = page.getByTestId('export-list');
    expect(await button.innerText()).toContain('导出 Excel');
    await screenshot(page, 'export-organizations');

    const all = await exported(page);
    expect(all.name).toMatch(/^organizations-\d{12}\.xlsx$/);
    expect(all.title).toBe('社区社会组织名录');
    expect(all.filter).toBe('筛选条件：全部（未筛选）');
    expect(all.headers.slice(0, 4)).toEqual(['名称', '类别', '管理层级', '城乡']);
    expect(all.rows.map((r) => r['名称'].value).sort()).toEqual(
      ['新竹社区导出测试互助会', `'${DDE}`, '城东社区导出测试文体队'].sort(),
    );
    const own = all.rows.find((r) => r['名称'].value === '新竹社区导出测试互助会')!;
    expect([own['注册资金（元）'].value, own['注册资金（元）'].numFmt]).toEqual([
      1234.56,
      '#,##0.00',
    ]);
    expect(own['城乡'].value).toBe('城市');
    expect(own['类别'].value).toBe('公益慈善类');

    // The list searched by name: the export follows the filter on screen.
    await page.getByTestId('organization-search').locator('input').fill('城东');
    await page.getByTestId('organization-search').locator('input').press('Enter');
    await page
      .getByTestId('organizations-table')
      .getByText('新竹社区导出测试互助会')
      .waitFor({ state: 'detached' });
    const found = await exported(page);
    expect(found.filter).toBe('筛选条件：名称包含：城东');
    expect(found.rows.map((r) => [r['名称'].value, r['城乡'].value])).toEqual([
      ['城东社区导出测试文体队', '农村'],
    ]);

    await switchLanguage(page, 'English');
    const english = await exported(page);
    expect(english.title).toBe('Community social organizations');
    expect(english.filter).toBe('Filter: Name contains: 城东');
    expect(english.headers.slice(0, 2)).toEqual(['Name', 'Category']);
    expect(english.rows.map((r) => r['Urban/rural'].value)).toEqual(['Rural']);
    expect(errors).toEqual([]);
    await close();
  });
});
