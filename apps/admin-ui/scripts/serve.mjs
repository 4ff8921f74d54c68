// Serves the built admin UI with `vite preview`, proxying /api to the gateway; builds first
// when the sources changed. Runs until stopped (SIGINT/SIGTERM).
//   node apps/admin-ui/scripts/serve.mjs [--port 5173] [--host 127.0.0.1]
//        [--gateway http://127.0.0.1:3000] [--out-dir apps/admin-ui/dist] [--build-only]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { APP_DIR, buildIfChanged } from './build.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5173' },
    host: { type: 'string', default: '127.0.0.1' },
    gateway: { type: 'string', default: process.env.GATEWAY_URL || 'http://127.0.0.1:3000' },
    'out-dir': { type: 'string', default: path.join(APP_DIR, 'dist') },
    'build-only': { type: 'boolean', default: false },
  },
});
const log = (message) => console.log(`[admin-ui] ${message.replace(/^admin-ui: /, '')}`);

async function main() {
  const outDir = path.resolve(values['out-dir']);
  await buildIfChanged({ outDir, log });
  if (values['build-only']) return;
  process.env.GATEWAY_URL = values.gateway; // read by vite.config.mts for the /api proxy
  const { preview } = await import('vite');
  const server = await preview({
    root: APP_DIR,
    configFile: path.join(APP_DIR, 'vite.config.mts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { port: Number(values.port), host: values.host, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0] ?? `http://${values.host}:${values.port}/`;
  log(`serving ${url} (API: ${values.gateway})`);
  const stop = () => server.close().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`[admin-ui] ${error.stack ?? error.message}`);
  process.exit(1);
});
