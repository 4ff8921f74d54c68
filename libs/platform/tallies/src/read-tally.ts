import type { EntityManager } from 'typeorm';
import {
  dimsOf,
  type DimsShape,
  dimValue,
  type DimValue,
  measureValue,
  quoted,
  tableOf,
  type TallyDefinition,
  type TallyKey,
  type TextDim,
} from './tally-definition';

/** A condition on one dimension: a value, any of a list, or a range of whole numbers. */
export type DimCondition<V> =
  V | readonly V[] | (V extends number ? { min?: number; max?: number } : never);

export interface TallyQuery<D extends DimsShape> {
  /** Conditions on dimensions; all must hold. */
  where?: { [K in keyof D]?: DimCondition<DimValue<D[K]>> };
  /**
   * A division code (or any text prefix): only rows whose `dim` starts with `code`, and, with
   * `groupLength`, grouped by the first `groupLength` characters of it (the drill-down's children).
   */
  within?: { dim: TextDim<D>; code: string; groupLength?: number };
  /** Dimensions to group by besides the prefix. */
  groupBy?: readonly (keyof D & string)[];
}

/** One group of a read: its prefix (when grouped by one), its dimensions, and the sums. */
export interface TallyGroup<D extends DimsShape, M extends string> {
  prefix: string | null;
  key: Partial<TallyKey<D>>;
  sums: Record<M, number>;
}

/**
 * Sums of a tally's measures by group, over the rows the query keeps: `GROUP BY left(street_code,
 * $len), …` over at most one row per combination, never a scan of the raw rows. Groups come out in
 * prefix and key order.
 */
export async function readTally<D extends DimsShape, M extends string>(
  manager: EntityManager,
  tally: TallyDefinition<D, M>,
  query: TallyQuery<D> = {},
): Promise<TallyGroup<D, M>[]> {
  const { sql, params } = readStatement(tally, query);
  const rows: Record<string, unknown>[] = await manager.query(sql, params);
  const groupBy = query.groupBy ?? [];
  return rows.map((row) => ({
    prefix: query.within?.groupLength ? String(row.prefix) : null,
    key: Object.fromEntries(
      groupBy.map((dim) => [dim, dimValue(tally.dims[dim], row[dim])]),
    ) as Partial<TallyKey<D>>,
    sums: Object.fromEntries(
      tally.measures.map((m) => [m, measureValue(row[m], `${tally.table}.${m}`)]),
    ) as Record<M, number>,
  }));
}

/** The SELECT of a read, every value a parameter. */
export function readStatement<D extends DimsShape, M extends string>(
  tally: TallyDefinition<D, M>,
  query: TallyQuery<D>,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const known = dimsOf(tally);
  const check = (dim: string) => {
    if (!known.includes(dim)) throw new Error(`tally ${tally.table} has no dimension "${dim}"`);
    return quoted(dim);
  };
  const select: string[] = [];
  const group: string[] = [];
  const where: string[] = [];
  const { within } = query;
  if (within) {
    const column = check(within.dim);
    // A range on the column lets an index whose first column it is find the rows; left() keeps
    // exactly those that start with the code.
    // The whole province (no code) keeps every row: a condition there would only make Postgres
    // guess that it keeps few, and group half a million rows by sorting them on disk (issue #19).
    if (within.code !== '') {
      const upper = nextPrefix(within.code);
      if (upper) where.push(`${column} >= ${param(within.code)} AND ${column} < ${param(upper)}`);
      where.push(`left(${column}, ${param(within.code.length)}) = ${param(within.code)}`);
    }
    if (within.groupLength) {
      select.push(`left(${column}, ${param(within.groupLength)}) AS "prefix"`);
      group.push('1');
    }
  }
  for (const dim of query.groupBy ?? []) {
    select.push(check(dim));
    group.push(quoted(dim));
  }
  for (const [dim, condition] of Object.entries(query.where ?? {})) {
    if (condition === undefined) continue;
    const column = check(dim);
    if (Array.isArray(condition)) where.push(`${column} = ANY(${param(condition)})`);
    else if (typeof condition === 'object' && condition !== null) {
      const range = condition as { min?: number; max?: number };
      if (range.min !== undefined) where.push(`${column} >= ${param(range.min)}`);
      if (range.max !== undefined) where.push(`${column} <= ${param(range.max)}`);
    } else where.push(`${column} = ${param(condition)}`);
  }
  for (const m of tally.measures) select.push(`sum(${quoted(m)})::text AS ${quoted(m)}`);
  const sql =
    `SELECT ${select.join(', ')} FROM ${tableOf(tally)}` +
    (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
    (group.length ? ` GROUP BY ${group.join(', ')} ORDER BY ${group.join(', ')}` : '');
  return { sql, params };
}

/**
 * The smallest code of the same length after every code starting with `prefix`: a division code
 * plus one (`4501` → `4502`). Digit strings order the same in every collation, so the range is
 * exact; null for anything but digits, or past the last code of its length.
 */
export function nextPrefix(prefix: string): string | null {
  if (!/^\d+$/.test(prefix)) return null;
  const next = (BigInt(prefix) + 1n).toString().padStart(prefix.length, '0');
  return next.length === prefix.length ? next : null;
}
