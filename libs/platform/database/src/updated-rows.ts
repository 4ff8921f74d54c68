import type { EntityManager } from 'typeorm';

/**
 * Runs an UPDATE … RETURNING and gives its rows. (TypeORM's Postgres driver answers an UPDATE with
 * `[rows, rowCount]` but an INSERT or SELECT with the rows alone.)
 */
export async function updatedRows<T>(
  manager: EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<T[]> {
  const result = await manager.query(sql, parameters);
  return (Array.isArray(result[0]) ? result[0] : result) as T[];
}
