// Starts a private redis-server (found on PATH, or installed with apt-get when we are root) on
// 127.0.0.1, append-only persistence in <root>/.data/redis.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';
import { onCleanup } from './lifecycle.mjs';
import { clearLock, freePort, shareOrReap, stopChild, waitFor, writeLock } from './processes.mjs';
import { redisError } from './probes.mjs';

const PREFERRED_PORT = 6390;

export async function startEmbeddedRedis({ root, log }) {
  const shared = await shareOrReap({
    root,
    name: 'redis',
    looksLikeServer: (cmd) => cmd.includes('redis-server'),
    answers: async (url) => (await redisError(url)) === null,
    signal: 'SIGTERM',
    log,
  });
  if (shared) return { url: shared.url, stop: async () => {} };

  const binary = findOnPath('redis-server') ?? installRedis(log);
  const dir = path.join(root, '.data', 'redis');
  mkdirSync(dir, { recursive: true });
  const port = await freePort(PREFERRED_PORT);
  const url = `redis://127.0.0.1:${port}`;
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir];
  args.push('--appendonly', 'yes', '--save', '', '--daemonize', 'no');
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  const keep = (chunk) => output.push(String(chunk)) > 100 && output.shift();
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('error', keep);

  const stop = async () => {
    unregister();
    await stopChild(child, 'SIGTERM', 10_000); // SIGTERM: redis flushes the AOF and exits
    clearLock(root, 'redis');
  };
  const unregister = onCleanup('embedded redis', stop, () => child.kill('SIGTERM'));
  const started = Date.now();
  try {
    const answers = async () => (await redisError(url, 500)) === null;
    await waitFor(answers, { timeoutMs: 15_000, child, what: 'redis-server' });
  } catch (error) {
    await stop();
    throw new Error(
      `${error.message}:\n${output.join('').trim().split('\n').slice(-15).join('\n')}`,
    );
  }
  writeLock(root, 'redis', { serverPid: child.pid, port, url });
  log(
    `redis: ${binary} on port ${port}, started in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { url, stop };
}

function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

function installRedis(log) {
  const help =
    'Install Redis 7 (Debian/Ubuntu: `apt-get install redis-server`, macOS: `brew install redis`) ' +
    'or set REDIS_URL to a Redis server you run.';
  if (process.getuid?.() !== 0 || !findOnPath('apt-get')) {
    throw new Error(`No Redis answers on 127.0.0.1:6379 and redis-server is not on PATH. ${help}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'redis-server']]) {
    log(`redis: redis-server not found; running apt-get ${args.join(' ')}`);
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`apt-get ${args[0]} failed. ${help}`);
  }
  const binary = findOnPath('redis-server');
  if (!binary) throw new Error(`redis-server is still missing after apt-get. ${help}`);
  return binary;
}
