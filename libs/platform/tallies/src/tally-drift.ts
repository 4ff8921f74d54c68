import type { EntityManager } from 'typeorm';
import {
  dimsOf,
  type DimsShape,
  dimValue,
  measureValue,
  quoted,
  tableOf,
  type TallyDefinition,
} from './tally-definition';

/** A row on which a tally and the GROUP BY of its raw rows disagree (absent on one side: null). */
export interface TallyDifference {
  key: Record<string, string | number | boolean>;
  tally: Record<string, number> | null;
  source: Record<string, number> | null;
}

/**
 * The consistency check (issue #18): the tally compared with `source`, a SELECT that groups the
 * raw rows into the tally's dimension and measure columns (the same GROUP BY its migration
 * backfilled from). Rows whose measures are all 0 count as absent. An empty answer means the tally
 * equals the raw rows; tests assert it after writes through the services' own paths.
 */
export async function tallyDrift<D extends DimsShape, M extends string>(
  manager: EntityManager,
  tally: TallyDefinition<D, M>,
  source: string,
  params: unknown[] = [],
): Promise<TallyDifference[]> {
  const columns = [...dimsOf(tally), ...tally.measures].map(quoted).join(', ');
  const [held, counted] = await Promise.all([
    manager.query(`SELECT ${columns} FROM ${tableOf(tally)}`),
    manager.query(`SELECT ${columns} FROM (${source}) AS source`, params),
  ]);
  const left = keyed(tally, held);
  const right = keyed(tally, counted);
  const differences: TallyDifference[] = [];
  for (const id of new Set([...left.keys(), ...right.keys()])) {
    const a = left.get(id);
    const b = right.get(id);
    if (a && b && JSON.stringify(a.sums) === JSON.stringify(b.sums)) continue;
    differences.push({ key: (a ?? b)!.key, tally: a?.sums ?? null, source: b?.sums ?? null });
  }
  return differences;
}

function keyed<D extends DimsShape, M extends string>(
  tally: TallyDefinition<D, M>,
  rows: Record<string, unknown>[],
) {
  const byKey = new Map<
    string,
    { key: Record<string, string | number | boolean>; sums: Record<string, number> }
  >();
  for (const row of rows) {
    const key = Object.fromEntries(
      dimsOf(tally).map((dim) => [dim, dimValue(tally.dims[dim], row[dim])]),
    );
    const sums = Object.fromEntries(tally.measures.map((m) => [m, measureValue(row[m], m)]));
    if (Object.values(sums).every((v) => v === 0)) continue;
    const id = JSON.stringify(key);
    const seen = byKey.get(id);
    if (seen) for (const m of tally.measures) seen.sums[m] += sums[m];
    else byKey.set(id, { key, sums });
  }
  return byKey;
}

/**
 * Rebuilds a tally from `source` (the GROUP BY of its raw rows), for repair: the table is locked
 * against concurrent deltas (EXCLUSIVE: reads go on), emptied and filled again, in the caller's
 * transaction. A writer that changed raw rows but not yet the tally waits for the lock, and its
 * delta then lands on the rebuilt rows: nothing is counted twice or lost.
 */
export async function rebuildTally<D extends DimsShape, M extends string>(
  manager: EntityManager,
  tally: TallyDefinition<D, M>,
  source: string,
  params: unknown[] = [],
): Promise<void> {
  const columns = [...dimsOf(tally), ...tally.measures].map(quoted).join(', ');
  await manager.query(`LOCK TABLE ${tableOf(tally)} IN EXCLUSIVE MODE`);
  await manager.query(`DELETE FROM ${tableOf(tally)}`);
  await manager.query(
    `INSERT INTO ${tableOf(tally)} (${columns}) SELECT ${columns} FROM (${source}) AS source`,
    params,
  );
}
