import { testEnv } from '@civic/testing';
import { mkdirSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { watchPolicy } from './csp';
import { ROOT } from './paths';

/** Debian's Chromium (tools/dev/ensure-browser.mjs installs it), headless. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: testEnv().CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A page in a fresh context (empty localStorage: Chinese, signed out) that records the errors
 * the app throws or logs, so a test can check there were none, and its Content-Security-Policy
 * violations, which fail the test (csp-guard.ts).
 */
export async function openPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  watchPolicy(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Answers of 4xx are part of some tests; anything else logged as an error is a bug.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(message.text());
    }
  });
  return { page, errors, close: () => context.close() };
}

/** A full-page PNG of the current screen, for docs/screenshots or tmp/screenshots. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = screenshotsDir();
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** tmp/screenshots, or SCREENSHOTS_DIR (e.g. docs/screenshots to refresh the committed ones). */
function screenshotsDir(): string {
  const dir = testEnv().SCREENSHOTS_DIR;
  return isAbsolute(dir) ? dir : join(ROOT, dir);
}
