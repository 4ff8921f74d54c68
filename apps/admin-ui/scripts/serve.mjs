// Serves the built admin UI (static-server.mjs), proxying /api to the gateway; builds first when
// the sources changed. Runs until stopped (SIGINT/SIGTERM).
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
  const { createStaticServer } = await import('./static-server.mjs');
  const server = createStaticServer({ dir: outDir, gatewayUrl: values.gateway });
  await new Promise((resolve, reject) => {
    server.once('error', reject); // the port is taken: exit rather than pick another
    server.listen(Number(values.port), values.host, () => resolve(undefined));
  });
  log(`serving http://${values.host}:${values.port}/ (API: ${values.gateway})`);
  const stop = () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`[admin-ui] ${error.stack ?? error.message}`);
  process.exit(1);
});
