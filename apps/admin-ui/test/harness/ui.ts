import { nextSecondFactor, rememberSecondFactor, totpCodeAt, totpStep } from '@civic/testing';
import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'Demo#2026civic';

/** The gateway the browser signs in to (set by startTestbed): the test kit's TOTP keys by it. */
let gatewayApi = '';
export function signInTo(api: string): void {
  gatewayApi = api;
}

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
  await answerSecondFactor(page, username);
  await page.getByTestId('side-menu').waitFor();
}

/**
 * What a user with an authenticator app does after the password, where the page asks: types
 * the code (or, when the kit has no fresh time step left, a recovery code), or, at the first
 * sign-in of a finance user or administrator, sets the app up and keeps the recovery codes.
 */
export async function answerSecondFactor(page: Page, username: string): Promise<void> {
  const code = page.locator('#second-factor_totp');
  const secret = page.getByTestId('totp-secret');
  await page
    .locator('[data-testid="side-menu"], #second-factor_totp, [data-testid="totp-secret"]')
    .first()
    .waitFor();
  if (await code.isVisible()) {
    const proof = await nextSecondFactor(gatewayApi, username);
    if ('totp' in proof) {
      await code.fill(proof.totp);
    } else {
      await page.getByTestId('toggle-recovery').click();
      await page.locator('#second-factor_recoveryCode').fill(proof.recoveryCode);
    }
    await page.locator('form[id="second-factor"] button[type="submit"]').click();
  } else if (await secret.isVisible()) {
    const key = (await secret.innerText()).trim();
    const step = totpStep();
    await page.locator('#enrol_code').fill(await totpCodeAt(key, step));
    await page.locator('form[id="enrol"] button[type="submit"]').click();
    const codes = (await page.getByTestId('recovery-codes').innerText()).trim().split(/\s+/);
    rememberSecondFactor(gatewayApi, username, key, step, codes);
    await page.getByTestId('recovery-codes-saved').click();
  }
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

/**
 * Switches the UI language with the header's (or login page's) switch. On a phone the header
 * keeps it in the user's menu (the initial): opened for the switch, and closed again after.
 */
export async function switchLanguage(page: Page, label: '中文' | 'English') {
  const userMenu = page.getByTestId('user-menu');
  const folded = await userMenu.isVisible();
  if (folded) await userMenu.click();
  await page.getByTestId('language-switch').getByText(label, { exact: true }).click();
  if (folded) {
    await userMenu.click();
    await page.getByTestId('user-menu-panel').waitFor({ state: 'hidden' });
  }
}
