import type { Violation } from '../api/errors';

/** A form item's name, as antd takes it: `['questions', 2, 'label', 'zh']`. */
export type NamePath = (string | number)[];

/**
 * A violation's field as a form item's name. The forms library names fields with brackets
 * (`questions[2].options[0].value`, `answers.partners[1].amount`), the gateway's DTO checks with
 * dots (`questions.2.key`); both come to the same name.
 */
export function fieldPath(field: string): NamePath {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The same field with dots only (`answers.partners.1.amount`), as `applyViolations` reads it. */
export function dottedField(field: string): string {
  return fieldPath(field).join('.');
}

/**
 * The API's violations with dotted fields, so that `applyViolations`/`formProblems`
 * (common/form-violations) put `answers.partners[1].amount` and `questions[2].options` on their
 * items (issue #17).
 */
export function dottedViolations<V extends Pick<Violation, 'field'>>(
  violations: readonly V[],
): V[] {
  return violations.map((v) => ({ ...v, field: dottedField(v.field) }));
}

export function samePath(
  a: readonly (string | number)[],
  b: readonly (string | number)[],
): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}
