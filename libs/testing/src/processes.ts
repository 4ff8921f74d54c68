import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { childEnv, testEnv } from './test-env';

const ROOT = join(__dirname, '../../..');

/** A service's sources (apps/<name>/src/…): these run from the ahead-of-time build. */
const SERVICE_SOURCE = /^apps\/[^/]+\/src\/.+\.ts$/;
let built = false;
/** NODE_FLAGS of tools/dev/services.mjs: services run in tests as they do in `npm start`. */
export const SERVICE_NODE_FLAGS: string[] = JSON.parse(
  readFileSync(join(ROOT, 'tools/dev/node-flags.json'), 'utf8'),
);

/**
 * Runs a TypeScript entry point in a real child process. A service's entry runs as production
 * does, from dist/node (tools/dev/build-services.mjs, brought up to date once per test file: a
 * fraction of a second when nothing changed); anything else (test probes, bench kits) through swc.
 */
export function spawnTs(entry: string, env: Record<string, string>, label = entry): ChildProcess {
  const args =
    SERVICE_SOURCE.test(entry) && testEnv().SERVICES_FROM_SOURCE !== '1'
      ? [...SERVICE_NODE_FLAGS, builtServiceEntry(entry)]
      : ['-r', join(ROOT, 'tools/dev/register.cjs'), entry];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const echo = testEnv().TEST_CHILD_OUTPUT === '1';
  child.stdout?.on('data', (chunk) => echo && process.stdout.write(`[${label}] ${chunk}`));
  child.stderr?.on('data', (chunk) => process.stderr.write(`[${label}] ${chunk}`));
  return child;
}

function builtServiceEntry(entry: string): string {
  if (!built) {
    const build = spawnSync(process.execPath, [join(ROOT, 'tools/dev/build-services.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`building the services failed: ${build.stderr}`);
    built = true;
  }
  return join(ROOT, 'dist/node', entry.replace(/\.ts$/, '.js'));
}

export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  await exited;
}

/**
 * A port nothing listens on, for a child process to listen on a moment later. Picked at random
 * below the kernel's ephemeral range (32768–60999 here): a port the kernel hands out (port 0) is
 * also what outgoing connections get, and one of the many Postgres and Redis connections the
 * platform opens meanwhile took such a port before the service could bind it (EADDRINUSE in CI).
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const port = PORT_RANGE.low + Math.floor(Math.random() * (PORT_RANGE.high - PORT_RANGE.low));
    const server = createServer();
    const free = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (free) {
      server.close();
      await once(server, 'close');
      return port;
    }
    if (attempt > 50) throw new Error('no free port found in 50 tries');
  }
}

const PORT_RANGE = { low: 20_000, high: 32_000 };

/**
 * A private redis-server for tests that FLUSHALL or restart Redis, so they never disturb the
 * other test files sharing the machine's Redis.
 */
export async function startPrivateRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(
    testEnv().REDIS_SERVER_BIN,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  return { url: `redis://127.0.0.1:${port}`, stop: () => stopProcess(child) };
}
