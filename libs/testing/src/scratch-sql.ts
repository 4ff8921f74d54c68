import { Client } from 'pg';

/**
 * One SQL statement against a platform's scratch database (startPlatform's `databaseUrl`), for
 * specs that may not import pg themselves, such as the admin UI's browser specs: reading a row to
 * wait for, or moving a deadline into the past, standing for time passing. Nothing else is
 * written this way: every other change goes through the API.
 */
export async function scratchSql<T = Record<string, unknown>>(
  databaseUrl: string,
  sql: string,
  params: readonly unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, [...params])).rows as T[];
  } finally {
    await client.end();
  }
}
