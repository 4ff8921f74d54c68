// Connection probes and small database helpers. `pg` and `ioredis` are imported lazily, so
// this module loads before `npm ci` has run.
const TIMEOUT_MS = 1500;

/** Hides the password in a connection URL, for logs. */
export function maskUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}

/** Connects to Postgres and runs SELECT 1; resolves to null on success or to the Error. */
export async function postgresError(url, timeoutMs = TIMEOUT_MS) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return error;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Connects to Redis and sends PING; resolves to null on PONG or to the Error. */
export async function redisError(url, timeoutMs = TIMEOUT_MS) {
  const { default: Redis } = await import('ioredis');
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  let cause = null; // ioredis rejects with "Connection is closed"; the 'error' event says why
  redis.on('error', (error) => (cause ??= error));
  try {
    await redis.connect();
    const reply = await redis.ping();
    return reply === 'PONG' ? null : new Error(`PING answered ${reply}`);
  } catch (error) {
    return cause ?? error;
  } finally {
    redis.disconnect();
  }
}

/** Creates database `name` on the server at `serverUrl` unless it exists; returns its URL. */
export async function ensureDatabase(serverUrl, name) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((error) => {
        if (error.code !== '42P04') throw error; // created meanwhile by someone else
      });
    }
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
