import type { Page } from 'playwright-core';
import { pickOption } from './select';

/**
 * Adds a question in the 附加问题 builder (issue #17) as an officer would: its kind, its labels
 * in both languages, whether it must be answered. `index` is its place in the list.
 */
export async function addQuestion(
  page: Page,
  index: number,
  q: { kind?: string; zh: string; en: string; required?: boolean },
) {
  const id = (rest: string) => `#form-builder_questions_${index}_${rest}`;
  await page.getByTestId('add-question').click();
  await page.locator(id('label_zh')).waitFor();
  if (q.kind) await pickOption(page, `form-builder_questions_${index}_kind`, q.kind);
  await page.locator(id('label_zh')).fill(q.zh);
  await page.locator(id('label_en')).fill(q.en);
  if (q.required) await page.locator(id('required')).click();
}
