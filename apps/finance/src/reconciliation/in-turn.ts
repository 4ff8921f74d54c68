import type { EntityManager } from 'typeorm';

export type Row = Record<string, string>;

/**
 * Runs the queries one after another on the transaction's connection (a connection runs one
 * query at a time; handing it several at once is deprecated in pg and goes away in pg 9).
 */
export async function queriesInTurn(manager: EntityManager, sqls: string[]): Promise<Row[][]> {
  const results: Row[][] = [];
  for (const sql of sqls) results.push(await manager.query(sql));
  return results;
}
