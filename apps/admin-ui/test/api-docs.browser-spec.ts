import { startPlatform } from '@civic/testing';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './harness/browser';

jest.setTimeout(120_000);

/**
 * The API docs page (Swagger UI at /api/docs) works under the gateway's strict
 * Content-Security-Policy (issue #15): scripts only from the gateway, nothing inline but styles.
 * A blocked script or style would log "Refused to …" and leave the page empty.
 */
describe('the API docs under the gateway security headers', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;

  beforeAll(async () => {
    platform = await startPlatform({ withOrganizations: false });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('renders every operation with no policy violation', async () => {
    const { page, errors, close } = await openPage(browser, platform.api);
    try {
      const answer = await page.goto(`${platform.api}/docs`);
      const csp = answer?.headers()['content-security-policy'] ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(answer?.headers()['x-powered-by']).toBeUndefined();
      await page.locator('.swagger-ui .info .title').waitFor();
      expect(await page.locator('.swagger-ui .info .title').innerText()).toContain(
        'Community social organizations',
      );
      await page.locator('.opblock').first().waitFor();
      expect(await page.locator('.opblock').count()).toBeGreaterThan(50);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
