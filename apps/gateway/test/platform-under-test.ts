import type { ChildProcess } from 'node:child_process';
import { createScratchDatabase } from '@civic/platform/database';
import {
  freePort,
  spawnTs,
  stopProcess,
  testPrefix,
  testRedisUrl,
  testServerUrl,
  waitFor,
} from '@civic/testing';

/**
 * The gateway and the organizations service as real processes, on the real Postgres and Redis,
 * with a database and key prefix of their own.
 */
export async function startPlatform(
  options: { withOrganizations?: boolean; rpcTimeoutMs?: number } = {},
) {
  const prefix = testPrefix('gw');
  const database = await createScratchDatabase(testServerUrl(), 'gateway');
  const common = {
    REDIS_URL: testRedisUrl(),
    CIVIC_PREFIX: prefix,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
  };
  const children: ChildProcess[] = [];
  const gatewayPort = await freePort();
  children.push(
    spawnTs(
      'apps/gateway/src/main.ts',
      {
        ...common,
        HTTP_PORT: String(gatewayPort),
        RPC_TIMEOUT_MS: String(options.rpcTimeoutMs ?? 5000),
      },
      'gateway',
    ),
  );
  const waits = [untilAnswers(`http://127.0.0.1:${gatewayPort}/api/docs-json`)];
  if (options.withOrganizations !== false) {
    const port = await freePort();
    children.push(
      spawnTs(
        'apps/organizations/src/main.ts',
        { ...common, DATABASE_URL: database.url, HTTP_PORT: String(port), OUTBOX_POLL_MS: '20' },
        'organizations',
      ),
    );
    waits.push(untilAnswers(`http://127.0.0.1:${port}/health`));
  }
  await Promise.all(waits);
  return {
    prefix,
    databaseUrl: database.url,
    api: `http://127.0.0.1:${gatewayPort}/api`,
    async stop() {
      await Promise.all(children.map((child) => stopProcess(child)));
      await database.drop();
    },
  };
}

async function untilAnswers(url: string): Promise<void> {
  await waitFor(
    url,
    () =>
      fetch(url).then(
        (r) => r.status,
        () => 0,
      ),
    (status) => status === 200,
    { timeoutMs: 60_000, everyMs: 200 },
  );
}

export async function http(method: string, url: string, body?: unknown) {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
