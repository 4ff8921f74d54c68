// Demo data: signs in as the demo administrator, registers ~43 community social organizations
// in three real Guangxi counties (demo-organizations.mjs) through the gateway API, binds the
// demo applicant to one of them, and gives finance budgets and payments awaiting a batch
// (seed-finance.mjs). Skips what exists already. Run by `npm start`, or alone:
// `node tools/dev/seed.mjs [apiBase] [redisUrl]`.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDemoOrganizations, FEDERATION_STREET } from './demo-organizations.mjs';
import { seedFinance } from './seed-finance.mjs';
import { seedIncubation } from './seed-incubation.mjs';
import { seedLottery } from './seed-lottery.mjs';
import { seedProcurement } from './seed-procurement.mjs';
import { seedVenture } from './seed-venture.mjs';
import { DEMO_PASSWORD, demoToken } from './demo-sign-in.mjs';

export { DEMO_PASSWORD };

export async function seed({
  apiBase,
  redisUrl,
  databaseUrl,
  prefix = 'civic',
  log = console.log,
  now = new Date(),
}) {
  const token = await demoToken(call, apiBase, 'admin');
  const request = (method, url, body) => call(method, url, body, token);
  const existing = await request('GET', `${apiBase}/organizations?pageSize=1`);
  if (existing?.total > 0) {
    log(`seed: skipped, ${existing.total} organizations exist already`);
  } else {
    await seedOrganizations(apiBase, request, log, now);
  }
  await bindApplicant(apiBase, request, log);
  if (redisUrl) await seedFinance({ apiBase, redisUrl, prefix, log, year: now.getFullYear() });
  await seedLottery({ apiBase, log, year: now.getFullYear() });
  await seedIncubation({ apiBase, log, now });
  await seedVenture({ apiBase, log, now });
  await seedProcurement({ apiBase, log, year: now.getFullYear(), databaseUrl });
  return (await request('GET', `${apiBase}/users?pageSize=100`)).items;
}

async function seedOrganizations(apiBase, request, log, now) {
  const { organizations, federation } = buildDemoOrganizations(now);
  const created = [];
  for (const { body, expectedTier } of organizations) {
    created.push({ view: await register(apiBase, request, body), expectedTier });
  }
  federation.body.memberOrganizationIds = created
    .filter(({ view }) => view.location.streetCode === FEDERATION_STREET)
    .map(({ view }) => view.id);
  created.push({
    view: await register(apiBase, request, federation.body),
    expectedTier: federation.expectedTier,
  });
  log(summarize(created));
}

/** The demo applicant acts for the first organization in the demo street (R-scope: its own). */
async function bindApplicant(apiBase, request, log) {
  const users = await request('GET', `${apiBase}/users?q=applicant`);
  const applicant = users.items.find((u) => u.username === 'applicant');
  if (!applicant || applicant.organizationId) return;
  const orgs = await request('GET', `${apiBase}/organizations?countyCode=450103&pageSize=100`);
  const own = orgs.items.find(
    (o) => o.location.streetCode === FEDERATION_STREET && !o.isFederation,
  );
  if (!own) return;
  await request('PATCH', `${apiBase}/users/${applicant.id}`, { organizationId: own.id });
  log(`seed: demo applicant acts for "${own.name}"`);
}

async function register(apiBase, request, body) {
  try {
    return await request('POST', `${apiBase}/organizations`, body);
  } catch (error) {
    throw new Error(`registering "${body.name}" failed: ${error.message}`);
  }
}

export async function call(method, url, body, token, extraHeaders = {}) {
  const headers = { ...(body ? { 'content-type': 'application/json' } : {}), ...extraHeaders };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, {
    method,
    headers,
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(15_000),
  }).catch((error) => {
    throw new Error(
      `${method} ${url}: ${error.cause?.code ?? error.cause?.message ?? error.message}`,
    );
  });
  const text = await response.text();
  let data = text;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  if (!response.ok)
    throw new Error(`${method} ${url} answered ${response.status}${problems(data)}`);
  return data;
}

/** Field errors from a 400 answer, one per line, whatever shape the API gives them. */
function problems(data) {
  const list = [data?.violations, data?.errors, data?.details, data?.message].find(Array.isArray);
  if (!list) return `: ${typeof data === 'string' ? data : JSON.stringify(data)}`.slice(0, 2000);
  const line = (p) =>
    typeof p === 'string'
      ? p
      : `${p.field ?? p.property ?? '?'} (${p.rule ?? '-'}): ${p.message ?? JSON.stringify(p)}`;
  return `:\n${list.map((p) => `    - ${line(p)}`).join('\n')}`;
}

function summarize(created) {
  const count = (key) =>
    created.reduce((acc, { view }) => ({ ...acc, [key(view)]: (acc[key(view)] ?? 0) + 1 }), {});
  const tiers = count((v) => v.tier);
  const areas = count((v) => v.areaType);
  const counties = Object.keys(count((v) => v.location.countyCode)).length;
  const off = created.filter(({ view, expectedTier }) => view.tier && view.tier !== expectedTier);
  const warning = off.length
    ? `; ${off.length} got another tier than planned (${off.map(({ view, expectedTier }) => `${view.name}: ${view.tier}, planned ${expectedTier}`).join('; ')})`
    : '';
  return (
    `seed: ${created.length} organizations in ${counties} counties: ` +
    ['REGISTERED', 'STREET_FILED', 'COMMUNITY_GUIDED']
      .map((t) => `${t} ${tiers[t] ?? 0}`)
      .join(', ') +
    ` (URBAN ${areas.URBAN ?? 0}, RURAL ${areas.RURAL ?? 0})${warning}`
  );
}

// `node tools/dev/seed.mjs [apiBase]` seeds a stack that already runs (e.g. docker compose);
// DATABASE_URL, when set, lets it close one demo purchase's objection window (seed-procurement.mjs).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { API_BASE } = await import('./services.mjs');
  const redisUrl = process.argv[3] ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const databaseUrl = process.env.DATABASE_URL;
  await seed({ apiBase: process.argv[2] ?? API_BASE, redisUrl, databaseUrl }).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
