import type { ChildProcess } from 'node:child_process';
import type { RpcActor } from '@civic/contracts';
import { createScratchDatabase } from '@civic/platform/database';
import { RpcClient } from '@civic/platform/rpc';
import { Pool } from 'pg';
import { TEST_PII_KEY, untilAnswers } from './platform-under-test';
import { freePort, spawnTs, stopProcess } from './processes';
import { ProgrammeRequests } from './programme-requests';
import { testPrefix, testRedisUrl, testServerUrl } from './services';

export const FINANCE_MAKER: RpcActor = {
  userId: 'maker-1',
  name: '李经办',
  roles: ['finance_maker'],
};
export const FINANCE_MAKER_2: RpcActor = {
  userId: 'maker-2',
  name: '王经办',
  roles: ['finance_maker'],
};
export const FINANCE_CHECKER: RpcActor = {
  userId: 'checker-1',
  name: '赵复核',
  roles: ['finance_checker'],
};
export const FINANCE_ADMIN: RpcActor = { userId: 'admin-1', roles: ['administrator'] };

/**
 * The finance service as a real process on a scratch database and its own key prefix, with an RPC
 * client, a Postgres pool on its database and a programme that sends it requests. `restart()`
 * starts it again on the same database (after `kill()`, say).
 */
export async function startFinance(
  options: { redisUrl?: string; env?: Record<string, string> } = {},
) {
  const database = await createScratchDatabase(testServerUrl(), 'finance');
  const prefix = testPrefix('fin');
  const redisUrl = options.redisUrl ?? testRedisUrl();
  let child: ChildProcess | undefined;
  const output: string[] = [];

  let port = 0;

  async function restart(env: Record<string, string> = {}): Promise<void> {
    port = await freePort();
    child = spawnTs(
      'apps/finance/src/main.ts',
      {
        DATABASE_URL: database.url,
        REDIS_URL: redisUrl,
        CIVIC_PREFIX: prefix,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'test',
        HTTP_PORT: String(port),
        OUTBOX_POLL_MS: '20',
        PII_KEY: TEST_PII_KEY, // seals payees' account numbers (R30)
        ...options.env,
        ...env,
      },
      'finance',
    );
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    await untilAnswers(`http://127.0.0.1:${port}/health`);
  }

  await restart();
  const rpc = new RpcClient({ redisUrl, prefix, timeoutMs: 15_000 });
  const pool = new Pool({ connectionString: database.url, max: 4 });
  const programme = new ProgrammeRequests(redisUrl, prefix);
  return {
    prefix,
    redisUrl,
    databaseUrl: database.url,
    /** Finance's own HTTP port (health, metrics), as it is since its last (re)start. */
    get httpUrl() {
      return `http://127.0.0.1:${port}`;
    },
    rpc,
    pool,
    programme,
    restart,
    output: () => output.join(''),
    pid: () => child?.pid,
    /** Kills the process (SIGKILL by default: no shutdown hooks run). */
    async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
      if (child) await stopProcess(child, signal);
    },
    async stop(): Promise<void> {
      await programme.close();
      await rpc.close?.();
      if (child) await stopProcess(child);
      await pool.end();
      await database.drop();
    },
  };
}

export type FinanceUnderTest = Awaited<ReturnType<typeof startFinance>>;
