import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { seedDashboards } from './fixtures/dashboards';
import { screenshot } from './harness/browser';
import { pickOption } from './harness/select';
import { startTestbed, type Testbed } from './harness/testbed';
import { logIn, switchLanguage } from './harness/ui';

jest.setTimeout(300_000);

const PHONE = { width: 390, height: 844 };
/** How far the page is wider than the window: 0 when nothing scrolls sideways. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - window.innerWidth;
  });

const panel = (page: Page, testId: string) => page.getByTestId(testId);
/** A label the chart drew (SVG text): a city on the map, a category beside its bar. */
const chartText = (chart: Locator, text: string) =>
  chart
    .locator('svg text')
    .filter({ hasText: new RegExp(`^${text}$`) })
    .first();
const figure = (page: Page, key: string) => page.getByTestId(`figure-${key}`);
const crumbs = (page: Page) =>
  page.getByTestId('dashboard-breadcrumb').locator('.ant-breadcrumb-link');

/**
 * The dashboards (issue #18) in Chromium against the real platform: an officer opens them from the
 * menu and sees the registry's figures as the API gives them, drills down from Guangxi to a city on
 * the map and to a county by its bar (rule R1), goes back up by the breadcrumb, follows a linked
 * view, exports a chart's dashboard as Excel, reads every figure in the data tables; on a 390 px
 * phone the panels stack in one column and nothing is wider than the screen.
 */
