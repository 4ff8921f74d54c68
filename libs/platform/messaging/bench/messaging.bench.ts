import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { loadEnv } from '@civic/platform/config';
import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import { benchMachine, rawBullmqJobsPerSecond, testRedisUrl, testServerUrl } from '@civic/testing';
import { IsInt, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { MessagingRuntime, OutboxWriter } from '../src';
import { PROBE_DATABASE } from '../test/probe/probe-database';
import { ProbeEffect } from '../test/probe/probe-effect.entity';

/**
 * Messages per second through outbox → BullMQ → inbox, each with exactly one effect, beside raw
 * BullMQ add-and-process of no-op jobs, in the same run on the same Redis. Two shapes of the
 * pipeline: `bulk` writes the outbox 500 rows to a statement (as raw BullMQ adds 500 jobs to a
 * call) and its consumer writes the effects of a batch in one statement (a batch handler);
 * `single` publishes one message per statement and handles one message per statement.
 * Run with `npm run bench` (it provides Postgres and Redis).
 */
class BenchEnv {
  @IsInt()
  @Min(100)
  BENCH_MESSAGES: number = 20_000;

  @IsInt()
  @Min(1)
  BENCH_CONCURRENCY: number = 32;
}

const env = loadEnv(BenchEnv);
const N = env.BENCH_MESSAGES;
const serverUrl = testServerUrl();
const redisUrl = testRedisUrl();
const CONCURRENCY = env.BENCH_CONCURRENCY;

interface Piped {
  rate: number;
  effects: number;
  distinct: number;
}

async function pipeline(shape: 'bulk' | 'single'): Promise<Piped> {
  const scratch = await createScratchDatabase(serverUrl, 'bench');
  const dataSource = await new DataSource(
    dataSourceOptions(PROBE_DATABASE, scratch.url, { poolSize: 24 }),
  ).initialize();
  await migrateSchema(dataSource);
  const runtime = new MessagingRuntime(
    dataSource,
    {
      producer: 'bench',
      redisUrl,
      prefix: `bench-${randomBytes(3).toString('hex')}`,
      batchSize: 1000,
      pollMs: 10,
      confirmEveryMs: 500,
      inboxConcurrency: CONCURRENCY,
      stalledIntervalMs: 30_000,
    },
    { log: () => undefined, error: (message) => console.error(message) },
  );
  const effect = (payload: { sequence: number }, envelope: { id: string }) => ({
    messageId: envelope.id,
    sequence: payload.sequence,
    pid: process.pid,
  });
  runtime.start({
    queue: 'platform.probe',
    handlers: {
      'platform.probe-sent.v1': async (payload, { manager, envelope }) => {
        await manager.insert(ProbeEffect, effect(payload, envelope));
      },
    },
    batchHandlers:
      shape === 'bulk'
        ? {
            'platform.probe-sent.v1': async (messages, { manager }) => {
              const rows = messages.map(({ payload, envelope }) => effect(payload, envelope));
              await manager.insert(ProbeEffect, rows);
            },
          }
        : {},
  });
  const outbox = new OutboxWriter();
  const started = performance.now();
  for (let i = 0; i < N; i += 500) {
    const payloads: { runId: string; sequence: number }[] = [];
    for (let k = i; k < Math.min(i + 500, N); k++) payloads.push({ runId: 'bench', sequence: k });
    await dataSource.transaction(async (manager) => {
      if (shape === 'bulk') await outbox.publishMany(manager, 'platform.probe-sent.v1', payloads);
      else {
        for (const payload of payloads) {
          await outbox.publish(manager, 'platform.probe-sent.v1', payload);
        }
      }
    });
  }
  let effects = 0;
  while (effects < N) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    [{ effects }] = await dataSource.query(
      'SELECT count(*)::int AS effects FROM probe.probe_effect',
    );
  }
  const seconds = (performance.now() - started) / 1000;
  const [{ distinct }] = await dataSource.query(
    'SELECT count(DISTINCT message_id)::int AS distinct FROM probe.probe_effect',
  );
  await runtime.stop();
  await dataSource.destroy();
  await scratch.drop();
  return { rate: N / seconds, effects, distinct };
}

async function main(): Promise<void> {
  const raw = await rawBullmqJobsPerSecond(redisUrl, N, CONCURRENCY);
  const bulk = await pipeline('bulk');
  const single = await pipeline('single');
  const exactly = (run: Piped) => run.effects === N && run.distinct === N;
  const result = {
    date: new Date().toISOString().slice(0, 10),
    machine: benchMachine(),
    messages: N,
    concurrency: CONCURRENCY,
    rawBullmqJobsPerSecond: Math.round(raw),
    outboxToInboxMessagesPerSecond: Math.round(bulk.rate),
    ratio: Number((bulk.rate / raw).toFixed(3)),
    singleStatementsMessagesPerSecond: Math.round(single.rate),
    singleStatementsRatio: Number((single.rate / raw).toFixed(3)),
    exactlyOnce: exactly(bulk) && exactly(single),
  };
  console.log(JSON.stringify(result, null, 2));
  if (!result.exactlyOnce) process.exit(1);
}

void main();
