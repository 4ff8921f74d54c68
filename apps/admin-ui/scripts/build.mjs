// Builds the admin UI with Vite, unless the output was built from the very same sources (a hash
// of them is kept in <outDir>/.source-hash). Used by serve.mjs, `npm start` and the browser tests.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = path.resolve(APP_DIR, '../..');

/** What the bundle is made of: the app, the domain libraries it imports, the installed packages. */
const INPUTS = [
  'apps/admin-ui/src',
  'apps/admin-ui/index.html',
  'apps/admin-ui/public',
  'apps/admin-ui/vite.config.mts',
  'libs/domain/access/src',
  'libs/domain/calendar/src',
  'libs/domain/conflicts/src',
  'libs/domain/dashboards/src',
  'libs/domain/incubation/src',
  'libs/domain/lottery/src',
  'libs/domain/money/src',
  'libs/domain/organizations/src',
  'libs/domain/priority/src',
  'libs/domain/programme/src',
  'libs/domain/spreadsheet/src',
  'libs/domain/venture/src',
  'package-lock.json',
];

export function sourceHash() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((input) => filesUnder(path.join(ROOT, input)))) {
    hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function filesUnder(entry) {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)));
}

/** Builds into outDir when the sources changed since its last build; returns whether it built. */
export async function buildIfChanged({ outDir, log = console.log }) {
  const stampFile = path.join(outDir, '.source-hash');
  const hash = sourceHash();
  const built = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : null;
  if (built === hash && existsSync(path.join(outDir, 'index.html'))) {
    log(`admin-ui: ${path.relative(ROOT, outDir)} is up to date`);
    return false;
  }
  const started = Date.now();
  log(`admin-ui: building into ${path.relative(ROOT, outDir)}…`);
  const { build } = await import('vite');
  // A production bundle even when run from Jest (NODE_ENV=test) or a dev shell.
  process.env.NODE_ENV = 'production';
  await build({
    root: APP_DIR,
    mode: 'production',
    configFile: path.join(APP_DIR, 'vite.config.mts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  writeFileSync(stampFile, `${hash}\n`);
  log(`admin-ui: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}
