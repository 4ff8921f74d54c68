// `npm run audit:verify [schema…]`: checks every service's audit chain (R31) in the database
// `npm start` uses, finding it the same way (DATABASE_URL, this machine's Postgres, or the
// embedded one under .data/, started for the check and stopped after). Exit code 1 names the
// first bad entry of a broken chain; see libs/platform/audit/src/verify.cli.ts.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const log = (message) => console.error(`[audit] ${message}`);

await ensureDeps(root, log);
const { provideInfra } = await import('./infra.mjs');
const { ensureDatabase } = await import('./probes.mjs');
const infra = await provideInfra({ root, log });
let code = 2;
try {
  const databaseUrl =
    process.env.DATABASE_URL || (await ensureDatabase(infra.databaseUrl, 'civic'));
  const child = spawn(
    process.execPath,
    [
      '-r',
      './tools/dev/register.cjs',
      'libs/platform/audit/src/verify.cli.ts',
      ...process.argv.slice(2),
    ],
    { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: 'inherit' },
  );
  code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
} finally {
  await infra.stop();
}
process.exit(code);
