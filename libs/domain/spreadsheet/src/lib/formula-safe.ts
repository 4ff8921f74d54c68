/** What an exported spreadsheet cell holds: text, or a number that must stay a number. */
export type CellValue = string | number;

/**
 * The characters that make Excel, WPS or LibreOffice read a cell as a formula (or a DDE command)
 * when it is typed, pasted or opened from CSV: `=`, `+`, `-`, `@`, TAB and CR (OWASP "CSV
 * Injection"). A cell that starts with one of them runs code such as `=HYPERLINK(…)` or
 * `=cmd|' /C calc'!A0` on the reader's machine.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain decimal numeral such as "-12.50" (yuan from fenToYuan): read as a number, never run. */
const NUMERAL = /^-?\d+(?:\.\d+)?$/;

// rule R26: amounts (and other numbers) are data, never escaped; issue #15 (OWASP CSV injection).
export function startsFormula(value: CellValue): boolean {
  return typeof value === 'string' && FORMULA_START.test(value) && !NUMERAL.test(value);
}

/**
 * rule R26 and issue #15: a cell as it may be written to a CSV or Excel export. Text that a
 * spreadsheet would run as a formula gets a leading single quote, OWASP's escape: the reader sees
 * the text whole, prefixed, and no spreadsheet runs it, even after the cell is edited, copied or
 * saved again as CSV. Everything else passes unchanged: numbers stay numbers (a negative amount
 * is not a formula, and neither is its numeral "-12.50"), and escaping is idempotent.
 */
export function formulaSafe<T extends CellValue>(value: T): T {
  return (startsFormula(value) ? `'${value}` : value) as T;
}
