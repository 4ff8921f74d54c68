import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0 and 2.1, levels A and AA (issue #18; GB/T 37668 follows WCAG 2.0 AA). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The impacts issue #18 allows none of. */
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Single rules waived for single elements, each for a reason outside the UI's code. Nothing is
 * waived for the whole page, and no rule everywhere.
 */
const WAIVED: { rule: string; selector: RegExp; why: string }[] = [];

/**
 * The serious and critical WCAG 2.1 AA violations of the page as it is, one line each: the
 * screen, the rule, its impact, the element and what is wrong. Runs axe-core in the page itself
 * (legacy mode: the UI has no frames, and the default mode opens a blank page per run to merge
 * frames' results, which a walk of a hundred screens pays for a hundred times).
 */
export async function axeViolations(page: Page, screen: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    // Only the violations in full: the passes of a hundred screens are not read, only paid for.
    // (Before withTags: `options` replaces what withTags sets.)
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    .setLegacyMode()
    .analyze();
  const found: string[] = [];
  for (const violation of results.violations) {
    if (!BLOCKING.has(violation.impact ?? '')) continue;
    for (const node of violation.nodes) {
      const target = node.target.map(String).join(' ');
      const waived = WAIVED.some((w) => w.rule === violation.id && w.selector.test(target));
      if (waived) continue;
      const summary = node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? '';
      found.push(
        `${screen}: ${violation.id} (${violation.impact}) at ${target} — ${violation.help}` +
          (summary ? ` [${summary.slice(0, 200)}]` : ''),
      );
    }
  }
  return found;
}
