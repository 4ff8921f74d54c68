import { http } from '@civic/testing';
import type { Page } from 'playwright-core';
import { CATALOGUE, NANNING_ITEM, UI_ITEM, WORKS_ITEM, YEAR } from './fixtures/procurement';
import { screenshot } from './harness/browser';
import { pickOption } from './harness/select';
import { startTestbed, type Testbed } from './harness/testbed';
import { fieldError, logIn, switchLanguage } from './harness/ui';

jest.setTimeout(240_000);

type ApiAs = Awaited<ReturnType<Testbed['apiAs']>>;
interface Item {
  name: string;
  categories: string[];
  referencePriceFen: number | null;
  stable: boolean;
}

const PHONE = { width: 390, height: 844 };

/** How far the page is wider than the window: 0 when nothing scrolls sideways. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - window.innerWidth;
  });

/** Opens the drawer and types an item (without submitting). */
async function typeItem(
  page: Page,
  item: { category1: string; category2?: string; category3?: string; name: string },
  rest: { description: string; unit: string; priceYuan?: string },
) {
  await page.getByTestId('catalogue-create').click();
  const drawer = page.getByTestId('catalogue-drawer');
  await drawer.locator('#catalogue_category1').waitFor();
  await drawer.locator('#catalogue_category1').fill(item.category1);
  if (item.category2) await drawer.locator('#catalogue_category2').fill(item.category2);
  if (item.category3) await drawer.locator('#catalogue_category3').fill(item.category3);
  await drawer.locator('#catalogue_name').fill(item.name);
  await drawer.locator('#catalogue_description').fill(rest.description);
  await drawer.locator('#catalogue_unit').fill(rest.unit);
  await drawer.locator('#catalogue_unit').press('Escape');
  if (rest.priceYuan) await drawer.locator('#catalogue_referencePriceYuan').fill(rest.priceYuan);
  return drawer;
}

/**
 * The catalogue of services the government purchases in the admin UI (R24, R25, R26): an officer
 * enters an item in three category levels with its price in yuan and sees it listed; an item under
 * the negative list is refused with its clause named, in Chinese and in English; the public reads
 * the catalogue without logging in, a page at a time, on a desktop and on a 390 px phone.
 */
