import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';

/**
 * The yardstick of the benchmarks: no-op BullMQ jobs per second on this Redis, added with
 * `addBulk` in chunks of 500 and processed by one Worker, from the first add to the last completion.
 */
export async function rawBullmqJobsPerSecond(
  redisUrl: string,
  jobs: number,
  concurrency: number,
): Promise<number> {
  const prefix = `bench-raw-${randomBytes(3).toString('hex')}`;
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue('{bench.raw}', { connection, prefix });
  // BullMQ closes the connections it duplicates, not one it is given: the worker's is quit below,
  // or its socket keeps the benchmark's process alive after it has printed its result.
  const workerConnection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  let done = 0;
  const started = performance.now();
  const finished = new Promise<void>((resolve) => {
    const worker = new Worker('{bench.raw}', async () => undefined, {
      connection: workerConnection,
      prefix,
      concurrency,
    });
    // A job that failed (a lost lock on a loaded machine) still counts as handled, so a run ends.
    const handled = () => {
      if (++done === jobs) void worker.close().then(resolve);
    };
    worker.on('completed', handled);
    worker.on('failed', handled);
  });
  for (let i = 0; i < jobs; i += 500) {
    await queue.addBulk(
      Array.from({ length: Math.min(500, jobs - i) }, (_, k) => ({
        name: 'noop',
        data: { sequence: i + k },
        opts: { jobId: `j${i + k}`, removeOnComplete: true },
      })),
    );
  }
  await finished;
  const seconds = (performance.now() - started) / 1000;
  await queue.obliterate({ force: true });
  await queue.close();
  await connection.quit();
  await workerConnection.quit();
  return jobs / seconds;
}

/** The machine a benchmark ran on, for docs/benchmarks.md. */
export function benchMachine(): string {
  const cpu = cpus()[0]?.model ?? 'cpu';
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}
