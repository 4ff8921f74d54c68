// `npm run chaos [-- RUNS]`: the payment chaos test (apps/finance/test/payment-chaos.int-spec.ts)
// run RUNS times (default 25; CI's `npm test` runs it 5 times). Provides Postgres and Redis like
// `npm test` does, and a private redis-server per run for the FLUSHALL.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const log = (message) => console.log(`[chaos] ${message}`);
const runs = process.argv[2] ?? '25';

async function main() {
  if (!/^[1-9][0-9]*$/.test(runs)) throw new Error(`RUNS must be a positive integer, got ${runs}`);
  await ensureDeps(root, log);
  const { provideInfra } = await import('./infra.mjs');
  const infra = await provideInfra({ root, log });
  let status = 1;
  try {
    log(`paying a 2,000-payment batch ${runs} times through SIGKILLs and a FLUSHALL`);
    const jest = path.join(root, 'node_modules/jest/bin/jest.js');
    const result = spawnSync(
      process.execPath,
      [jest, '--selectProjects', 'integration', '--testPathPatterns', 'payment-chaos', '--verbose'],
      {
        cwd: root,
        stdio: 'inherit',
        env: {
          ...process.env,
          CHAOS_RUNS: runs,
          DATABASE_URL: infra.databaseUrl,
          REDIS_URL: infra.redisUrl,
        },
      },
    );
    status = result.status ?? 1;
  } finally {
    await infra.stop();
  }
  process.exit(status);
}

main().catch((error) => {
  console.error(`[chaos] ${error.message}`);
  process.exit(1);
});