describe('admin UI: the government purchase catalogue (R24, R25)', () => {
  let bed: Testbed;
  let officer: ApiAs;
  const stored = async () =>
    (await officer('GET', `/v1/procurement/catalogue?fiscalYear=${YEAR}&pageSize=200`)).body as {
      total: number;
      items: Item[];
    };

  beforeAll(async () => {
    bed = await startTestbed({ withProcurement: true });
    officer = await bed.apiAs('officer');
    for (const item of [...CATALOGUE, NANNING_ITEM]) {
      expect((await officer('POST', '/v1/procurement/catalogue', item)).status).toBe(201);
    }
  });

  afterAll(() => bed?.stop());

  it('lets an officer enter an item in three levels, its price in yuan, and lists it', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.getByTestId('side-menu').getByText('服务目录', { exact: true }).click();
    const table = page.getByTestId('catalogue-table');
    await table.locator('tr', { hasText: CATALOGUE[0].name }).waitFor();
    // Server paging: twelve items of the year, the page says so.
    expect(await page.locator('.ant-pagination-total-text').innerText()).toBe('共 12 条');

    const drawer = await typeItem(page, UI_ITEM, { ...UI_ITEM, priceYuan: UI_ITEM.priceYuan });
    await drawer.locator('#catalogue_stable').check();
    await screenshot(page, 'procurement-catalogue-entry');
    await page.getByTestId('catalogue-ok').click();
    await page.getByText(`已录入目录条目“${UI_ITEM.name}”`).waitFor();

    const row = table.locator('tr', { hasText: UI_ITEM.name });
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('社会管理性服务 › 禁毒服务 › 社区戒毒社区康复');
    expect(text).toContain('3,000.50 元 / 人·年'); // R26: yuan typed, fen stored, yuan shown
    expect(text).toContain('广西壮族自治区');
    expect(await row.getByTestId('stable-tag').innerText()).toBe('稳定持续');
    const item = (await stored()).items.find((i) => i.name === UI_ITEM.name);
    expect(item).toMatchObject({
      categories: [UI_ITEM.category1, UI_ITEM.category2, UI_ITEM.category3],
      referencePriceFen: UI_ITEM.priceFen,
      stable: true,
    });
    await screenshot(page, 'procurement-catalogue');
    expect(errors).toEqual([]);
    await close();
  });

  it('refuses an item under the negative list, naming the clause, in Chinese and English (R25)', async () => {
    const { page, errors, close } = await bed.open();
    await logIn(page, 'officer');
    await page.goto('/procurement/catalogue');
    const before = (await stored()).total;

    const drawer = await typeItem(page, WORKS_ITEM, WORKS_ITEM);
    await page.getByTestId('catalogue-ok').click();
    const refusal = drawer.getByTestId('refusal');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('RULE_R25');
    const zh = await refusal.innerText();
    expect(zh).toContain('负面清单');
    expect(zh).toContain('《政府购买服务管理办法》第十条第（三）项'); // the clause, in Chinese
    expect(zh).toContain('工程');
    expect(zh).toContain('装修'); // the term found
    // ...and on the field where the term was found.
    expect(await fieldError(page, 'catalogue_description', '负面清单')).toContain(
      '第十条第（三）项',
    );
    await screenshot(page, 'procurement-catalogue-refused');
    await drawer.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });

    await switchLanguage(page, 'English');
    await page.getByText('Catalogue of services the government purchases').waitFor();
    await typeItem(page, WORKS_ITEM, WORKS_ITEM);
    await page.getByTestId('catalogue-ok').click();
    await refusal.waitFor();
    const en = await refusal.innerText();
    expect(en).toContain('negative list');
    expect(en).toContain('Order 102 art. 10(3) (works)');
    expect(en).toContain('装修');
    expect((await stored()).total).toBe(before); // nothing stored
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the public the catalogue without login, a page at a time, in Chinese and English', async () => {
    const { page, errors, close } = await bed.open();
    await page.goto('/public/procurement/catalogue');
    const cards = page.getByTestId('catalogue-item');
    await cards.first().waitFor();
    expect(await page.locator('h3').first().innerText()).toBe('政府购买服务指导性目录');
    expect(await cards.count()).toBe(10);
    const eldercare = cards.filter({ hasText: CATALOGUE[0].name });
    const text = await eldercare.innerText();
    expect(text).toContain('基本公共服务 › 养老服务');
    expect(text).toContain('80.00 元 / 人次');
    expect(text).toContain(`广西壮族自治区 · ${YEAR} 年度`);
    expect(await eldercare.getByTestId('stable-tag').count()).toBe(1);
    await screenshot(page, 'procurement-public');

    // The second page holds the rest.
    await page.getByTestId('catalogue-pages').locator('.ant-pagination-item-2').click();
    await page.getByTestId('catalogue-name').getByText(UI_ITEM.name).waitFor();
    // Nanning's catalogue alone.
    await pickOption(page, 'public-catalogue-region', '南宁市');
    await cards.filter({ hasText: NANNING_ITEM.name }).waitFor();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="catalogue-item"]').length === 1,
    );

    await switchLanguage(page, 'English');
    await page.getByText('Catalogue of services the government purchases').waitFor();
    expect(await cards.first().innerText()).toContain(`南宁市 · fiscal year ${YEAR}`);
    expect(await cards.first().innerText()).toContain('¥6.00 / 人次');
    expect(errors).toEqual([]);
    await close();
  });

  it('fits a 390 px phone: cards, nothing wider than the screen, in Chinese and English', async () => {
    const { page, errors, close } = await bed.open();
    await page.setViewportSize(PHONE);
    await page.goto('/public/procurement/catalogue');
    await page.getByTestId('catalogue-item').first().waitFor();
    expect(await page.getByTestId('catalogue-item').count()).toBe(10);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(
      await page.evaluate(() => (document.scrollingElement ?? document.body).scrollWidth),
    ).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'procurement-public-phone');

    await switchLanguage(page, 'English');
    await page.getByText('Catalogue of services the government purchases').waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(
      await page.evaluate(() => (document.scrollingElement ?? document.body).scrollWidth),
    ).toBeLessThanOrEqual(PHONE.width);
    // No login was needed: the public API answers without a token too.
    const published = await http(
      'GET',
      `${bed.platform.api}/v1/public/procurement/catalogue?fiscalYear=${YEAR}`,
    );
    expect(published.status).toBe(200);
    expect(published.body.total).toBe(CATALOGUE.length + 2);
    expect(errors).toEqual([]);
    await close();
  });
});
