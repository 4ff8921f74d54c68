import type { ChildProcess } from 'node:child_process';
import { createScratchDatabase } from '@civic/platform/database';
import { freePort, spawnTs, stopProcess } from './processes';
import { signInAs } from './sign-in';
import { testPrefix, testRedisUrl, testServerUrl } from './services';
import { waitFor } from './wait-for';

/** Test keys: fixed, so failures are reproducible; never used outside tests. */
export const TEST_JWT_SECRET = 'test-only-jwt-secret-0123456789abcdef';
export const TEST_PII_KEY = Buffer.alloc(32, 7).toString('base64');
export const TEST_SECOND_FACTOR_KEY = Buffer.alloc(32, 9).toString('base64');
export const DEMO_PASSWORD = 'Demo#2026civic';

/**
 * The gateway, the organizations service, finance and (on request) the programme services as real processes, on the real Postgres and Redis,
 * with a database and key prefix of their own. The gateway creates the demo users (one per role).
 */
export async function startPlatform(
  options: {
    withOrganizations?: boolean;
    withFinance?: boolean;
    withLotteryFund?: boolean;
    withIncubation?: boolean;
    withVenture?: boolean;
    withProcurement?: boolean;
    rpcTimeoutMs?: number;
    /** Variables for every process (before each one's own below). */
    env?: Record<string, string>;
    gatewayEnv?: Record<string, string>;
    organizationsEnv?: Record<string, string>;
    financeEnv?: Record<string, string>;
    /** Variables for each programme service asked for (lottery fund, incubation, …). */
    programmeEnv?: Record<string, string>;
    /**
     * A database that outlives the platform (the province-scale data set, issue #19), with the
     * key prefix its messages went under; by default a scratch database and prefix of its own.
     */
    keep?: { databaseUrl: string; prefix: string };
  } = {},
) {
  const prefix = options.keep?.prefix ?? testPrefix('gw');
  const database = options.keep
    ? { url: options.keep.databaseUrl, drop: async () => undefined }
    : await createScratchDatabase(testServerUrl(), 'gateway');
  const common = {
    REDIS_URL: testRedisUrl(),
    CIVIC_PREFIX: prefix,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
    ...options.env,
  };
  const children: ChildProcess[] = [];
  const gatewayPort = await freePort();
  children.push(
    spawnTs(
      'apps/gateway/src/main.ts',
      {
        ...common,
        DATABASE_URL: database.url,
        HTTP_PORT: String(gatewayPort),
        // Generous: under a loaded CI a call that takes 5 s is slow, not lost (tests that check the
        // timeout itself pass their own).
        RPC_TIMEOUT_MS: String(options.rpcTimeoutMs ?? 15_000),
        JWT_SECRET: TEST_JWT_SECRET,
        SECOND_FACTOR_KEY: TEST_SECOND_FACTOR_KEY,
        PII_KEY: TEST_PII_KEY, // seals users' mobile numbers (R30, issue #18)
        DEMO_USERS: 'true',
        // Every test's requests come from one address: the per-address limit is tested on its
        // own (rate-limits.e2e.int-spec.ts), not by the sign-ins of every test.
        RATE_LIMIT_PER_ADDRESS: '100000',
        ...options.gatewayEnv,
      },
      'gateway',
    ),
  );
  const waits = [untilAnswers(`http://127.0.0.1:${gatewayPort}/api/docs-json`)];
  /** Each service's own HTTP port (health, metrics), by name. */
  const serviceUrls: Record<string, string> = {};
  if (options.withOrganizations !== false) {
    const port = await freePort();
    children.push(
      spawnTs(
        'apps/organizations/src/main.ts',
        {
          ...common,
          DATABASE_URL: database.url,
          HTTP_PORT: String(port),
          OUTBOX_POLL_MS: '20',
          PII_KEY: TEST_PII_KEY,
          ...options.organizationsEnv,
        },
        'organizations',
      ),
    );
    waits.push(untilAnswers(`http://127.0.0.1:${port}/health`));
    serviceUrls.organizations = `http://127.0.0.1:${port}`;
  }
  if (options.withFinance ?? options.withOrganizations !== false) {
    const port = await freePort();
    children.push(
      spawnTs(
        'apps/finance/src/main.ts',
        {
          ...common,
          DATABASE_URL: database.url,
          HTTP_PORT: String(port),
          OUTBOX_POLL_MS: '20',
          PII_KEY: TEST_PII_KEY, // seals payees' account numbers (R30)
          ...options.financeEnv,
        },
        'finance',
      ),
    );
    waits.push(untilAnswers(`http://127.0.0.1:${port}/health`));
    serviceUrls.finance = `http://127.0.0.1:${port}`;
  }
  const programmes = [
    ...(options.withLotteryFund ? ['lottery-fund'] : []),
    ...(options.withIncubation ? ['incubation'] : []),
    ...(options.withVenture ? ['venture'] : []),
    ...(options.withProcurement ? ['procurement'] : []),
  ];
  for (const name of programmes) {
    const port = await freePort();
    children.push(
      spawnTs(
        `apps/${name}/src/main.ts`,
        {
          ...common,
          DATABASE_URL: database.url,
          HTTP_PORT: String(port),
          OUTBOX_POLL_MS: '20',
          PII_KEY: TEST_PII_KEY, // seals phone and bank account numbers (R30)
          ...options.programmeEnv,
        },
        name,
      ),
    );
    waits.push(untilAnswers(`http://127.0.0.1:${port}/health`));
    serviceUrls[name] = `http://127.0.0.1:${port}`;
  }
  const output: string[] = [];
  for (const child of children) {
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  }
  try {
    await Promise.all(waits);
  } catch (error) {
    // A service that never answered: stop them all, or their handles keep Jest from exiting.
    await Promise.all(children.map((child) => stopProcess(child)));
    await database.drop();
    throw error;
  }
  const api = `http://127.0.0.1:${gatewayPort}/api`;
  return {
    prefix,
    databaseUrl: database.url,
    api,
    serviceUrls,
    /** Everything the services wrote to stdout and stderr so far (their logs). */
    output: () => output.join(''),
    /**
     * Signs in as a demo user (username = role's demo login) and returns the access token; enrols
     * and answers the second factor as the user's authenticator app would (signInAs).
     */
    async login(username: string, password = DEMO_PASSWORD): Promise<string> {
      return (await signInAs(api, username, password)).accessToken as string;
    },
    /** Calls the API with a token: `(method, '/v1/…', body)`. */
    as(token: string) {
      return (method: string, path: string, body?: unknown) =>
        http(method, `${api}${path}`, body, { token });
    },
    /** Stops one service (`'procurement'`…) as if it went down; the others keep running. */
    async stopService(app: string) {
      // The service runs from its build (dist/node/apps/<app>/src/main.js, spawnTs).
      const main = `apps/${app}/src/main.`;
      const child = children.find((c) => c.spawnargs.some((arg) => arg.includes(main)));
      if (!child) throw new Error(`no ${app} service in this platform`);
      await stopProcess(child);
    },
    async stop() {
      await Promise.all(children.map((child) => stopProcess(child)));
      await database.drop();
    },
  };
}

/**
 * Until a service answers 200. Generous: on two cores busy with other suites a cold start has
 * taken over a minute (a readiness wait, not a speed check).
 */
export async function untilAnswers(url: string): Promise<void> {
  await waitFor(
    url,
    () =>
      fetch(url).then(
        (r) => r.status,
        () => 0,
      ),
    (status) => status === 200,
    { timeoutMs: 180_000, everyMs: 200 },
  );
}

const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function http(
  method: string,
  url: string,
  body?: unknown,
  options: { token?: string; language?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  // Bytes go as they are: the only binary body the API takes is an .xlsx workbook (issue #18).
  const binary = body instanceof Uint8Array;
  if (body !== undefined) {
    headers['content-type'] = binary
      ? (options.headers?.['content-type'] ?? XLSX_CONTENT_TYPE)
      : 'application/json';
  }
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.language) headers['accept-language'] = options.language;
  const response = await fetch(url, {
    method,
    headers,
    body:
      body === undefined ? undefined : binary ? (body as unknown as Blob) : JSON.stringify(body),
  });
  const text = await response.text();
  const json = response.headers.get('content-type')?.includes('json') ?? false;
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (json ? JSON.parse(text) : text) : undefined,
  };
}
