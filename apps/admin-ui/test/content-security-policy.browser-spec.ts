import type { Page } from 'playwright-core';
import { isViolation, takePolicyViolations } from './harness/csp';
import { startTestbed, type Testbed } from './harness/testbed';
import { logIn } from './harness/ui';

jest.setTimeout(180_000);

/** Waits for the next violation Chromium reports on the page, while `act` runs. */
async function violationOf(page: Page, act: () => Promise<unknown>): Promise<string> {
  const [message] = await Promise.all([
    page.waitForEvent('console', { predicate: (m) => isViolation(m.text()) }),
    act(),
  ]);
  return message.text();
}

/**
 * The admin UI's own pages are served with a strict Content-Security-Policy and the other
 * security headers (apps/admin-ui/csp.mjs, issue #15), and the policy holds: a script injected
 * into the page does not run. Every other browser spec fails on any violation (csp-guard.ts).
 */
describe('the admin UI under its Content-Security-Policy (issue #15)', () => {
  let bed: Testbed;

  beforeAll(async () => {
    bed = await startTestbed();
  });

  afterAll(() => bed?.stop());

  it('sends the policy and the security headers with every page and file of the UI', async () => {
    const { page, errors, close } = await bed.open();
    try {
      const scripts: string[] = [];
      page.on('response', (r) => {
        // A 304 (the second load, revalidated) carries no headers: the cached answer's hold.
        if (r.url().endsWith('.js') && r.status() === 200) {
          scripts.push(r.headers()['x-content-type-options']);
        }
      });
      // A deep link is answered with index.html by the SPA fallback: the same headers.
      const answer = await page.goto('/organizations');
      const headers = answer!.headers();
      const csp = headers['content-security-policy'];
      expect(csp.split('; ')).toEqual(
        expect.arrayContaining([
          "default-src 'self'",
          "script-src 'self'",
          "style-src 'self' 'unsafe-inline'",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'",
        ]),
      );
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['referrer-policy']).toBe('no-referrer');
      await logIn(page, 'officer');
      expect(scripts.length).toBeGreaterThan(0);
      expect(new Set(scripts)).toEqual(new Set(['nosniff']));
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('blocks an injected inline script, inline handler and foreign script, and reports each', async () => {
    const { page, close } = await bed.open();
    try {
      await logIn(page, 'officer');
      const inline = await violationOf(page, () =>
        page.evaluate(() => {
          const script = document.createElement('script');
          script.textContent = 'window.__injected = "inline"';
          document.body.append(script);
        }),
      );
      expect(inline).toMatch(/inline script.*script-src 'self'/);
      const handler = await violationOf(page, () =>
        page.evaluate(() => {
          const img = document.createElement('img');
          img.setAttribute('onerror', 'window.__injected = "handler"');
          img.src = 'data:,not-an-image';
          document.body.append(img);
        }),
      );
      expect(handler).toMatch(/inline event handler/);
      const foreign = await violationOf(page, () =>
        page.evaluate(() => {
          const script = document.createElement('script');
          script.src = 'https://evil.example/steal.js';
          document.body.append(script);
        }),
      );
      expect(foreign).toMatch(/script 'https:\/\/evil\.example\/steal\.js'.*script-src 'self'/);
      expect(await page.evaluate(() => (window as { __injected?: string }).__injected)).toBe(
        undefined,
      );
      // The guard saw all three; taken here so that this test, which provoked them, passes.
      expect(takePolicyViolations()).toHaveLength(3);
    } finally {
      await close();
    }
  });
});
