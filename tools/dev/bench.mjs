// `npm run bench`: installs dependencies if needed, provides Postgres and Redis (infra.mjs), then
// runs each benchmark and prints its JSON result. Record results in docs/benchmarks.md.
// `npm run bench -- province memory` runs those whose path contains one of the words.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const log = (message) => console.log(`[bench] ${message}`);
const BENCHMARKS = [
  'libs/platform/messaging/bench/messaging.bench.ts',
  'apps/finance/bench/disbursement.bench.ts',
  'apps/gateway/bench/lottery-surge.bench.ts',
  'apps/gateway/bench/venture-deadline.bench.ts',
  'apps/gateway/bench/platform-memory.bench.ts',
  // Builds the province-scale registry on its first run (database civic_province, minutes).
  'apps/organizations/bench/province-registry.bench.ts',
  // Builds finance's province-scale books (1,350,000 commitments, ~5,000,000 ledger lines) on its
  // first run (database civic_province_finance, ~4 minutes); later runs measure.
  'apps/finance/bench/province-ledger.bench.ts',
  // Builds the province's lottery programmes and 600,000 applications on its first run (database
  // civic_province_lottery, minutes); later runs measure the ranking and the dashboards.
  'apps/lottery-fund/bench/province-ranking.bench.ts',
];

async function main() {
  await ensureDeps(root, log);
  const { provideInfra } = await import('./infra.mjs');
  const infra = await provideInfra({ root, log });
  let failed = false;
  try {
    const words = process.argv.slice(2);
    const chosen = BENCHMARKS.filter((b) => words.length === 0 || words.some((w) => b.includes(w)));
    if (chosen.length === 0) throw new Error(`no benchmark matches ${words.join(', ')}`);
    for (const bench of chosen) {
      log(`▶ ${bench}`);
      const result = spawnSync(process.execPath, ['-r', './tools/dev/register.cjs', bench], {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, DATABASE_URL: infra.databaseUrl, REDIS_URL: infra.redisUrl },
      });
      if (result.status !== 0) failed = true;
    }
  } finally {
    await infra.stop();
  }
  if (failed) process.exit(1);
}

main().catch((error) => {
  console.error(`[bench] ${error.message}`);
  process.exit(1);
});
