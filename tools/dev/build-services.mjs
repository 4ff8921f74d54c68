// Compiles the services ahead of time (issue #19): every TypeScript source of the services and of
// the libraries they use, one file at a time with swc (the same .swcrc Jest uses), into
// dist/node/ with the workspace's tree and the tsconfig path aliases rewritten to relative paths.
// A service then starts with `node dist/node/apps/<name>/src/main.js`: no compiler at start-up.
//
// Incremental: a file is compiled again only when its source changed since its output was made
// (each output carries its source's modification time), and outputs whose source is gone are
// removed. A change of what every file compiles with (.swcrc, the path aliases, the swc version)
// starts over. `node tools/dev/build-services.mjs [--clean]`.
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import {
  copyFile,
  mkdir,
  readFile,
  readdir,
  rename,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises';
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
  const stamp = path.join(BUILD_DIR, '.build-options');
  const wantedStamp = createHash('sha256')
    .update(JSON.stringify({ options, swc: swc.version }))
    .digest('hex');
  const stamped = await readFile(stamp, 'utf8').catch(() => '');
  if (clean || stamped !== wantedStamp) await rm(BUILD_DIR, { recursive: true, force: true });
  await mkdir(BUILD_DIR, { recursive: true });

  const sources = [];
  for (const top of SOURCE_ROOTS) await collect(path.join(root, top), sources);
  const wanted = new Set([stamp]);
  let compiled = 0;
  const queue = [...sources, ...DATA_FILES.map((f) => path.join(root, f))];
  const work = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const relative = path.relative(root, file);
      const isTs = file.endsWith('.ts');
      const out = path.join(BUILD_DIR, isTs ? relative.replace(/\.ts$/, '.js') : relative);
      wanted.add(out);
      if (isTs) wanted.add(`${out}.map`);
      const sourceTime = (await stat(file)).mtimeMs / 1000; // seconds, as utimes takes them
      if (await madeFrom(sourceTime, out)) continue;
      await mkdir(path.dirname(out), { recursive: true });
      if (!isTs) {
        await copyFile(file, `${out}.${process.pid}`);
        await utimes(`${out}.${process.pid}`, sourceTime, sourceTime);
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
      // Stamped with the source's time as read before compiling: a source saved meanwhile is
      // newer than its output, and compiled again next time.
      await writeAtomically(
        out,
        `${result.code}\n//# sourceMappingURL=${path.basename(out)}.map\n`,
        sourceTime,
      );
      compiled += 1;
    }
  };
  await Promise.all(Array.from({ length: 8 }, work));
  await writeAtomically(stamp, wantedStamp);
  const removed = await prune(BUILD_DIR, wanted);
  log(
    `services built into ${path.relative(root, BUILD_DIR)}: ${compiled} of ${sources.length} files compiled` +
      `${removed ? `, ${removed} stale removed` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { compiled, removed };
}

async function writeAtomically(file, text, time) {
  const aside = `${file}.${process.pid}`;
  await writeFile(aside, text);
  if (time) await utimes(aside, time, time);
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

/** Whether `out` was made from the source as it is (its time is the source's, see above). */
async function madeFrom(sourceTime, out) {
  try {
    // Within a millisecond: file systems keep times to different precisions.
    return Math.abs((await stat(out)).mtimeMs - sourceTime * 1000) < 1;
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
    // A file written aside (name.<pid>) is stale only once its build has ended.
    else if (!wanted.has(full) && !byLiveBuild(entry.name)) {
      await rm(full, { force: true });
      removed += 1;
    }
  }
  return removed;
}

function byLiveBuild(name) {
  const pid = /\.(\d+)$/.exec(name)?.[1];
  if (!pid) return false;
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch {
    return false;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildServices({ log: console.log, clean: process.argv.includes('--clean') }).catch((error) => {
    console.error(`build failed: ${error.message}`);
    process.exit(1);
  });
}
