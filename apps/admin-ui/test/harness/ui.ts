import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'Demo#2026civic';

/** Opens the login page, signs in through the form and waits for the side menu. */
export async function logIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await submitLogin(page, username, password);
}

/** Signs in with the login form already on screen. */
export async function submitLogin(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.locator('#login_username').fill(username);
  await page.locator('#login_password').fill(password);
  await page.locator('form[id="login"] button[type="submit"]').click();
  await page.getByTestId('side-menu').waitFor();
}

/** The side menu's entries, in order. */
export async function menuLabels(page: Page): Promise<string[]> {
  const items = page.getByTestId('side-menu').locator('.ant-menu-item');
  await items.first().waitFor();
  return (await items.allInnerTexts()).map((text) => text.trim());
}

/** The first error message shown under a form item, waiting until it says what `expected` says. */
export async function fieldError(page: Page, fieldId: string, expected: string): Promise<string> {
  const item = page.locator('.ant-form-item').filter({ has: page.locator(`#${fieldId}`) });
  const error = item.locator('.ant-form-item-explain-error', { hasText: expected }).first();
  await error.waitFor();
  return error.innerText();
}

/** Switches the UI language with the header's (or login page's) switch. */
export async function switchLanguage(page: Page, label: '中文' | 'English') {
  await page.getByTestId('language-switch').getByText(label, { exact: true }).click();
}
