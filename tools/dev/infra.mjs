// Provides Postgres and Redis to the dev launcher and the test runner. Order of preference:
// the user's DATABASE_URL / REDIS_URL; this machine's servers on the default ports; embedded
// servers with data under <root>/.data. CIVIC_EMBEDDED=1 forces the embedded ones.
import { startEmbeddedPostgres } from './embedded-postgres.mjs';
import { startEmbeddedRedis } from './embedded-redis.mjs';
import { maskUrl, postgresError, redisError } from './probes.mjs';

const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';
const LOCAL_REDIS = 'redis://127.0.0.1:6379';

/** @returns {{databaseUrl, redisUrl, embedded: {postgres, redis}, stop}} */
export async function provideInfra({ root, log = console.log }) {
  const forceEmbedded = process.env.CIVIC_EMBEDDED === '1';
  const stops = [];
  const stop = async () => {
    while (stops.length > 0) await stops.pop()();
  };
  try {
    const postgres = await provide({
      name: 'postgres',
      envVar: 'DATABASE_URL',
      localUrl: LOCAL_POSTGRES,
      probe: postgresError,
      startEmbedded: () => startEmbeddedPostgres({ root, log }),
      forceEmbedded,
      log,
    });
    stops.push(postgres.stop);
    const redis = await provide({
      name: 'redis',
      envVar: 'REDIS_URL',
      localUrl: LOCAL_REDIS,
      probe: redisError,
      startEmbedded: () => startEmbeddedRedis({ root, log }),
      forceEmbedded,
      log,
    });
    stops.push(redis.stop);
    return {
      databaseUrl: postgres.url,
      redisUrl: redis.url,
      embedded: { postgres: postgres.embedded, redis: redis.embedded },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function provide({ name, envVar, localUrl, probe, startEmbedded, forceEmbedded, log }) {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    const error = await probe(fromEnv, 5000);
    if (error) {
      throw new Error(`${envVar}=${maskUrl(fromEnv)} does not answer: ${describe(error)}`);
    }
    log(`${name}: using ${envVar} (${maskUrl(fromEnv)})`);
    return { url: fromEnv, embedded: false, stop: async () => {} };
  }
  if (!forceEmbedded) {
    const error = await probe(localUrl);
    if (!error) {
      log(`${name}: using this machine's server at ${localUrl}`);
      return { url: localUrl, embedded: false, stop: async () => {} };
    }
    log(`${name}: nothing usable at ${localUrl} (${describe(error)}); starting an embedded one`);
  }
  const server = await startEmbedded();
  return { url: server.url, embedded: true, stop: server.stop };
}

const describe = (error) => error?.message || error?.code || String(error);
