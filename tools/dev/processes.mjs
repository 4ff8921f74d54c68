// Small process helpers for the dev scripts: free ports, liveness, waiting, and the lock files
// in <root>/.data that remember which launcher started which embedded server.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `preferred` if nothing listens on 127.0.0.1:preferred, else a port the OS picks. */
export async function freePort(preferred) {
  const tryListen = (port) =>
    new Promise((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => {
        const { port: bound } = server.address();
        server.close(() => resolve(bound));
      });
    });
  return (await tryListen(preferred)) ?? (await tryListen(0));
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    const done = (inUse) => {
      socket.destroy();
      resolve(inUse);
    };
    socket.setTimeout(1000);
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

export function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** The command line of a process ('' if unknown), to tell our servers from a reused pid. */
export function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    try {
      return execFileSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
    } catch {
      return '';
    }
  }
}

/** Polls `check` (returns truthy when done) until it succeeds, `child` exits, or time runs out. */
export async function waitFor(check, { timeoutMs, intervalMs = 200, child, what }) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}) before it was ready`);
    }
    if (await check()) return;
    await sleep(intervalMs);
  }
  throw new Error(`${what} was not ready after ${Math.round(timeoutMs / 1000)} s`);
}

/** Signals a ChildProcess and waits for it to exit; SIGKILL after `timeoutMs`. */
export async function stopChild(child, signal = 'SIGTERM', timeoutMs = 10_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('close', resolve));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

/** Signals a process we did not spawn (a leftover server) and waits until it is gone. */
export async function stopPid(pid, signal, timeoutMs = 20_000) {
  try {
    process.kill(pid, signal);
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

const lockFile = (root, name) => path.join(root, '.data', `${name}.lock.json`);

export function readLock(root, name) {
  try {
    return JSON.parse(readFileSync(lockFile(root, name), 'utf8'));
  } catch {
    return null;
  }
}

export function writeLock(root, name, data) {
  mkdirSync(path.join(root, '.data'), { recursive: true });
  writeFileSync(lockFile(root, name), JSON.stringify({ ...data, launcherPid: process.pid }) + '\n');
}

export const clearLock = (root, name) => rmSync(lockFile(root, name), { force: true });

/**
 * Looks at the server a previous launcher started on this data folder. If that launcher still
 * runs and the server answers, returns the lock so the caller can share it (`npm test` while
 * `npm start` runs). If the launcher is gone (killed hard), stops the leftover server first.
 * `looksLikeServer(cmdline)` guards against pids reused by unrelated processes.
 */
export async function shareOrReap({ root, name, looksLikeServer, answers, signal, log }) {
  const lock = readLock(root, name);
  if (!lock) return null;
  const serverUp = isAlive(lock.serverPid) && looksLikeServer(commandLine(lock.serverPid));
  if (!serverUp) {
    clearLock(root, name);
    return null;
  }
  const launcherUp = isAlive(lock.launcherPid) && /node/.test(commandLine(lock.launcherPid));
  if (launcherUp && (await answers(lock.url))) {
    log(`${name}: sharing the embedded server of launcher pid ${lock.launcherPid} (stops with it)`);
    return lock;
  }
  log(`${name}: stopping a leftover embedded server (pid ${lock.serverPid}) from an earlier run`);
  await stopPid(lock.serverPid, signal);
  clearLock(root, name);
  return null;
}
