import 'reflect-metadata';
import { Client } from 'pg';
import { loadEnv } from '@civic/platform/config';
import { dataSourceOptions } from '@civic/platform/database';
import {
  benchMachine,
  ensureBenchDatabase,
  http,
  loadPlaces,
  provinceForm,
  startPlatform,
} from '@civic/testing';
import { IsInt, IsString, Matches, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { join } from 'node:path';
import { ORGANIZATIONS_DATABASE } from '../src/database';
import { OrganizationsRepository } from '../src/organizations/organizations.repository';

/**
 * The registry at province scale (issue #19), from one command (`npm run bench -- province`):
 *   1. the whole platform, from its build, on a database that outlives the run
 *      (PROVINCE_DATABASE, `civic_province` on the server of DATABASE_URL; key prefix `province`);
 *   2. organizations registered through the gateway's API as the demo programme officer (no
 *      second factor to carry between runs), the services' own write path (tier
 *      decision, sealing, tally, audit chain, outbox), until PROVINCE_ORGANIZATIONS exist: the
 *      first run builds the registry (minutes), later runs only measure;
 *   3. each shape of the list (newest first, a deep page, a county, a county by tier, a category,
 *      urban/rural, part of a name), the counts and the registry dashboard through the API, one
 *      request at a time: p50/p95 of PROVINCE_SAMPLES requests each, and EXPLAIN ANALYZE of the
 *      SQL the repository sends for each list shape.
 * Exits 0 when every p95 is under its target (lists 100 ms, dashboards 300 ms).
 */
class ProvinceEnv {
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,62}$/)
  PROVINCE_DATABASE: string = 'civic_province';

  @IsInt()
  @Min(1)
  PROVINCE_ORGANIZATIONS: number = 100_000;

  @IsInt()
  @Min(1)
  PROVINCE_CONCURRENCY: number = 16;

  @IsInt()
  @Min(5)
  PROVINCE_SAMPLES: number = 100;
}

const ROOT = join(__dirname, '../../..');
const LIST_P95_MS = 100;
const DASHBOARD_P95_MS = 300;
const env = loadEnv(ProvinceEnv);

type Platform = Awaited<ReturnType<typeof startPlatform>>;

/** Registers forms from the first index not yet registered until `target` exist. */
async function fill(platform: Platform, databaseUrl: string, target: number) {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const count = async () =>
    Number((await db.query('SELECT count(*)::int AS n FROM organizations.organization')).rows[0].n);
  const existing = await count();
  await db.end();
  if (existing >= target) return { existing, registered: 0, perSecond: 0 };
  const places = loadPlaces(ROOT);
  const now = new Date();
  let token = await platform.login('officer');
  let next = existing;
  let done = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < target) {
      const i = next++;
      const form = provinceForm(places, i, now);
      for (let attempt = 0; ; attempt++) {
        const res = await http('POST', `${platform.api}/v1/organizations`, form, { token });
        if (res.status === 201) break;
        if (res.status === 401) token = await platform.login('officer');
        else if (res.status === 409 && JSON.stringify(res.body).includes('USCC_TAKEN')) break;
        else if (attempt >= 3)
          throw new Error(`form ${i}: ${res.status} ${JSON.stringify(res.body)}`);
      }
      if (++done % 5000 === 0) {
        const rate = done / ((performance.now() - started) / 1000);
        console.error(`[province] ${existing + done} of ${target} (${Math.round(rate)}/s)`);
      }
    }
  };
  await Promise.all(Array.from({ length: env.PROVINCE_CONCURRENCY }, worker));
  const perSecond = done / ((performance.now() - started) / 1000);
  return { existing, registered: done, perSecond: Math.round(perSecond) };
}

/**
 * Until every service's outbox is confirmed twice in a row (the registrations' events delivered
 * to the programmes that keep copies of organizations), then 5 s more: measurements are taken on
 * a platform at rest, not one still catching up.
 */
async function untilSettled(databaseUrl: string) {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ schema: string }>(
      "SELECT table_schema AS schema FROM information_schema.tables WHERE table_name = 'outbox'",
    );
    const pending = `SELECT (${rows
      .map((r) => `(SELECT count(*) FROM "${r.schema}".outbox WHERE confirmed_at IS NULL)`)
      .join(' + ')})::int AS n`;
    for (let quiet = 0; quiet < 2;) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      quiet = (await db.query(pending)).rows[0].n === 0 ? quiet + 1 : 0;
    }
  } finally {
    await db.end();
  }
  await new Promise((resolve) => setTimeout(resolve, 5000));
}

