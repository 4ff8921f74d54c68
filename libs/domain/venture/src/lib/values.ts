/** Small predicates for values that come from outside (JSON, forms). rule R17, rule R18 */

// rule R17: a plain object (not null, not an array).
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// rule R17: a string with something in it besides spaces.
export function isNonBlank(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

// rule R17: a whole number from min to max.
export function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

// rule R26: a positive whole number of fen.
export function isPositiveFen(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

// rule R17: a value as a message shows it: strings quoted, everything else as it prints.
export function shown(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

// rule R18: ids compare in plain code-unit order, the same on every machine and locale.
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
