import { type CellValue, formulaSafe } from './formula-safe';

/** A field that must be quoted (RFC 4180): a separator, a quote or a line break in it. */
const NEEDS_QUOTES = /[",\r\n]/;

function csvField(value: CellValue): string {
  const text = String(formulaSafe(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * rule R26 and issue #15: one CSV line (no line break at its end). Each field is formula-safe
 * (formulaSafe) and quoted when it holds a comma, a quote or a line break, so no text can end
 * its field early and start a new cell with a formula. Numbers are written as they are.
 */
export function csvRow(values: readonly CellValue[]): string {
  return values.map(csvField).join(',');
}
