import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { childEnv, testEnv } from './test-env';

const ROOT = join(__dirname, '../../..');

/** A service's sources (apps/<name>/src/…): these run from the ahead-of-time build. */
const SERVICE_SOURCE = /^apps\/[^/]+\/src\/.+\.ts$/;
let built = false;
/** NODE_FLAGS in tools/dev/services.mjs: services run in tests as they do in `npm start`. */
const SERVICE_NODE_FLAGS = ['--enable-source-maps', '--max-semi-space-size=1'];

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

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

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
