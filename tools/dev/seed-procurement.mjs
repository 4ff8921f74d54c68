// Demo government purchase of services data: this year's catalogue of community services
// (政府购买服务指导性目录, rule R24) for Guangxi, Nanning, 青秀区 and 上林县 (demo-catalogue.mjs),
// entered by the demo officer through the API, each item checked there against the negative list
// (R25, Order 102 art. 10); then the undertaker directory and the expert pool
// (seed-procurement-directory.mjs) and purchase projects in every state, from a draft to a
// contract with its signing instalment at finance (seed-procurement-projects.mjs). Idempotent:
// the items already in a region's catalogue for the year are skipped, and each POST carries an
// Idempotency-Key derived from the request, so a retried request is carried out once.
import { createHash } from 'node:crypto';
import { demoCatalogue } from './demo-catalogue.mjs';
import { demoToken } from './demo-sign-in.mjs';
import { call } from './seed.mjs';
import { seedDirectory, seedExperts } from './seed-procurement-directory.mjs';
import { procurementClient } from './seed-procurement-kit.mjs';
import { seedPurchases } from './seed-procurement-projects.mjs';

/** The largest page the API gives (a larger one is refused). */
const PAGE_SIZE = 200;

/**
 * `databaseUrl` (optional) lets the seed close one awarded project's objection window, the one
 * thing the API cannot do (seed-procurement-contract.mjs); without it that project stays AWARDED.
 */
export async function seedProcurement({ apiBase, log, year, databaseUrl }) {
  await seedCatalogue({ apiBase, log, year });
  const client = procurementClient(apiBase);
  const entries = await seedDirectory({ client, log });
  const experts = await seedExperts({ client, log, year });
  await seedPurchases({ client, log, year, entries, experts, databaseUrl });
}

async function seedCatalogue({ apiBase, log, year }) {
  const officer = await demoToken(call, apiBase, 'officer');
  const items = demoCatalogue(year);
  const existing = new Set();
  for (const region of new Set(items.map((item) => item.regionCode))) {
    for (const name of await catalogueNames(apiBase, officer, region, year)) {
      existing.add(`${region}|${name}`);
    }
  }
  const missing = items.filter((item) => !existing.has(`${item.regionCode}|${item.name}`));
  if (missing.length === 0) {
    log(`seed: procurement catalogue skipped, its ${items.length} items exist for ${year}`);
    return;
  }
  for (const item of missing) {
    await call('POST', `${apiBase}/procurement/catalogue`, item, officer, {
      'Idempotency-Key': idempotencyKey(item),
    }).catch((error) => {
      throw new Error(`entering catalogue item "${item.name}" failed: ${error.message}`);
    });
  }
  const stable = missing.filter((item) => item.stable).length;
  log(
    `seed: procurement catalogue ${year}: ${missing.length} items entered (${stable} stable), ` +
      `${items.length - missing.length} existed already`,
  );
}

/** The names of a region's catalogue items of the year, every page of them. */
async function catalogueNames(apiBase, token, regionCode, fiscalYear) {
  const names = [];
  for (let page = 1; ; page++) {
    const query = new URLSearchParams({
      regionCode,
      fiscalYear: String(fiscalYear),
      page: String(page),
      pageSize: String(PAGE_SIZE),
    });
    const list = await call('GET', `${apiBase}/procurement/catalogue?${query}`, undefined, token);
    names.push(...list.items.map((item) => item.name));
    if (list.items.length === 0 || names.length >= list.total) return names;
  }
}

/** The same item gets the same key: a retried request is answered with the first answer. */
function idempotencyKey(item) {
  const digest = createHash('sha256').update(JSON.stringify(item)).digest('hex');
  return `seed-procurement-${digest.slice(0, 40)}`;
}
