import { testEnv } from '@civic/testing';
import { mkdirSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './paths';

/** An entry of the side menu: its key (`lotteryMine`) and its label. */
export interface MenuScreen {
  key: string;
  label: string;
}

/**
 * The side menu's entries, by their keys: antd writes each item's key at the end of its
 * `data-menu-id` (`rc-menu-uuid-…-lotteryMine`); the keys are camelCase words (menu.ts).
 */
export async function menuScreens(page: Page): Promise<MenuScreen[]> {
  const items = page.getByTestId('side-menu').locator('.ant-menu-item');
  await items.first().waitFor({ state: 'attached' });
  return items.evaluateAll((nodes) =>
    nodes.map((node) => ({
      key: (node.getAttribute('data-menu-id') ?? '').split('-').pop() ?? '',
      label: (node.textContent ?? '').trim(),
    })),
  );
}

/**
 * Counts the page's requests in flight, so that a walk can wait until a screen has loaded all
 * it asked for (a single-page app's navigations fire no load event).
 */
export function trackRequests(page: Page): () => number {
  let inFlight = 0;
  page.on('request', () => inFlight++);
  page.on('requestfinished', () => inFlight--);
  page.on('requestfailed', () => inFlight--);
  return () => inFlight;
}

/**
 * Waits until the screen has settled: no request in flight, no spinner or skeleton, no finite
 * animation running (antd's fades and zooms, which would otherwise be measured half-transparent),
 * twice in a row. Gives up after a while without failing: the checks that follow then judge the
 * screen as it is.
 */
export async function settle(page: Page, inFlight: () => number): Promise<void> {
  let quiet = 0;
  for (let round = 0; round < 150 && quiet < 2; round++) {
    await page.waitForTimeout(100);
    const busy =
      inFlight() > 0 ||
      (await page.evaluate(
        () =>
          document.querySelector('.ant-spin-spinning, .ant-skeleton-active') !== null ||
          document
            .getAnimations()
            .some(
              (a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity,
            ),
      ));
    quiet = busy ? 0 : quiet + 1;
  }
}

/**
 * The walk's pictures: SCREENSHOT_DIR when set (scripts/screenshots.mjs sets it), otherwise
 * `screen-walk/` under the browser tests' usual directory (SCREENSHOTS_DIR, tmp/screenshots).
 */
export function walkScreenshotsDir(): string {
  const dir = testEnv().SCREENSHOT_DIR ?? join(testEnv().SCREENSHOTS_DIR, 'screen-walk');
  const absolute = isAbsolute(dir) ? dir : join(ROOT, dir);
  mkdirSync(absolute, { recursive: true });
  return absolute;
}

/** The window as it is, a JPEG small enough for the README (`<role>-<screen>-<size>.jpg`). */
export async function walkScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: join(walkScreenshotsDir(), `${name}.jpg`),
    type: 'jpeg',
    quality: 60,
    animations: 'disabled',
  });
}
