/**
 * One field of an audit entry's state, side by side (R31): its dotted path (`leaders.0.name`),
 * its value before and after (undefined where that side has no such field), and whether it
 * changed.
 */
export interface DiffRow {
  path: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A list of objects is walked item by item; a list of words or numbers is one value. */
const isListOfObjects = (value: unknown): value is unknown[] =>
  Array.isArray(value) && value.length > 0 && value.some(isObject);

const walks = (value: unknown) =>
  (isObject(value) && Object.keys(value).length > 0) || isListOfObjects(value);

/** Deep equality of JSON values: key order ignored, list order kept. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameJson(item, b[i]))
    );
  }
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameJson(a[key], b[key]));
  }
  return Object.is(a, b);
}

/** The keys of two containers: the first one's in its order, then what only the second has. */
function keysOf(a: unknown, b: unknown): string[] {
  const own = (value: unknown) =>
    Array.isArray(value)
      ? value.map((_, i) => String(i))
      : isObject(value)
        ? Object.keys(value)
        : [];
  const first = own(a);
  return [...first, ...own(b).filter((key) => !first.includes(key))];
}

const child = (value: unknown, key: string): unknown =>
  Array.isArray(value) ? value[Number(key)] : isObject(value) ? value[key] : undefined;

/**
 * The fields of `before` and `after` side by side, each leaf once, in the order they were
 * written: objects and lists of objects are walked, anything else (text, numbers, lists of
 * words, null) is a value. A creation (no before) shows every field as added; a state that is
 * not an object at all is one row, `(value)`; no state on either side, no row.
 */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  return before == null && after == null ? [] : walk(before, after, '');
}

function walk(before: unknown, after: unknown, path: string): DiffRow[] {
  if (!walks(before) && !walks(after)) {
    return [{ path: path || '(value)', before, after, changed: !sameJson(before, after) }];
  }
  return keysOf(before, after).flatMap((key) =>
    walk(child(before, key), child(after, key), path ? `${path}.${key}` : key),
  );
}

/** How many fields changed, and the rows to show: all of them, or only the changed ones. */
export function visibleRows(rows: readonly DiffRow[], onlyChanged: boolean) {
  return {
    changed: rows.filter((row) => row.changed).length,
    rows: onlyChanged ? rows.filter((row) => row.changed) : [...rows],
  };
}
