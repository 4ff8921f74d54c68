import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort, stopProcess, waitFor } from '@civic/testing';
import { ADMIN_UI_TEST_DIST, ROOT } from './paths';

/** The built UI on a free port (scripts/serve.mjs), proxying /api to the platform's gateway. */
export async function startAdminUi(gatewayApi: string) {
  const port = await freePort();
  const gateway = gatewayApi.replace(/\/api\/?$/, '');
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'apps/admin-ui/scripts/serve.mjs'),
      ...['--port', String(port), '--gateway', gateway, '--out-dir', ADMIN_UI_TEST_DIST],
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stderr?.on('data', (chunk) => process.stderr.write(`[admin-ui] ${chunk}`));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    `admin UI at ${url}`,
    () =>
      fetch(url).then(
        (r) => r.status,
        () => (child.exitCode === null ? 0 : -1),
      ),
    (status) => status === 200 || status === -1,
    { timeoutMs: 180_000, everyMs: 200 },
  );
  if (child.exitCode !== null) throw new Error(`admin UI exited (${child.exitCode})`);
  return { url, stop: () => stopProcess(child) };
}
