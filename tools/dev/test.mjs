// `npm test`: installs dependencies if needed, provides Postgres and Redis (infra.mjs), then runs
// prettier, eslint, tsc and jest in that order, stopping at the first failure. Extra arguments go
// to jest (`npm test -- --selectProjects unit`). Integration tests get the server's DATABASE_URL
// and create their own *_test_* databases from it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const log = (message) => console.log(`[test] ${message}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

const STEPS = [
  ['prettier', ['--check', '.']],
  ['eslint', ['.']],
  ['tsc', ['-p', 'tsconfig.json', '--noEmit']],
  ['jest', ['--ci', ...process.argv.slice(2)]],
];

async function main() {
  await ensureDeps(root, log);
  const { onCleanup } = await import('./lifecycle.mjs');
  const { provideInfra } = await import('./infra.mjs');
  const { stopChild } = await import('./processes.mjs');

  const infra = await provideInfra({ root, log });
  const unregister = onCleanup('infrastructure', infra.stop);
  const env = {
    ...process.env,
    CI: 'true',
    DATABASE_URL: infra.databaseUrl,
    REDIS_URL: infra.redisUrl,
  };
  const results = [];
  let failed = null;
  for (const [tool, args] of STEPS) {
    const commandLine = `${tool} ${args.join(' ')}`;
    log(`▶ ${commandLine}`);
    const started = Date.now();
    const bin = path.join(root, 'node_modules', '.bin', tool);
    const child = spawn(bin, args, {
      cwd: root,
      env,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    const forget = onCleanup(
      tool,
      () => stopChild(child),
      () => child.kill('SIGTERM'),
    );
    const code = await new Promise((resolve) => {
      child.on('error', (error) => resolve(error.message));
      child.on('exit', (exitCode, signal) => resolve(exitCode ?? signal));
    });
    forget();
    results.push(`${tool} ${code === 0 ? 'ok' : 'FAILED'} ${seconds(Date.now() - started)}`);
    log(
      `${code === 0 ? '✔' : '✘'} ${tool} ${code === 0 ? 'passed' : `failed (${code})`} in ${seconds(Date.now() - started)}`,
    );
    if (code !== 0) {
      failed = commandLine;
      break;
    }
  }
  unregister();
  await infra.stop();
  log(results.join(' · '));
  if (failed) {
    log(`failed at: ${failed}`);
    process.exitCode = 1;
  }
}

main().catch(async (error) => {
  console.error(`[test] ${error.message}`);
  const { cleanup } = await import('./lifecycle.mjs');
  await cleanup();
  process.exit(1);
});
