// `npm test`: installs dependencies if needed, provides Postgres and Redis (infra.mjs), then runs
// prettier, eslint, tsc and jest in that order, stopping at the first failure. Extra arguments go
// to jest (`npm test -- --selectProjects unit`). Integration tests get the server's DATABASE_URL
// and create their own *_test_* databases from it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowser } from './ensure-browser.mjs';
import { ensureDeps } from './ensure-deps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const log = (message) => console.log(`[test] ${message}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// [tool in node_modules/.bin, arguments, show output only on failure]
const STEPS = [
  ['prettier', ['--check', '.']],
  // @nx/enforce-module-boundaries reads Nx's cached project graph and silently skips its checks
  // when there is none (a fresh clone) or lints against a stale one: refresh it first.
  ['nx', ['show', 'projects'], true],
  ['eslint', ['.']],
  ['tsc', ['-p', 'tsconfig.json', '--noEmit']],
  // The admin UI (browser code), its Vite config and its browser specs: the root tsconfig.json
  // leaves apps/admin-ui out, since each needs other compiler settings.
  ['tsc', ['-p', 'apps/admin-ui/tsconfig.json', '--noEmit']],
  ['tsc', ['-p', 'apps/admin-ui/tsconfig.node.json', '--noEmit']],
  ['tsc', ['-p', 'apps/admin-ui/test/tsconfig.json', '--noEmit']],
  // The API contract: OpenAPI's recommended rules, 0 errors (redocly.yaml).
  ['redocly', ['lint', 'apps/admin-ui/src/api/openapi.json', '--format=summary'], true],
  ['jest', ['--ci', ...process.argv.slice(2)]],
];

async function main() {
  await ensureDeps(root, log);
  const { onCleanup, isShuttingDown } = await import('./lifecycle.mjs');
  const { provideInfra } = await import('./infra.mjs');
  const { stopChild } = await import('./processes.mjs');

  // The `browser` Jest project drives Debian's Chromium; install it (and a CJK font) up front.
  if (runsBrowserTests(process.argv.slice(2))) await ensureBrowser(log);
  else log('browser tests not selected: not checking for Chromium');
  const infra = await provideInfra({ root, log });
  const unregister = onCleanup('infrastructure', infra.stop);
  const env = {
    ...process.env,
    CI: 'true',
    NX_DAEMON: 'false',
    NX_ISOLATE_PLUGINS: 'false', // halves Nx's start-up on two cores
    DATABASE_URL: infra.databaseUrl,
    REDIS_URL: infra.redisUrl,
    REDOCLY_TELEMETRY: 'off', // no calls home from the OpenAPI lint
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  };
  const results = [];
  let failed = null;
  for (const [tool, args, quiet] of STEPS) {
    const commandLine = `${tool} ${args.join(' ')}`;
    log(`▶ ${commandLine}`);
    const started = Date.now();
    const bin = path.join(root, 'node_modules', '.bin', tool);
    const child = spawn(bin, args, {
      cwd: root,
      env,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      shell: process.platform === 'win32',
    });
    let output = '';
    if (quiet)
      for (const stream of [child.stdout, child.stderr]) stream.on('data', (d) => (output += d));
    const forget = onCleanup(
      tool,
      () => stopChild(child),
      () => child.kill('SIGTERM'),
    );
    const code = await new Promise((resolve) => {
      child.on('error', (error) => resolve(error.message));
      child.on('close', (exitCode, signal) => resolve(exitCode ?? signal));
    });
    forget();
    if (isShuttingDown()) return; // Ctrl-C: lifecycle.mjs stops the infrastructure and exits
    results.push(`${tool} ${code === 0 ? 'ok' : 'FAILED'} ${seconds(Date.now() - started)}`);
    log(
      `${code === 0 ? '✔' : '✘'} ${tool} ${code === 0 ? 'passed' : `failed (${code})`} in ${seconds(Date.now() - started)}`,
    );
    if (code !== 0) {
      if (quiet) process.stdout.write(output);
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

/** False when `--selectProjects` names projects other than `browser` only. */
function runsBrowserTests(args) {
  const at = args.indexOf('--selectProjects');
  if (at < 0) return true;
  const projects = [];
  for (const arg of args.slice(at + 1)) {
    if (arg.startsWith('-')) break;
    projects.push(arg);
  }
  return projects.length === 0 || projects.includes('browser');
}

main().catch(async (error) => {
  console.error(`[test] ${error.message}`);
  const { cleanup } = await import('./lifecycle.mjs');
  await cleanup();
  process.exit(1);
});
