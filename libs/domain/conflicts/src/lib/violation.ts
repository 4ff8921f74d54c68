/**
 * One problem with a declaration a person entered (a declared relation), on the field that holds
 * it, in English and Chinese. rule R18
 */
export interface ConflictViolation {
  /** Dotted path, 0-based: `personName`, `generations`, `to`. */
  field: string;
  message: string;
  messageZh: string;
}

/** The outcome of checking a declaration a person entered: every problem, or none. rule R18 */
export type ConflictCheck = { ok: true } | { ok: false; violations: ConflictViolation[] };

// rule R18: the outcome of a check from the problems it found.
export function checkOf(violations: ConflictViolation[]): ConflictCheck {
  return violations.length === 0 ? { ok: true } : { ok: false, violations };
}

// rule R18: data the caller vouched for must pass its check; a RangeError names the field.
export function assertChecked(check: ConflictCheck, prefix: string): void {
  if (check.ok) return;
  const [first] = check.violations;
  const field = first.field === '' ? prefix : `${prefix}.${first.field}`;
  throw new RangeError(`${field} is invalid: ${first.message}`);
}
