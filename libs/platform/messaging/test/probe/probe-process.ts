import 'reflect-metadata';
import { loadEnv } from '@civic/platform/config';
import { dataSourceOptions } from '@civic/platform/database';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { MessagingRuntime } from '../../src';
import { PROBE_DATABASE } from './probe-database';
import { ProbeEffect } from './probe-effect.entity';
import { ProbeEnv } from './probe.env';

/**
 * A real process for the messaging tests: ROLE=relay runs only the outbox relay; ROLE=consumer
 * runs the inbox for `platform.probe`, whose handler records an attempt, waits HANDLER_DELAY_MS
 * inside its transaction (so a SIGKILL can land mid-handling) and writes one effect row
 * (BATCH_EFFECTS=1: a batch's attempts and effects in one statement each).
 */
async function main(): Promise<void> {
  const env = loadEnv(ProbeEnv);
  const role = env.ROLE;
  const delay = env.HANDLER_DELAY_MS;
  const poisoned = new Set(env.FAIL_SEQUENCES.split(',').filter(Boolean).map(Number));
  const dataSource = await new DataSource(
    dataSourceOptions(PROBE_DATABASE, env.DATABASE_URL, { poolSize: 20 }),
  ).initialize();
  const runtime = new MessagingRuntime(
    dataSource,
    {
      producer: 'probe',
      redisUrl: env.REDIS_URL,
      prefix: env.CIVIC_PREFIX,
      batchSize: env.OUTBOX_BATCH_SIZE,
      pollMs: 20,
      confirmEveryMs: 200,
      inboxConcurrency: env.INBOX_CONCURRENCY,
      stalledIntervalMs: env.STALLED_INTERVAL_MS,
      relay: role === 'relay',
    },
    {
      log: () => undefined,
      error: (message) => env.TEST_CHILD_OUTPUT === '1' && process.stderr.write(`${message}\n`),
    },
  );
  const attempt = async (messageIds: string[]) => {
    await dataSource.query(
      'INSERT INTO probe.probe_attempt (message_id, pid) SELECT unnest($1::uuid[]), $2',
      [messageIds, process.pid],
    );
    if (delay > 0) await sleep(delay);
  };
  const check = (sequence: number) => {
    if (poisoned.has(sequence)) throw new Error(`probe ${sequence} is poisoned`);
  };
  const effect = (sequence: number, messageId: string) => ({
    messageId,
    sequence,
    pid: process.pid,
  });
  runtime.start(
    role === 'consumer'
      ? {
          queue: 'platform.probe',
          handlers: {
            'platform.probe-sent.v1': async (payload, { manager, envelope }) => {
              await attempt([envelope.id]);
              check(payload.sequence);
              await manager.insert(ProbeEffect, effect(payload.sequence, envelope.id));
            },
          },
          batchHandlers:
            env.BATCH_EFFECTS === '1'
              ? {
                  'platform.probe-sent.v1': async (messages, { manager }) => {
                    await attempt(messages.map(({ envelope }) => envelope.id));
                    messages.forEach(({ payload }) => check(payload.sequence));
                    await manager.insert(
                      ProbeEffect,
                      messages.map(({ payload, envelope }) =>
                        effect(payload.sequence, envelope.id),
                      ),
                    );
                  },
                }
              : {},
        }
      : undefined,
  );
  process.stdout.write('ready\n');
  const stop = async () => {
    await runtime.stop();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

void main();
