import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadEnv } from '@civic/platform/config';
import { freePort, spawnTs, untilAnswers } from '@civic/testing';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import autocannon from 'autocannon';
import { IsInt, IsNumber, Max, Min } from 'class-validator';

/**
 * What the gateway's HTTP benchmarks share (the lottery submission surge, the venture deadline
 * surge): the hello-world yardstick in a process of its own, the autocannon runner that ends
 * with a drain, the CPU meter per process and the wait for a quiet machine. Run as a program,
 * this file is the hello-world server (`startHelloWorld` starts it that way).
 */
const KIT = 'apps/gateway/bench/surge-kit.ts';

// ---- the yardstick: a minimal Nest app (express), in a process of its own like the gateway ----

class HelloWorldEnv {
  @IsInt()
  @Min(1)
  @Max(65535)
  HELLO_WORLD_PORT: number;
}

@Controller()
class HelloController {
  @Get()
  hello() {
    return { hello: 'world' };
  }
}

@Module({ controllers: [HelloController] })
class HelloModule {}

async function serveHelloWorld(port: number): Promise<void> {
  const app = await NestFactory.create(HelloModule, { logger: false });
  app.enableShutdownHooks();
  await app.listen(port, '127.0.0.1');
}

export async function startHelloWorld(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawnTs(KIT, { HELLO_WORLD_PORT: String(port) }, 'hello-world');
  const url = `http://127.0.0.1:${port}`;
  await untilAnswers(url);
  return { url, child };
}

// ---- load ----

export type LoadOptions = Omit<autocannon.Options, 'url' | 'connections'> & {
  url: string;
  connections: number;
};

/** What `setupClient` gets: autocannon's connection, with the fields the drain below uses. */
interface Connection {
  reqsMade: number;
  responseMax?: number;
  on(event: 'done', listener: () => void): unknown;
}

export interface Load {
  result: autocannon.Result;
  /** From the start to the last connection's last answer. */
  seconds: number;
  /** Socket errors and timeouts by their message (autocannon counts them as `errors`). */
  errorMessages: Record<string, number>;
}

/**
 * A fixed number of requests (warm-ups), or a fixed time that ends with a drain: at the deadline
 * every connection stops sending and closes once its request in flight is answered, so no request
 * is cut off unanswered (autocannon's own `duration` closes the sockets with requests in flight,
 * which the server may still carry out). autocannon's `duration` stays as a backstop.
 */
export async function run(options: LoadOptions, seconds?: number): Promise<Load> {
  const connections: Connection[] = [];
  let lastDone = 0;
  const started = performance.now();
  const load = autocannon({
    ...options,
    ...(seconds === undefined ? {} : { duration: seconds + 30 }),
    setupClient: (client) => {
      const connection = client as unknown as Connection;
      connections.push(connection);
      connection.on('done', () => (lastDone = performance.now()));
    },
  });
  const errorMessages: Record<string, number> = {};
  // Without a callback autocannon returns its tracker (an event emitter) made thenable.
  (load as unknown as NodeJS.EventEmitter).on('reqError', (error: Error & { code?: string }) => {
    const message = error.code ?? error.message;
    errorMessages[message] = (errorMessages[message] ?? 0) + 1;
  });
  const deadline =
    seconds === undefined
      ? undefined
      : setTimeout(() => {
          for (const connection of connections) connection.responseMax = connection.reqsMade;
        }, seconds * 1000);
  const result = await load;
  clearTimeout(deadline);
  return {
    result,
    seconds: ((lastDone || performance.now()) - started) / 1000,
    errorMessages,
  };
}

export function summary({ result, seconds, errorMessages }: Load) {
  return {
    rps: Math.round(result.requests.total / seconds),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    ...(result.errors > 0 ? { errorMessages } : {}),
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count ?? 0]),
    ),
    seconds: Number(seconds.toFixed(2)),
  };
}

// ---- where the time goes: CPU of each process during a run ----

const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString()) || 100;

