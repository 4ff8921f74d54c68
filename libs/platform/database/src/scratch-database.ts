import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * A throw-away database on the server of `serverUrl`, for generating and checking migrations
 * and for tests. Its name always contains `test`, and it is dropped by `drop()`.
 */
export async function createScratchDatabase(
  serverUrl: string,
  label: string,
): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `${label.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_test_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      try {
        // Clients close their connections asynchronously (pg's Pool.end() resolves before the
        // server has seen each Terminate). FORCE on a connection still closing makes its client
        // emit a 57P01 error nobody listens to any more: wait (a little) for them to go first.
        for (let tries = 0; tries < 50; tries++) {
          const { rows } = await client.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
            [name],
          );
          if (rows[0].n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
