// Refreshes the README's gallery of screens (issue #18): runs the screen walk
// (test/screen-walk.browser-spec.ts) with SCREENSHOT_DIR=docs/screenshots and SCREEN_WALK_GALLERY=1,
// so that it keeps one desktop and one phone JPEG per role there (`<role>-<screen>-<size>.jpg`,
// the screens of GALLERY in test/fixtures/screen-walk.ts), then checks each stays small.
// Postgres and Redis as `npm test` provides them; Chromium installed if missing.
//   node apps/admin-ui/scripts/screenshots.mjs      (or: npm run screenshots)
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const DIR = 'docs/screenshots';
const MAX_BYTES = 150 * 1024;
const log = (message) => console.log(`[screenshots] ${message}`);

async function main() {
  const { ensureBrowser } = await import(path.join(root, 'tools/dev/ensure-browser.mjs'));
  const { provideInfra } = await import(path.join(root, 'tools/dev/infra.mjs'));
  const { onCleanup } = await import(path.join(root, 'tools/dev/lifecycle.mjs'));
  await ensureBrowser(log);
  const infra = await provideInfra({ root, log });
  const unregister = onCleanup('infrastructure', infra.stop);
  const started = Date.now();
  const code = await new Promise((resolve) => {
    const child = spawn(
      path.join(root, 'node_modules/.bin/jest'),
      ['--selectProjects', 'browser', '--', 'apps/admin-ui/test/screen-walk.browser-spec.ts'],
      {
        cwd: root,
        stdio: 'inherit',
        env: {
          ...process.env,
          DATABASE_URL: infra.databaseUrl,
          REDIS_URL: infra.redisUrl,
          SCREENSHOT_DIR: DIR,
          SCREEN_WALK_GALLERY: '1',
        },
      },
    );
    child.on('error', (error) => resolve(error.message));
    child.on('close', (exitCode, signal) => resolve(exitCode ?? signal));
  });
  unregister();
  await infra.stop();
  log(
    `the walk ${code === 0 ? 'passed' : `failed (${code})`} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  const pictures = readdirSync(path.join(root, DIR)).filter((name) => name.endsWith('.jpg'));
  const large = pictures.filter((name) => statSync(path.join(root, DIR, name)).size > MAX_BYTES);
  for (const name of large) log(`${DIR}/${name} is over ${MAX_BYTES / 1024} KB`);
  log(`${pictures.length} JPEGs in ${DIR}`);
  if (code !== 0 || large.length > 0) process.exitCode = 1;
}

main().catch(async (error) => {
  console.error(`[screenshots] ${error.message}`);
  const { cleanup } = await import(path.join(root, 'tools/dev/lifecycle.mjs'));
  await cleanup();
  process.exit(1);
});
