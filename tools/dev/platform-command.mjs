// Runs a TypeScript command against the database `npm start` uses, found the same way:
// DATABASE_URL, this machine's Postgres (database `civic`, created if missing), or the embedded
// one under .data/, started for the command and stopped after. Used by `npm run audit:verify`,
// `npm run backup` and `npm run restore`. Resolves to the command's exit code.
import { spawn } from 'node:child_process';
import { ensureDeps } from './ensure-deps.mjs';

/**
 * @param {{ root: string, log: (message: string) => void, script: string, args: string[],
 *   databaseUrl?: string, server?: boolean, failure?: number }} options `databaseUrl` skips
 *   finding the database (a restore given a URL); `server` passes the server's URL as found, not
 *   the `civic` database on it (a restore into a database by name); `failure` is the code when the
 *   command dies without one.
 */
export async function runOnPlatformDatabase({
  root,
  log,
  script,
  args,
  databaseUrl,
  server = false,
  failure = 2,
}) {
  await ensureDeps(root, log);
  const infra = databaseUrl
    ? { databaseUrl, stop: async () => {} }
    : await (await import('./infra.mjs')).provideInfra({ root, log });
  try {
    const url =
      databaseUrl ??
      (server
        ? infra.databaseUrl
        : process.env.DATABASE_URL ||
          (await (await import('./probes.mjs')).ensureDatabase(infra.databaseUrl, 'civic')));
    const child = spawn(process.execPath, ['-r', './tools/dev/register.cjs', script, ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
      stdio: 'inherit',
    });
    return await new Promise((resolve) => child.on('exit', (code) => resolve(code ?? failure)));
  } finally {
    await infra.stop();
  }
}
