// Makes sure the browser tests can run: Debian's Chromium at /usr/bin/chromium (driven by
// playwright-core) and a CJK font (fonts-noto-cjk), so Chinese renders in the screenshots.
// Installs what is missing with apt-get (as root, or through `sudo -n`), running
// `apt-get update` first only when the plain install fails. Imports nothing from node_modules.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';
const PACKAGES = { chromium: 'chromium', font: 'fonts-noto-cjk' };

/**
 * Returns what it did: 'present' when both were there, 'installed <packages>' otherwise.
 * Throws, naming the packages to install, when it cannot install them.
 */
export async function ensureBrowser(log = console.log) {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push(PACKAGES.chromium);
  if (!hasCjkFont()) missing.push(PACKAGES.font);
  if (missing.length === 0) {
    log(`browser: ${CHROMIUM} and a CJK font are present`);
    return 'present';
  }
  const asRoot = process.getuid?.() === 0;
  const sudo = asRoot ? [] : ['sudo', '-n'];
  if (!asRoot && !canSudo()) throw notInstallable(missing, 'not root and `sudo -n` is not allowed');
  if (!has('apt-get')) throw notInstallable(missing, 'apt-get is not available');
  log(`browser: installing ${missing.join(' ')} with apt-get${asRoot ? '' : ' (sudo)'}…`);
  const started = Date.now();
  const install = [...sudo, 'apt-get', 'install', '-y', ...missing];
  if (!run(install)) {
    log('browser: apt-get install failed; running apt-get update and trying again…');
    if (!run([...sudo, 'apt-get', 'update']) || !run(install)) {
      throw notInstallable(missing, 'apt-get failed (its output is above)');
    }
  }
  if (!existsSync(CHROMIUM) || !hasCjkFont()) {
    throw notInstallable(missing, 'apt-get succeeded but they are still missing');
  }
  log(`browser: installed ${missing.join(' ')} in ${Math.round((Date.now() - started) / 1000)} s`);
  return `installed ${missing.join(' ')}`;
}

function hasCjkFont() {
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (fonts.status === 0) return fonts.stdout.trim() !== '';
  const dpkg = spawnSync('dpkg', ['-s', PACKAGES.font], { encoding: 'utf8' });
  return dpkg.status === 0 && /Status: install ok installed/.test(dpkg.stdout);
}

function canSudo() {
  return has('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function run([command, ...args]) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
}

function notInstallable(missing, why) {
  return new Error(
    `the browser tests need ${missing.join(' and ')} (${why}). Install ${missing.length > 1 ? 'them' : 'it'} with:\n` +
      `  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n` +
      `or run only the other tests: npm test -- --selectProjects unit integration`,
  );
}
