// Runs `npm ci` when node_modules is missing or package-lock.json changed since the last install
// (its hash is kept in node_modules/.civic-lock-hash); a quick no-op otherwise. Imports nothing
// from node_modules, so it can run on a fresh clone.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export async function ensureDeps(root, log = console.log) {
  const lockFile = path.join(root, 'package-lock.json');
  const modules = path.join(root, 'node_modules');
  const stampFile = path.join(modules, '.civic-lock-hash');
  const lockText = readFileSync(lockFile, 'utf8');
  const hash = createHash('sha256').update(lockText).digest('hex');

  let reason = 'node_modules is missing';
  if (existsSync(modules)) {
    const stamp = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : null;
    if (stamp === hash) return false;
    if (stamp === null && matchesInstalled(lockText, modules)) {
      writeFileSync(stampFile, `${hash}\n`); // installed by hand from this very lockfile
      return false;
    }
    reason = 'package-lock.json changed since the last install';
  }
  if (existsSync(modules) && lstatSync(modules).isSymbolicLink()) {
    // npm ci empties the folder a symlinked node_modules points to: leave that to the user
    throw new Error(`${reason}, but node_modules is a symlink; run \`npm ci\` yourself`);
  }
  log(`[deps] ${reason}: running npm ci --no-audit --no-fund`);
  const started = Date.now();
  await run('npm', ['ci', '--no-audit', '--no-fund'], root);
  writeFileSync(stampFile, `${hash}\n`);
  log(`[deps] installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return true;
}

/**
 * True when npm's own record of what it installed (node_modules/.package-lock.json) has the
 * same version of every package as package-lock.json, leaving out optional packages for other
 * platforms, which npm skips. Saves a needless `npm ci` the first time after a manual install.
 */
function matchesInstalled(lockText, modules) {
  try {
    const wanted = JSON.parse(lockText).packages;
    const installed = JSON.parse(readFileSync(path.join(modules, '.package-lock.json'), 'utf8'));
    const have = installed.packages;
    const missing = Object.entries(wanted).some(
      ([key, pkg]) => key !== '' && !pkg.optional && have[key]?.version !== pkg.version,
    );
    const extra = Object.entries(have).some(([key, pkg]) => wanted[key]?.version !== pkg.version);
    return !missing && !extra;
  } catch {
    return false;
  }
}

function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    const forward = (signal) => child.kill(signal); // also when only we were signalled
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const signal of signals) process.on(signal, forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      for (const s of signals) process.off(s, forward);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${code ?? signal})`));
    });
  });
}
