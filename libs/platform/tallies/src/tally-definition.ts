/**
 * A tally: a small table in a service's own schema holding additive measures (counts, fen, day
 * sums) per combination of dimensions, moved by deltas in the same transaction as the rows it
 * counts, so it never drifts from them (issue #18). Dashboards read tallies, never the raw rows.
 *
 * The definition names the table, each dimension with its SQL kind and each measure; the SQL is
 * built from these names only (checked here as plain lower-case identifiers), and every value
 * travels as a parameter.
 */
export type DimKind = 'text' | 'int' | 'boolean';

/** The TypeScript type of a dimension's values. */
export type DimValue<K extends DimKind> = K extends 'int'
  ? number
  : K extends 'boolean'
    ? boolean
    : string;

export type DimsShape = Record<string, DimKind>;

export interface TallyDefinition<D extends DimsShape, M extends string> {
  /** `schema.table`, as created by the service's migration. */
  readonly table: string;
  /** The dimensions in primary-key order, each with its kind. */
  readonly dims: D;
  readonly measures: readonly M[];
}

/** One combination of dimensions: a row's key. */
export type TallyKey<D extends DimsShape> = { [K in keyof D]: DimValue<D[K]> };

/** Amounts to add to (or, negative, take from) a row's measures; those left out add 0. */
export type TallyMeasures<M extends string> = Partial<Record<M, number>>;

/** The text dimensions of a tally: those a division-code prefix can narrow and group. */
export type TextDim<D extends DimsShape> = {
  [K in keyof D]: D[K] extends 'text' ? K : never;
}[keyof D] &
  string;

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

function assertIdentifier(name: string, what: string): void {
  if (!IDENTIFIER.test(name)) {
    throw new Error(`tally ${what} "${name}" must be a lower-case SQL identifier`);
  }
}

/** Checks the names once, at load, so that no SQL is ever built from an unchecked one. */
export function defineTally<const D extends DimsShape, const M extends string>(
  definition: TallyDefinition<D, M>,
): TallyDefinition<D, M> {
  const [schema, table, ...rest] = definition.table.split('.');
  if (!table || rest.length > 0) {
    throw new Error(`tally table "${definition.table}" must be written schema.table`);
  }
  assertIdentifier(schema, 'schema');
  assertIdentifier(table, 'table');
  const dims = Object.keys(definition.dims);
  if (dims.length === 0 || definition.measures.length === 0) {
    throw new Error(`tally ${definition.table} needs at least one dimension and one measure`);
  }
  for (const name of [...dims, ...definition.measures]) assertIdentifier(name, 'column');
  if (
    new Set([...dims, ...definition.measures]).size !==
    dims.length + definition.measures.length
  ) {
    throw new Error(`tally ${definition.table} names a column twice`);
  }
  return Object.freeze({ ...definition, measures: Object.freeze([...definition.measures]) });
}

/** A checked identifier, quoted. */
export const quoted = (name: string) => `"${name}"`;

/** The table, quoted as `"schema"."table"`. */
export function tableOf(tally: TallyDefinition<DimsShape, string>): string {
  return tally.table.split('.').map(quoted).join('.');
}

export function dimsOf<D extends DimsShape>(
  tally: TallyDefinition<D, string>,
): (keyof D & string)[] {
  return Object.keys(tally.dims);
}

/** A value read back from Postgres, as its dimension's kind says (char(n) keeps its padding off). */
export function dimValue(kind: DimKind, raw: unknown): string | number | boolean {
  if (kind === 'int') return Number(raw);
  if (kind === 'boolean') return raw === true || raw === 't' || raw === 'true';
  return String(raw).trimEnd();
}

/** A sum read back (bigint arrives as text): a number, refused beyond 2^53. */
export function measureValue(raw: unknown, name: string): number {
  const value = Number(raw ?? 0);
  if (!Number.isSafeInteger(value))
    throw new RangeError(`tally ${name} ${String(raw)} passes 2^53`);
  return value;
}
