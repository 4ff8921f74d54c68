// Compiles the services ahead of time (issue #19): every TypeScript source of the services and of
// the libraries they use, one file at a time with swc (the same .swcrc Jest uses), into
// dist/node/ with the workspace's tree and the tsconfig path aliases rewritten to relative paths.
// A service then starts with `node dist/node/apps/<name>/src/main.js`: no compiler at start-up.
//
// Incremental: a file is compiled again only when its source is newer than its output, and outputs
// whose source is gone are removed. `node tools/dev/build-services.mjs [--clean]`.
import { createRequire } from 'node:module';
import { copyFile, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BUILD_DIR = path.join(root, 'dist/node');

/** Source trees that make up the running services (libs/testing and the admin UI are not). */
const SOURCE_ROOTS = ['apps', 'libs'];
const SKIP_DIRS = new Set(['node_modules', 'test', 'bench', 'admin-ui', 'testing']);
/** Data files the services read at run time, beside their sources. */
const DATA_FILES = ['tools/data/guangxi-divisions.json'];

/** The built entry point for a service's TypeScript entry (apps/x/src/main.ts → dist/node/…js). */
export function builtEntry(entry) {
  return path.join(BUILD_DIR, entry.replace(/\.ts$/, '.js'));
}

export async function buildServices({ log = () => {}, clean = false } = {}) {
  const started = Date.now();
  if (clean) await rm(BUILD_DIR, { recursive: true, force: true });
  const require = createRequire(import.meta.url);
  const swc = require('@swc/core');
  const swcrc = JSON.parse(await readFile(path.join(root, '.swcrc'), 'utf8'));
  const { compilerOptions } = JSON.parse(
    await readFile(path.join(root, 'tsconfig.base.json'), 'utf8'),
  );
  const options = {
    ...swcrc,
    swcrc: false,
    jsc: { ...swcrc.jsc, baseUrl: root, paths: compilerOptions.paths },
  };

  const sources = [];
  for (const top of SOURCE_ROOTS) await collect(path.join(root, top), sources);
  const wanted = new Set();
  let compiled = 0;
  const queue = [...sources, ...DATA_FILES.map((f) => path.join(root, f))];
  const work = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const relative = path.relative(root, file);
      const isTs = file.endsWith('.ts');
      const out = path.join(BUILD_DIR, isTs ? relative.replace(/\.ts$/, '.js') : relative);
      wanted.add(out);
      if (isTs) wanted.add(`${out}.map`);
      if (await upToDate(file, out)) continue;
      await mkdir(path.dirname(out), { recursive: true });
      if (!isTs) {
        await copyFile(file, `${out}.${process.pid}`);
        await rename(`${out}.${process.pid}`, out);
        continue;
      }
      const result = await swc.transformFile(file, {
        ...options,
        filename: file,
        sourceFileName: path.relative(path.dirname(out), file),
      });
      // Written aside and renamed: a service starting meanwhile (or a second build running at the
      // same time, as parallel test files do) never reads half a file.
      await writeAtomically(`${out}.map`, result.map);
      await writeAtomically(
        out,
        `${result.code}\n//# sourceMappingURL=${path.basename(out)}.map\n`,
      );
      compiled += 1;
    }
  };
  await Promise.all(Array.from({ length: 8 }, work));
  const removed = await prune(BUILD_DIR, wanted);
  log(
    `services built into ${path.relative(root, BUILD_DIR)}: ${compiled} of ${sources.length} files compiled` +
      `${removed ? `, ${removed} stale removed` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { compiled, removed };
}

async function writeAtomically(file, text) {
  const aside = `${file}.${process.pid}`;
  await writeFile(aside, text);
  await rename(aside, file);
}

async function collect(dir, into) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) await collect(full, into);
    } else if (isSource(full)) into.push(full);
  }
}

function isSource(file) {
  if (!file.includes(`${path.sep}src${path.sep}`)) return false;
  if (/\.(spec|int-spec)\.ts$|\.d\.ts$/.test(file)) return false;
  return file.endsWith('.ts') || file.endsWith('.json');
}

async function upToDate(source, out) {
  try {
    const [s, o] = await Promise.all([stat(source), stat(out)]);
    return o.mtimeMs >= s.mtimeMs;
  } catch {
    return false;
  }
}

async function prune(dir, wanted) {
  let removed = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) removed += await prune(full, wanted);
    // A parallel build's file being written aside (name.<pid>) is not stale.
    else if (!wanted.has(full) && !/\.\d+$/.test(entry.name)) {
      await rm(full, { force: true });
      removed += 1;
    }
  }
  return removed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildServices({ log: console.log, clean: process.argv.includes('--clean') }).catch((error) => {
    console.error(`build failed: ${error.message}`);
    process.exit(1);
  });
}