describe('admin UI: dashboards (issue #18; R1, R5, R10, R16)', () => {
  let bed: Testbed;
  let officer: Awaited<ReturnType<Testbed['apiAs']>>;

  beforeAll(async () => {
    bed = await startTestbed({
      withIncubation: true,
      withVenture: true,
      withLotteryFund: true,
      withProcurement: true,
    });
    officer = await bed.apiAs('officer');
    await seedDashboards(bed);
  });

  afterAll(() => bed?.stop());

  it('shows an officer the registry as the API counts it, and drills from Guangxi to a city and a county and back', async () => {
    const province = (await officer('GET', '/v1/dashboards/registry')).body;
    const nanning = (await officer('GET', '/v1/dashboards/registry?areaCode=4501')).body;
    const qingxiu = (await officer('GET', '/v1/dashboards/registry?areaCode=450103')).body;
    expect(province.figures.total).toBe(4);

    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.getByTestId('side-menu').getByText('数据看板', { exact: true }).click();
    await page.getByTestId('dashboard-registry').waitFor();
    expect(await figure(page, 'total').innerText()).toBe(String(province.figures.total));
    expect(await figure(page, 'partyLed').innerText()).toBe(province.figures.partyLed.text);
    const areas = panel(page, 'registry-areas');
    expect(await areas.locator('.dashboard-chart').getAttribute('aria-label')).toBe(
      '图表：各地区组织数量（数字见下方数据表）',
    );
    await chartText(areas, '柳州市').waitFor();
    await screenshot(page, 'dashboards');

    // Guangxi → 南宁市, by its region on the map
    await chartText(areas, '南宁市').click();
    await page.waitForURL(/area=4501(&|$)/);
    await page.getByTestId('dashboard-breadcrumb').getByText('南宁市').waitFor();
    await untilText(figure(page, 'total'), String(nanning.figures.total));
    // 南宁市 → 青秀区, by its bar
    await clickBarOf(page, chartText(areas, '青秀区'));
    await page.waitForURL(/area=450103(&|$)/);
    await untilText(figure(page, 'total'), String(qingxiu.figures.total));
    expect(await crumbs(page).allInnerTexts()).toEqual(['广西壮族自治区', '南宁市', '青秀区']);
    await chartText(areas, '新竹街道').waitFor();

    // back up by the breadcrumb, one level and then to the province
    await page.getByTestId('dashboard-breadcrumb').getByRole('link', { name: '南宁市' }).click();
    await page.waitForURL(/area=4501(&|$)/);
    await chartText(areas, '上林县').waitFor();
    await page
      .getByTestId('dashboard-breadcrumb')
      .getByRole('link', { name: '广西壮族自治区' })
      .click();
    await page.waitForURL((url) => !url.search.includes('area='));
    await untilText(figure(page, 'total'), String(province.figures.total));
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps the filters in the address: a linked view opens as it was, the year offered only where there is data', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    const year = (await officer('GET', '/v1/dashboards/registry')).body.years[0] as number;
    await page.goto(`/dashboards?tab=registry&area=450103&year=${year}`);
    await page.getByTestId('dashboard-registry').waitFor();
    expect(await crumbs(page).allInnerTexts()).toEqual(['广西壮族自治区', '南宁市', '青秀区']);
    await page.locator('#dashboard-year').click();
    const options = page
      .locator('.ant-select-dropdown', { has: page.locator('#dashboard-year_list') })
      .locator('.ant-select-item-option');
    await options.first().waitFor();
    expect(await options.allInnerTexts()).toEqual(['全部年度', `${year} 年`]);
    await page.keyboard.press('Escape');
    await pickOption(page, 'dashboard-year', '全部年度');
    await page.waitForURL((url) => !url.search.includes('year='));
    expect(page.url()).toContain('area=450103');

    // in English: the tabs, the filters, the panels and the chart's own words
    await switchLanguage(page, 'English');
    const tabs = page.getByTestId('dashboards-page').getByRole('tab');
    await tabs.filter({ hasText: 'Registry' }).waitFor();
    expect(await tabs.allInnerTexts()).toEqual(['Registry', 'Incubation', 'Funding', 'Timeliness']);
    const tiers = panel(page, 'registry-tiers');
    await tiers.getByText('Management tiers by county', { exact: true }).waitFor();
    expect(await tiers.locator('.dashboard-chart').getAttribute('aria-label')).toBe(
      'Chart: Management tiers by county (the figures are in the data table below)',
    );
    await chartText(tiers, 'Filed with the street').waitFor(); // the legend, no tier code
    expect(await page.locator('.dashboard-filters').innerText()).toBe('All years');
    expect(errors).toEqual([]);
    await close();
  });

  it('exports the dashboard under a chart as Excel with the filters on screen, Chinese headers, numbers as numbers', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.goto('/dashboards?tab=registry&area=4501');
    const areas = panel(page, 'registry-areas');
    await chartText(areas, '青秀区').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      areas.getByTestId('dashboard-export').click(),
    ]);
    expect(download.suggestedFilename()).toBe('registry-4501.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.getWorksheet('分地区统计')!;
    expect(String(sheet.getCell('A1').value)).toMatch(
      /^筛选条件：地区：南宁市（市）；年度：全部年度；/,
    );
    expect((sheet.getRow(2).values as unknown[]).slice(1, 5)).toEqual([
      '地区',
      '区划代码',
      '层级',
      '组织总数',
    ]);
    expect(sheet.getCell('A3').value).toBe('青秀区');
    expect(sheet.getCell('D3').value).toBe(2);
    expect(errors).toEqual([]);
    await close();
  });

  it('gives every chart a data table with the same figures, and drills down from it by keyboard', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.goto('/dashboards?tab=registry&area=4501');
    const areas = panel(page, 'registry-areas');
    await areas.getByRole('button', { name: /数据表：各地区组织数量/ }).click();
    const table = page.getByTestId('registry-areas-table');
    const row = table.locator('tr', { hasText: '青秀区' });
    expect(await row.innerText()).toMatch(/青秀区\s+2\s/);
    const drill = row.getByRole('button', { name: '查看 青秀区 的下级地区' });
    await drill.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/area=450103(&|$)/);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows cohort outcomes by cohort and by the applicants’ area', async () => {
    const cohorts = (await officer('GET', '/v1/dashboards/cohorts')).body;
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.goto('/dashboards?tab=cohorts');
    await page.getByTestId('dashboard-cohorts').waitFor();
    expect(await figure(page, 'applied').innerText()).toBe(String(cohorts.totals.applied));
    // the cohort's label, cut to the width beside its bar, starts with the base's name
    await panel(page, 'cohort-outcomes')
      .locator('svg text', { hasText: '青秀区社区' })
      .first()
      .waitFor();
    await chartText(panel(page, 'cohort-areas'), '南宁市').waitFor();
    const outcomes = panel(page, 'cohort-outcomes');
    await outcomes.getByRole('button', { name: /数据表：各孵化批次成效/ }).click();
    const row = page
      .getByTestId('cohort-outcomes-table')
      .locator('tr', { hasText: '2026 年第二期孵化' });
    expect(await row.innerText()).toMatch(
      /^2026 年第二期孵化\s+青秀区社区社会组织孵化基地\s+\d{4}\s+1\s+1\s+0\s+0\s+1\s+0\s+0\s+0%$/,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      outcomes.getByTestId('dashboard-export').click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.getWorksheet('各批次成效')!;
    expect(sheet.getCell('A2').value).toBe('孵化基地');
    expect(sheet.getCell('A3').value).toBe('青秀区社区社会组织孵化基地');
    expect(errors).toEqual([]);
    await close();
  });

  it('shows finance staff the funding dashboard: money by programme and area in yuan, shares against their targets', async () => {
    const funding = (await officer('GET', '/v1/dashboards/funding')).body;
    const nanning = (await officer('GET', '/v1/dashboards/funding?areaCode=4501')).body;
    const { page, errors, close } = await bed.open();
    await logIn(page, 'maker');
    await page.getByTestId('side-menu').getByText('数据看板', { exact: true }).click();
    // finance staff may open the money dashboards only (their routes' permission)
    const tabs = page.getByTestId('dashboards-page').getByRole('tab');
    await page.getByTestId('dashboard-funding').waitFor();
    expect(await tabs.allInnerTexts()).toEqual(['资金拨付', '办理时效']);
    const committed = figure(page, 'committed');
    expect(await committed.innerText()).toBe('22,345.67 元');
    expect(funding.totals.committedFen).toBe(2_234_567);
    // "元" on the amount's line: one line box, not two
    expect(await committed.evaluate((el) => el.getClientRects().length)).toBe(1);
    const areas = panel(page, 'funding-areas');
    await chartText(areas, '柳州市').waitFor();
    const shares = panel(page, 'funding-shares');
    await shares.getByRole('button', { name: /数据表：资金投向与政策目标/ }).click();
    const rural = page
      .getByTestId('funding-shares-table')
      .locator('tr', { hasText: '农村社区社会组织' });
    expect(await rural.innerText()).toContain(funding.shares.rural.text);
    expect(await rural.innerText()).toContain('不低于 30%');
    const eldercare = page
      .getByTestId('funding-shares-table')
      .locator('tr', { hasText: '养老服务' });
    expect(await eldercare.innerText()).toContain(`${funding.shares.eldercare.text}`);
    expect(await eldercare.innerText()).toContain('不低于 55%');
    await screenshot(page, 'dashboards-funding');

    await chartText(areas, '南宁市').click();
    await page.waitForURL(/area=4501(&|$)/);
    await untilText(figure(page, 'committed'), '18,345.67 元');
    expect(nanning.totals.committedFen).toBe(1_834_567);
    await chartText(areas, '上林县').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      areas.getByTestId('dashboard-export').click(),
    ]);
    expect(download.suggestedFilename()).toBe('funding-4501.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const first = workbook.worksheets[0]!;
    expect(String(first.getCell('A1').value)).toMatch(/^筛选条件：.*南宁市/);
    expect(JSON.stringify(first.getRow(2).values)).toMatch(/[\u4e00-\u9fff]/);
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps "元" on its amount’s line on the fund dashboard too, wide and on a phone', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'maker');
    for (const size of [{ width: 1440, height: 900 }, PHONE]) {
      await page.setViewportSize(size);
      await page.goto('/finance/funds');
      const values = page
        .getByTestId('fund-LOTTERY_WELFARE')
        .locator('.ant-statistic-content-value');
      await values.filter({ hasText: '100,000.00 元' }).first().waitFor();
      // one line box each, inside its card (not pushed out of it by nowrap)
      const lines = await values.evaluateAll((els) =>
        els.map((el) => ({
          text: el.textContent,
          lines: el.getClientRects().length,
          inside:
            el.getBoundingClientRect().right <=
            el.closest('.ant-card')!.getBoundingClientRect().right,
        })),
      );
      expect(lines).toHaveLength(4);
      for (const line of lines) expect(line).toMatchObject({ lines: 1, inside: true });
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the days from application to decision per programme, as the API counts them', async () => {
    const timeliness = (await officer('GET', '/v1/dashboards/timeliness')).body;
    expect(timeliness.totals.toDecision.count).toBe(1);
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.goto('/dashboards?tab=timeliness');
    await page.getByTestId('dashboard-timeliness').waitFor();
    expect(await figure(page, 'toDecision-median').innerText()).toBe(
      `${timeliness.totals.toDecision.medianDays} 天`,
    );
    const decisions = panel(page, 'timeliness-toDecision');
    await chartText(decisions, '孵化培育').waitFor();
    await screenshot(page, 'dashboards-timeliness');
    await decisions.getByRole('button', { name: /数据表/ }).click();
    const row = page
      .getByTestId('timeliness-toDecision-table')
      .locator('tr', { hasText: '孵化培育' });
    expect(await row.innerText()).toMatch(/孵化培育\s+1\s/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      decisions.getByTestId('dashboard-export').click(),
    ]);
    expect(download.suggestedFilename()).toBe('timeliness-45.xlsx');
    expect(errors).toEqual([]);
    await close();
  });

  it('on a phone: the panels in one column, nothing wider than the screen', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.setViewportSize(PHONE);
    for (const path of [
      '/dashboards?tab=registry',
      '/dashboards?tab=registry&area=4501',
      '/dashboards?tab=cohorts',
    ]) {
      await page.goto(path);
      await page.locator('.dashboard-panel svg').first().waitFor();
      const boxes = await page
        .locator('.dashboard-panel')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
      expect(boxes.length).toBeGreaterThan(1);
      expect(new Set(boxes.map((b) => Math.round(b.x))).size).toBe(1);
      for (const box of boxes) expect(box.right).toBeLessThanOrEqual(PHONE.width);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    }
    await page.goto('/dashboards?tab=registry&area=4501');
    await page.locator('.dashboard-panel svg').first().waitFor();
    await screenshot(page, 'dashboards-phone');
    expect(errors).toEqual([]);
    await close();
  });
});

/**
 * Clicks the bar beside a category's label (40 px right of it). The chart may draw itself again
 * as it settles into its new size, replacing the label: its box is measured until it holds still.
 */
async function clickBarOf(page: Page, label: Locator): Promise<void> {
  await label.waitFor();
  for (let attempt = 1; ; attempt += 1) {
    const box = await label.boundingBox();
    if (box) return page.mouse.click(box.x + box.width + 40, box.y + box.height / 2);
    if (attempt === 20) throw new Error('the bar’s label never held still');
    await page.waitForTimeout(100);
  }
}

/** Waits until the element says exactly `text` (a drill-down's figures arrive after its URL). */
async function untilText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: new RegExp(`^${text}$`) }).waitFor();
}
