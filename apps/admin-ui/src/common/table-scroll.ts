/**
 * A table's sideways scroll, only while it has rows. An empty table that is wider than a phone
 * scrolls with nothing in it to focus, so a keyboard cannot scroll it (WCAG 2.1.1; axe-core's
 * scrollable-region-focusable, issue #18); without rows its columns fit the screen instead.
 */
export function scrollWithRows(
  rows: readonly unknown[] | undefined,
  x: number | 'max-content' = 'max-content',
): { x: number | 'max-content' } | undefined {
  return rows && rows.length > 0 ? { x } : undefined;
}
