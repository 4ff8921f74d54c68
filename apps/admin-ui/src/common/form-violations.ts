import type { FormInstance } from 'antd';
import { ApiError, type Violation } from '../api/errors';

export type NamePath = (string | number)[];

export interface ViolationMapping {
  /** API field → the form field where it is entered, e.g. `registeredFundsFen` → yuan. */
  aliases?: Record<string, string>;
  /** Array fields entered with one control: a violation on an element goes to the control. */
  lists?: readonly string[];
}

/** `leaders.0.name` → ['leaders', 0, 'name'], after aliases; `activityMonths.3` → its list. */
export function namePathOf(field: string, mapping: ViolationMapping = {}): NamePath {
  const aliased = mapping.aliases?.[field] ?? field;
  const path = aliased.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const [head] = path;
  return typeof head === 'string' && mapping.lists?.includes(head) ? [head] : path;
}

/**
 * Shows each violation on the form item it belongs to, with the API's own message (already in
 * the UI language). Returns the violations that match no item, for an alert above the form.
 */
export function applyViolations(
  form: FormInstance,
  violations: readonly Violation[],
  mapping: ViolationMapping = {},
): Violation[] {
  const registered = new Set(form.getFieldsError().map((entry) => key(entry.name)));
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const unmatched: Violation[] = [];
  for (const violation of violations) {
    const name = namePathOf(violation.field, mapping);
    if (!registered.has(key(name))) {
      unmatched.push(violation);
      continue;
    }
    const entry = byField.get(key(name)) ?? { name, errors: [] };
    entry.errors.push(violation.message);
    byField.set(key(name), entry);
  }
  form.setFields([...byField.values()]);
  const first = byField.values().next().value;
  if (first) form.scrollToField(first.name, { block: 'center' });
  return unmatched;
}

/**
 * After a refused submit: the API's violations go onto their fields, and what is left for the
 * alert above the form is returned (the error's own message when it named no field).
 */
export function formProblems(
  form: FormInstance,
  error: Error,
  mapping: ViolationMapping = {},
): string[] {
  const violations = error instanceof ApiError ? error.violations : [];
  const unmatched = applyViolations(form, violations, mapping);
  return violations.length > 0 ? unmatched.map((v) => v.message) : [error.message];
}

const key = (name: NamePath | string | number) => JSON.stringify([name].flat());
