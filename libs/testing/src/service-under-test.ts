import type { ChildProcess } from 'node:child_process';
import { createScratchDatabase } from '@civic/platform/database';
import { RpcClient } from '@civic/platform/rpc';
import { TEST_PII_KEY, untilAnswers } from './platform-under-test';
import { freePort, spawnTs, stopProcess } from './processes';
import { testPrefix, testRedisUrl, testServerUrl } from './services';

/** The services that run alone for a test: each migrates its own schema when it starts. */
export type ServiceApp =
  'organizations' | 'lottery-fund' | 'venture' | 'incubation' | 'procurement';

/**
 * One service as a real process on a scratch database and a key prefix of its own, with an RPC
 * client to call it as the gateway does. The test writes the rows it needs into `databaseUrl`
 * (the service migrated it before answering its health check) and asks over RPC.
 */
export async function startServiceUnderTest(app: ServiceApp, env: Record<string, string> = {}) {
  const database = await createScratchDatabase(testServerUrl(), app.replace('-', '_'));
  const prefix = testPrefix(app.slice(0, 4));
  const redisUrl = testRedisUrl();
  const port = await freePort();
  let child: ChildProcess | undefined;
  try {
    child = spawnTs(
      `apps/${app}/src/main.ts`,
      {
        DATABASE_URL: database.url,
        REDIS_URL: redisUrl,
        CIVIC_PREFIX: prefix,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'test',
        HTTP_PORT: String(port),
        OUTBOX_POLL_MS: '20',
        PII_KEY: TEST_PII_KEY,
        ...env,
      },
      app,
    );
    await untilAnswers(`http://127.0.0.1:${port}/health`);
  } catch (error) {
    if (child) await stopProcess(child);
    await database.drop();
    throw error;
  }
  const rpc = new RpcClient({ redisUrl, prefix, timeoutMs: 15_000 });
  return {
    databaseUrl: database.url,
    /** The service's own HTTP port: `GET /health` (readiness) and `GET /health/live`. */
    httpUrl: `http://127.0.0.1:${port}`,
    rpc,
    async stop(): Promise<void> {
      await rpc.close();
      if (child) await stopProcess(child);
      await database.drop();
    },
  };
}

export type ServiceUnderTest = Awaited<ReturnType<typeof startServiceUnderTest>>;
