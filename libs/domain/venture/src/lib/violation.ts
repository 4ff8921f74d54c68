/**
 * One problem with data a person entered (a rubric, a score sheet, a budget), on the field that
 * holds it, in English and Chinese. rule R17, rule R18
 */
export interface VentureViolation {
  /** Dotted path, 0-based: `criteria.1.weight`, `scores.quality`, `budgetLines.2.amountFen`. */
  field: string;
  message: string;
  messageZh: string;
}

/** The outcome of checking data a person entered: every problem, or none. rule R17 */
export type VentureCheck = { ok: true } | { ok: false; violations: VentureViolation[] };

/** A single refusal with its reason, in English and Chinese. rule R17, rule R19 */
export type VentureRefusal = { ok: false; message: string; messageZh: string };

// rule R17: the outcome of a check from the problems it found.
export function checkOf(violations: VentureViolation[]): VentureCheck {
  return violations.length === 0 ? { ok: true } : { ok: false, violations };
}

// rule R17, rule R18: data the caller vouched for must pass its check; a RangeError names the field.
export function assertChecked(check: VentureCheck, prefix: string): void {
  if (check.ok) return;
  const [first] = check.violations;
  const field = first.field === '' ? prefix : `${prefix}.${first.field}`;
  throw new RangeError(`${field} is invalid: ${first.message}`);
}
