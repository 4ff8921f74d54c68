import type { Page } from 'playwright-core';

/**
 * Picks an option of an antd Select by its field id: opens it, types to search if asked, clicks
 * the option in this Select's own dropdown (found through its `<id>_list` listbox, so a closing
 * dropdown of another Select is never hit), then waits until the Select shows the choice. On a
 * busy machine a click can be lost while the list re-renders (the option is hovered, not chosen):
 * then it clicks again, unless the option did get chosen (a second click would undo it).
 */
export async function pickOption(page: Page, fieldId: string, label: string, search = false) {
  const input = page.locator(`#${fieldId}`);
  const dropdown = page.locator('.ant-select-dropdown', { has: page.locator(`#${fieldId}_list`) });
  const option = dropdown.locator('.ant-select-item-option').filter({ hasText: label }).first();
  const chosen = page
    .locator('.ant-select', { has: input })
    .locator('.ant-select-selection-item, .ant-select-content-has-value', { hasText: label })
    .first();
  await input.click();
  await dropdown.waitFor();
  if (search) await input.fill(label);
  for (let attempt = 1; ; attempt += 1) {
    await option.click();
    try {
      return await chosen.waitFor({ timeout: 5_000 });
    } catch (error) {
      const selected = await option.evaluate((el) =>
        el.classList.contains('ant-select-item-option-selected'),
      );
      if (selected) return chosen.waitFor();
      if (attempt === 3) throw error;
    }
    if (!(await dropdown.isVisible())) await input.click();
  }
}
