import type { Browser } from 'playwright-core';
import { http, startPlatform } from '@civic/testing';
import { startAdminUi } from './admin-ui';
import { launchBrowser, openPage } from './browser';
import { signInTo } from './ui';

export type Platform = Awaited<ReturnType<typeof startPlatform>>;
export type PlatformOptions = NonNullable<Parameters<typeof startPlatform>[0]>;

/**
 * Everything a browser spec needs: the real platform (gateway with one demo user per role,
 * organizations service, scratch database), the built UI (scripts/serve.mjs), and Chromium.
 * `options` go to startPlatform (say, `withLotteryFund: true` for the lottery-fund service).
 */
export async function startTestbed(options: PlatformOptions = {}) {
  const stops: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => {});
  };
  try {
    const platform = await startPlatform(options);
    stops.push(() => platform.stop());
    signInTo(platform.api);
    const ui = await startAdminUi(platform.api);
    stops.push(() => ui.stop());
    const browser: Browser = await launchBrowser();
    stops.push(() => browser.close());
    /** Calls the API as a demo user, like the UI would. */
    const apiAs = async (username: string) => {
      const token = await platform.login(username);
      return (method: string, path: string, body?: unknown, language = 'zh-CN') =>
        http(method, `${platform.api}${path}`, body, { token, language });
    };
    return { platform, ui, browser, apiAs, open: () => openPage(browser, ui.url), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export type Testbed = Awaited<ReturnType<typeof startTestbed>>;