/** The bench's child processes, by the entry point they run (built .js or source .ts). */
const LABELS: [string, string][] = [
  ['apps/gateway/src/main.', 'gateway'],
  ['apps/lottery-fund/src/main.', 'lottery-fund'],
  ['apps/venture/src/main.', 'venture'],
  ['apps/organizations/src/main.', 'organizations'],
  ['apps/finance/src/main.', 'finance'],
  [KIT, 'hello-world'],
];

/** CPU ticks so far of each live process (pid → label, ticks), and of the whole machine. */
function processCpu(): { processes: Map<number, [string, number]>; machine: number } {
  const processes = new Map<number, [string, number]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      let label = 'other processes';
      if (pid === process.pid) label = 'load generator (autocannon)';
      else if (comm === 'postgres') label = 'postgres';
      else if (comm.startsWith('redis-server')) label = 'redis';
      else if (Number(fields[1]) === process.pid) {
        const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
        label = LABELS.find(([file]) => cmdline.includes(file))?.[1] ?? 'other';
      }
      processes.set(pid, [label, ticks]);
    } catch {
      // the process ended meanwhile
    }
  }
  // The whole machine, kernel time included.
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return { processes, machine: user + nice + system + irq + softirq + steal };
}

/**
 * Cores busy per process over a stretch of time (1.0 = one core all the time). `other processes`
 * is anything else on the machine (someone's tests: a run beside them is not comparable);
 * `unattributed` is busy time charged to no live process (kernel work, processes that ended).
 */
export function cpuMeter() {
  const before = processCpu();
  const started = performance.now();
  return (): Record<string, number> => {
    const seconds = (performance.now() - started) / 1000;
    const after = processCpu();
    const toCores = (ticks: number) => ticks / CLK_TCK / seconds;
    const cores = new Map<string, number>([
      ['machine (all)', toCores(after.machine - before.machine)],
    ]);
    let processes = 0;
    for (const [pid, [label, ticks]] of after.processes) {
      const used = toCores(ticks - (before.processes.get(pid)?.[1] ?? 0));
      cores.set(label, (cores.get(label) ?? 0) + used);
      processes += used;
    }
    cores.set('unattributed', Math.max(0, cores.get('machine (all)')! - processes));
    return Object.fromEntries(
      [...cores]
        .filter(([, value]) => value >= 0.005)
        .sort((a, b) => b[1] - a[1])
        .map(([label, value]) => [label, Number(value.toFixed(2))]),
    );
  };
}

/**
 * Waits (up to `waitSeconds`) until the machine is nearly idle, busy no more than `cores` cores
 * measured over 3 s, so that a measured run does not share the two cores with someone else's
 * tests. Returns the busy cores seen last: the run goes on either way, and the result says how
 * quiet it was.
 */
export async function untilQuiet(waitSeconds: number, cores: number): Promise<number> {
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    const meter = cpuMeter();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const busy = meter()['machine (all)'] ?? 0;
    if (busy <= cores || Date.now() > deadline) return busy;
  }
}

// ---- fixtures ----

export async function inParallel<T, R>(items: T[], width: number, fn: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]);
      }
    }),
  );
  return results;
}

export function expectStatus(res: { status: number; body: unknown }, status: number, what: string) {
  if (res.status !== status) {
    throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body as { id: string };
}

if (require.main === module) {
  void serveHelloWorld(loadEnv(HelloWorldEnv).HELLO_WORLD_PORT);
}

/**
 * Reads a count every 500 ms until it holds still for four reads in a row (2 s), and answers it:
 * a request the load generator gave up on may still be stored after the run ends.
 */
export async function untilSteady(count: () => Promise<number>): Promise<number> {
  let last = await count();
  for (let still = 0; still < 4;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = await count();
    still = now === last ? still + 1 : 0;
    last = now;
  }
  return last;
}

/** The settings every surge bench takes for waiting until the machine is quiet (`untilQuiet`). */
export class QuietEnv {
  /** Before each measured run, wait this long at most for the machine to be quiet … */
  @IsInt()
  @Min(0)
  SURGE_QUIET_WAIT_SECONDS: number = 300;

  /** … that is, busy no more than this many cores (the idle platform takes about 0.1). */
  @IsNumber()
  @Min(0)
  SURGE_QUIET_CORES: number = 0.3;
}
