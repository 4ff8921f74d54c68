import type { PolicyBody } from './policy-types';

/** One field that differs between two versions of a policy: absent on one side is undefined. */
export interface FieldChange {
  /** Dotted path in the body: `ruralReservePercent`, `bonuses.rural`, `tranches.1.percent`. */
  field: string;
  before: unknown;
  after: unknown;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A list of objects (the tranches) is walked item by item; a list of words is one value. */
const isListOfObjects = (value: unknown): value is unknown[] =>
  Array.isArray(value) && value.length > 0 && value.every(isObject);

/** Deep equality of JSON values (key order ignored, list order kept). */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => same(item, b[i]))
    );
  }
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => same(a[key], b[key]));
  }
  return Object.is(a, b);
}

/** The keys of two objects: the first one's in its order, then what only the second has. */
function keysOf(a: unknown, b: unknown): string[] {
  const first = isObject(a) ? Object.keys(a) : [];
  const second = isObject(b) ? Object.keys(b).filter((key) => !first.includes(key)) : [];
  return [...first, ...second];
}

function walk(before: unknown, after: unknown, path: string, out: FieldChange[]): void {
  if (same(before, after)) return;
  if (isObject(before) || isObject(after)) {
    if (isObject(before) && isObject(after)) {
      for (const key of keysOf(before, after)) {
        walk(before[key], after[key], path ? `${path}.${key}` : key, out);
      }
      return;
    }
  } else if (isListOfObjects(before) || isListOfObjects(after)) {
    const a = Array.isArray(before) ? before : [];
    const b = Array.isArray(after) ? after : [];
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) walk(a[i], b[i], `${path}.${i}`, out);
    return;
  }
  out.push({ field: path, before, after });
}

/**
 * The fields that changed from one version of a policy to another (issue #17), in the order of
 * the older body: each number, word or list of words that differs, with its old and new value. A
 * field only one side has shows undefined on the other. Nothing changed: an empty list.
 */
export function diffPolicyBodies(before: PolicyBody, after: PolicyBody): FieldChange[] {
  const out: FieldChange[] = [];
  walk(before, after, '', out);
  return out;
}

/** What a list of words gained and lost (the banned-use keywords, R22), each in its order. */
export function listDelta(before: unknown, after: unknown): { added: string[]; removed: string[] } {
  const a = Array.isArray(before) ? before.map(String) : [];
  const b = Array.isArray(after) ? after.map(String) : [];
  return { added: b.filter((w) => !a.includes(w)), removed: a.filter((w) => !b.includes(w)) };
}

/** Two versions, the earlier first: by the day each applies from, then by when it was proposed. */
export function inOrder<T extends { effectiveFrom: string; proposedAt: string }>(
  a: T,
  b: T,
): [T, T] {
  const key = (v: T) => `${v.effectiveFrom} ${v.proposedAt}`;
  return key(a) <= key(b) ? [a, b] : [b, a];
}
