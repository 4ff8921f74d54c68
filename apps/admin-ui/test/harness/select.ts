import type { Page } from 'playwright-core';

/**
 * Picks an option of an antd Select by its field id: opens it, types to search if asked, clicks
 * the option in this Select's own dropdown (found through its `<id>_list` listbox, so a closing
 * dropdown of another Select is never hit), then waits until the Select shows the choice.
 */
export async function pickOption(page: Page, fieldId: string, label: string, search = false) {
  const input = page.locator(`#${fieldId}`);
  const dropdown = page.locator('.ant-select-dropdown', { has: page.locator(`#${fieldId}_list`) });
  await input.click();
  await dropdown.waitFor();
  if (search) await input.fill(label);
  await dropdown.locator('.ant-select-item-option').filter({ hasText: label }).first().click();
  const select = page.locator('.ant-select', { has: input });
  await select
    .locator('.ant-select-selection-item, .ant-select-content-has-value', { hasText: label })
    .first()
    .waitFor();
}