async function timings(url: string, token: string, samples: number) {
  for (let i = 0; i < 5; i++) await http('GET', url, undefined, { token }); // warm-up
  const ms: number[] = [];
  let total: number | undefined;
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    const res = await http('GET', url, undefined, { token });
    ms.push(performance.now() - started);
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
    total = (res.body as { total?: number }).total;
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) =>
    Number(ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)].toFixed(1));
  return { p50: at(0.5), p95: at(0.95), ...(total === undefined ? {} : { total }) };
}

const LISTS: [string, Record<string, string>][] = [
  ['newest first', {}],
  ['deep page (2,000 × 20)', { page: '2000' }],
  ['a county (兴宁区)', { countyCode: '450102' }],
  ['a county by tier', { countyCode: '450102', tier: 'REGISTERED' }],
  ['a category', { category: 'RURAL_PRODUCTION' }],
  ['rural', { areaType: 'RURAL' }],
  ['part of a name, common (书画协会)', { q: '书画协会' }],
  ['part of a name, rare (a village)', { q: '葛麻村' }],
];

/** EXPLAIN ANALYZE of the repository's SQL for a list shape: the nodes and indexes it used. */
async function explain(dataSource: DataSource, query: Record<string, string>) {
  const repository = new OrganizationsRepository(dataSource);
  const page = Number(query.page ?? 1);
  const [sql, parameters] = repository
    .pageQuery({ kind: 'all' }, query, page, 20)
    .getQueryAndParameters();
  const [row] = await dataSource.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters);
  const [{ Plan, 'Execution Time': executionMs }] = row['QUERY PLAN'];
  type Node = { 'Node Type': string; 'Index Name'?: string; Plans?: Node[] };
  const walk = (n: Node): string[] => [
    n['Index Name'] ? `${n['Node Type']} on ${n['Index Name']}` : n['Node Type'],
    ...(n.Plans ?? []).flatMap(walk),
  ];
  return { plan: walk(Plan).join(' → '), executionMs: Number(executionMs.toFixed(2)) };
}

async function main() {
  const databaseUrl = await ensureBenchDatabase(env.PROVINCE_DATABASE);
  const platform = await startPlatform({
    withLotteryFund: true,
    withIncubation: true,
    withVenture: true,
    withProcurement: true,
    rpcTimeoutMs: 30_000,
    keep: { databaseUrl, prefix: 'province' },
  });
  const dataSource = await new DataSource(
    dataSourceOptions(ORGANIZATIONS_DATABASE, databaseUrl),
  ).initialize();
  try {
    const filled = await fill(platform, databaseUrl, env.PROVINCE_ORGANIZATIONS);
    await untilSettled(databaseUrl);
    await dataSource.query('ANALYZE organizations.organization');
    const token = await platform.login('officer');
    const lists: Record<string, object> = {};
    for (const [label, query] of LISTS) {
      const search = new URLSearchParams({ pageSize: '20', ...query });
      lists[label] = {
        ...(await timings(
          `${platform.api}/v1/organizations?${search}`,
          token,
          env.PROVINCE_SAMPLES,
        )),
        ...(await explain(dataSource, query)),
      };
    }
    const dashboards = {
      'organization counts (stats)': await timings(
        `${platform.api}/v1/organizations/stats`,
        token,
        env.PROVINCE_SAMPLES,
      ),
      'registry dashboard (province)': await timings(
        `${platform.api}/v1/dashboards/registry`,
        token,
        env.PROVINCE_SAMPLES,
      ),
    };
    const ok =
      Object.values(lists).every((t) => (t as { p95: number }).p95 < LIST_P95_MS) &&
      Object.values(dashboards).every((t) => t.p95 < DASHBOARD_P95_MS);
    console.log(
      JSON.stringify(
        {
          bench: 'province-registry',
          date: new Date().toISOString().slice(0, 10),
          machine: benchMachine(),
          organizations: filled.existing + filled.registered,
          registeredThisRun: filled.registered,
          registeredPerSecond: filled.perSecond,
          targets: { listP95Ms: LIST_P95_MS, dashboardP95Ms: DASHBOARD_P95_MS },
          lists,
          dashboards,
          ok,
        },
        null,
        2,
      ),
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    await dataSource.destroy();
    await platform.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
