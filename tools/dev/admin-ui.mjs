// The admin UI for `npm start`: builds apps/admin-ui into apps/admin-ui/dist when its sources
// changed since the last build (a few seconds), then serves it with a small static server
// (apps/admin-ui/scripts/static-server.mjs), proxying /api to the gateway. Wire-up in start.mjs, after the gateway is healthy:
//
//   const { buildAndServeAdminUi } = await import('./admin-ui.mjs');
//   const ui = await buildAndServeAdminUi({ root, gatewayUrl: 'http://127.0.0.1:3000', log });
//   onCleanup('admin-ui', () => stopChild(ui), () => ui.kill('SIGTERM'));
//   // …and print ['admin UI', 'http://127.0.0.1:5173'] in the box
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { waitFor } from './processes.mjs';
import { NODE_FLAGS } from './services.mjs';

export const ADMIN_UI_PORT = 5173;

/**
 * Starts `node apps/admin-ui/scripts/serve.mjs` (build if changed, then serve on
 * 127.0.0.1:port) and resolves with the child process once the UI answers; its output is
 * logged line by line. Rejects if it exits first (e.g. the port is taken: strictPort).
 */
export async function buildAndServeAdminUi({
  root,
  gatewayUrl,
  port = ADMIN_UI_PORT,
  log = console.log,
  timeoutMs = 180_000,
}) {
  const script = path.join(root, 'apps/admin-ui/scripts/serve.mjs');
  const child = spawn(
    process.execPath,
    [...NODE_FLAGS, script, '--port', String(port), '--host', '127.0.0.1', '--gateway', gatewayUrl],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => log(line));
  }
  const url = `http://127.0.0.1:${port}/`;
  await waitFor(() => answers(url), {
    timeoutMs,
    intervalMs: 300,
    child,
    what: `admin UI (${url})`,
  });
  return child;
}

async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.status === 200;
  } catch {
    return false;
  }
}
