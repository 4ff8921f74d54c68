import type { Page } from 'playwright-core';

/** Content-Security-Policy violations of every page a spec opened, until a test takes them. */
const reported: string[] = [];

/**
 * Chromium logs each violation, as "Refused to load the script '…' because it violates the
 * following Content Security Policy directive …" or "Executing inline script violates …".
 */
export const isViolation = (text: string) =>
  text.startsWith('Refused to') || text.includes('Content Security Policy');

/** Records the page's policy violations, for the check after each test (csp-guard.ts). */
export function watchPolicy(page: Page): void {
  page.on('console', (message) => {
    if (isViolation(message.text())) reported.push(`${page.url()}: ${message.text()}`);
  });
}

/** The violations reported since the last call; they are then forgotten. */
export function takePolicyViolations(): string[] {
  return reported.splice(0);
}
