/** Small predicates for declarations that come from outside (JSON, forms). rule R18 */

// rule R18: a plain object (not null, not an array).
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// rule R18: a string with something in it besides spaces.
export function isNonBlank(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

// rule R18: a whole number from min to max.
export function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

// rule R18: a value as a message shows it: strings quoted, everything else as it prints.
export function shown(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}
