// rule R1: a value from outside data (JSON, a form) is one of a code list's values.
export function isEnumMember<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
