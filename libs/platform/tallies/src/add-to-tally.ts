import type { EntityManager } from 'typeorm';
import {
  dimsOf,
  type DimsShape,
  quoted,
  tableOf,
  type TallyDefinition,
  type TallyKey,
  type TallyMeasures,
} from './tally-definition';

/** A change to one row of a tally. */
export interface TallyDelta<D extends DimsShape, M extends string> {
  key: TallyKey<D>;
  measures: TallyMeasures<M>;
}

/**
 * Adds deltas to a tally, inside the caller's transaction (`manager`): one upsert,
 * `INSERT … ON CONFLICT (dims) DO UPDATE SET m = t.m + EXCLUDED.m`. Deltas to the same row are
 * summed first and rows are written in key order, so two transactions moving counts between the
 * same rows lock them in the same order and cannot deadlock. A measure that would fall below 0 is
 * a tally out of step with its rows: refused (the caller's transaction rolls back). Rows left with
 * every measure at 0 are removed, so the tally holds only combinations with something in them.
 */
export async function applyToTally<D extends DimsShape, M extends string>(
  manager: EntityManager,
  tally: TallyDefinition<D, M>,
  deltas: readonly TallyDelta<D, M>[],
): Promise<void> {
  const rows = mergeDeltas(tally, deltas);
  if (rows.length === 0) return;
  const { sql, params } = upsertStatement(tally, rows);
  const written: Record<string, unknown>[] = await manager.query(sql, params);
  const negative = written.find((row) => tally.measures.some((m) => Number(row[m]) < 0));
  if (negative) {
    throw new Error(
      `tally ${tally.table} would go below zero at ${JSON.stringify(negative)}: it is out of step with its rows`,
    );
  }
  const emptied = written.filter((row) => tally.measures.every((m) => Number(row[m]) === 0));
  if (emptied.length > 0) {
    const remove = deleteEmptyStatement(
      tally,
      emptied.map((row) => dimsOf(tally).map((dim) => row[dim])),
    );
    await manager.query(remove.sql, remove.params);
  }
}

/** Adds `measures` to the row of `key` (a record counted in for the first time). */
export function addToTally<D extends DimsShape, M extends string>(
  manager: EntityManager,
  tally: TallyDefinition<D, M>,
  key: TallyKey<D>,
  measures: TallyMeasures<M>,
): Promise<void> {
  return applyToTally(manager, tally, [{ key, measures }]);
}

/**
 * A record moved from one combination to another (a new tier, another street): `measures` taken
 * from the row of `from` and added to the row of `to`. Either may be null (a record counted in or
 * out); nothing happens when both name the same row.
 */
export function moveInTally<D extends DimsShape, M extends string>(
  manager: EntityManager,
  tally: TallyDefinition<D, M>,
  from: TallyKey<D> | null,
  to: TallyKey<D> | null,
  measures: TallyMeasures<M>,
): Promise<void> {
  return recountInTally(
    manager,
    tally,
    from && { key: from, measures },
    to && { key: to, measures },
  );
}

/**
 * A record counted again after a change: what it added before (`before`, its row and measures,
 * taken before the change) is taken off, and what it adds now (`after`) put on, both in one
 * upsert. Either may be null (a record counted in or out); a change that leaves its row and
 * measures as they were writes nothing.
 */
export function recountInTally<D extends DimsShape, M extends string>(
  manager: EntityManager,
  tally: TallyDefinition<D, M>,
  before: TallyDelta<D, M> | null,
  after: TallyDelta<D, M> | null,
): Promise<void> {
  return applyToTally(manager, tally, [
    ...(before ? [{ key: before.key, measures: negated(before.measures) }] : []),
    ...(after ? [after] : []),
  ]);
}

function negated<M extends string>(measures: TallyMeasures<M>): TallyMeasures<M> {
  return Object.fromEntries(
    Object.entries(measures).map(([name, value]) => [name, -(value as number)]),
  ) as TallyMeasures<M>;
}

interface MergedRow {
  order: string;
  key: unknown[];
  values: number[];
}

/** Sums the deltas per row, drops rows that net to nothing, and sorts them by key. */
export function mergeDeltas<D extends DimsShape, M extends string>(
  tally: TallyDefinition<D, M>,
  deltas: readonly TallyDelta<D, M>[],
): MergedRow[] {
  const dims = dimsOf(tally);
  const rows = new Map<string, MergedRow>();
  for (const delta of deltas) {
    const key = dims.map((dim) => checkedDim(tally, dim, delta.key[dim]));
    const order = JSON.stringify(key);
    const row = rows.get(order) ?? { order, key, values: tally.measures.map(() => 0) };
    tally.measures.forEach((name, i) => {
      const value = delta.measures[name] ?? 0;
      if (!Number.isSafeInteger(value)) {
        throw new RangeError(`tally ${tally.table}: ${name} must be a whole number, got ${value}`);
      }
      row.values[i] += value;
    });
    rows.set(order, row);
  }
  return [...rows.values()]
    .filter((row) => row.values.some((v) => v !== 0))
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
}

function checkedDim<D extends DimsShape>(
  tally: TallyDefinition<D, string>,
  dim: keyof D & string,
  value: unknown,
): unknown {
  const kind = tally.dims[dim];
  const ok =
    kind === 'int'
      ? Number.isSafeInteger(value)
      : kind === 'boolean'
        ? typeof value === 'boolean'
        : typeof value === 'string';
  if (!ok) {
    throw new TypeError(`tally ${tally.table}: ${dim} must be ${kind}, got ${String(value)}`);
  }
  return value;
}

/** The upsert of merged rows, every value a parameter. */
export function upsertStatement(
  tally: TallyDefinition<DimsShape, string>,
  rows: readonly MergedRow[],
): { sql: string; params: unknown[] } {
  const dims = dimsOf(tally);
  const columns = [...dims, ...tally.measures];
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const start = params.length;
    params.push(...row.key, ...row.values);
    return `(${columns.map((_, i) => `$${start + i + 1}`).join(', ')})`;
  });
  const sets = tally.measures.map((m) => `${quoted(m)} = t.${quoted(m)} + EXCLUDED.${quoted(m)}`);
  const sql =
    `INSERT INTO ${tableOf(tally)} AS t (${columns.map(quoted).join(', ')}) ` +
    `VALUES ${tuples.join(', ')} ` +
    `ON CONFLICT (${dims.map(quoted).join(', ')}) DO UPDATE SET ${sets.join(', ')} ` +
    `RETURNING ${columns.map(quoted).join(', ')}`;
  return { sql, params };
}

/** Removes the rows of the given keys (as Postgres returned them) where every measure is 0. */
function deleteEmptyStatement(
  tally: TallyDefinition<DimsShape, string>,
  keys: readonly unknown[][],
): { sql: string; params: unknown[] } {
  const dims = dimsOf(tally);
  const params: unknown[] = [];
  const matches = keys.map((key) => {
    const start = params.length;
    params.push(...key);
    return `(${dims.map((d, i) => `${quoted(d)} = $${start + i + 1}`).join(' AND ')})`;
  });
  const empty = tally.measures.map((m) => `${quoted(m)} = 0`).join(' AND ');
  return {
    sql: `DELETE FROM ${tableOf(tally)} WHERE (${matches.join(' OR ')}) AND ${empty}`,
    params,
  };
}
