import type { ChildProcess } from 'node:child_process';
import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import {
  spawnTs,
  startPrivateRedis,
  stopProcess,
  testPrefix,
  testServerUrl,
  waitFor,
} from '@civic/testing';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { jobKey, OutboxWriter } from '../src';
import { PROBE_DATABASE } from './probe/probe-database';

jest.setTimeout(180_000);

const PROBE = 'libs/platform/messaging/test/probe/probe-process.ts';

/**
 * The messaging guarantees (architecture.md), on the real Postgres and a real redis-server, with
 * real relay and consumer processes: every message has exactly one effect, whatever Redis loses
 * and whichever consumer is killed.
 */
describe('outbox → BullMQ → inbox', () => {
  let dataSource: DataSource;
  let dropDatabase: () => Promise<void>;
  let redis: { url: string; stop: () => Promise<void> };
  let databaseUrl: string;
  let prefix: string;
  const children: ChildProcess[] = [];

  beforeEach(async () => {
    const scratch = await createScratchDatabase(testServerUrl(), 'messaging');
    databaseUrl = scratch.url;
    dropDatabase = scratch.drop;
    dataSource = await new DataSource(dataSourceOptions(PROBE_DATABASE, databaseUrl)).initialize();
    await migrateSchema(dataSource);
    redis = await startPrivateRedis();
    prefix = testPrefix('msg');
  });

  afterEach(async () => {
    await Promise.all(children.splice(0).map((child) => stopProcess(child, 'SIGKILL')));
    await dataSource.destroy();
    await dropDatabase();
    await redis.stop();
  });

  async function start(role: 'relay' | 'consumer', env: Record<string, string> = {}) {
    const child = spawnTs(PROBE, {
      ROLE: role,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      CIVIC_PREFIX: prefix,
      ...env,
    });
    children.push(child);
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`${role} exited early with ${code}`)));
    });
    return child;
  }

  /** Writes probe messages through the outbox, each batch in one transaction. */
  async function publish(from: number, to: number, batch = 100): Promise<void> {
    const outbox = new OutboxWriter();
    for (let start = from; start < to; start += batch) {
      await dataSource.transaction(async (manager) => {
        for (let sequence = start; sequence < Math.min(start + batch, to); sequence++) {
          await outbox.publish(manager, 'platform.probe-sent.v1', { runId: prefix, sequence });
        }
      });
    }
  }

  async function tally() {
    const [row] = await dataSource.query(`
      SELECT (SELECT count(*) FROM probe.probe_effect)::int AS effects,
             (SELECT count(DISTINCT message_id) FROM probe.probe_effect)::int AS distinct_messages,
             (SELECT count(DISTINCT sequence) FROM probe.probe_effect)::int AS distinct_sequences,
             (SELECT count(*) FROM probe.inbox)::int AS inbox,
             (SELECT count(*) FROM probe.outbox WHERE confirmed_at IS NULL)::int AS unconfirmed,
             (SELECT count(*) FROM probe.outbox WHERE publish_count > 1)::int AS republished`);
    return row as Record<string, number>;
  }

  async function expectExactlyOnce(total: number) {
    await waitFor(
      'every message handled and confirmed',
      tally,
      (t) => t.effects >= total && t.unconfirmed === 0,
    );
    const final = await tally();
    expect(final).toMatchObject({
      effects: total,
      distinct_messages: total,
      distinct_sequences: total,
      inbox: total,
      unconfirmed: 0,
    });
    return final;
  }

  it('gives each message exactly one effect with two relays and two consumers sharing the work', async () => {
    // One consumer writes effects a message at a time, the other a batch at a time.
    await Promise.all([
      start('relay'),
      start('relay'),
      start('consumer'),
      start('consumer', { BATCH_EFFECTS: '1' }),
    ]);
    await publish(0, 1000);
    await expectExactlyOnce(1000);
    const [{ consumers }] = await dataSource.query(
      'SELECT count(DISTINCT pid)::int AS consumers FROM probe.probe_effect',
    );
    expect(consumers).toBe(2);
  });

  it('republishes after a Redis FLUSHALL mid-stream, and every message still has exactly one effect', async () => {
    await Promise.all([start('relay'), start('consumer', { HANDLER_DELAY_MS: '2' })]);
    await publish(0, 600);
    await waitFor('part of the stream handled', tally, (t) => t.effects >= 100);
    const flusher = new Redis(redis.url);
    await flusher.flushall();
    await flusher.quit();
    await publish(600, 1200);
    const final = await expectExactlyOnce(1200);
    // The flush really hit the stream: rows whose jobs it erased were published again.
    expect(final.republished).toBeGreaterThan(0);
  });

  it('loses nothing and doubles nothing when consumers are killed with SIGKILL while handling', async () => {
    const consumerEnv = {
      HANDLER_DELAY_MS: '25',
      STALLED_INTERVAL_MS: '1000',
      INBOX_CONCURRENCY: '8',
    };
    await start('relay');
    let victim = await start('consumer', consumerEnv);
    await start('consumer', consumerEnv);
    await publish(0, 800);
    for (const threshold of [100, 250, 400]) {
      await waitFor(`${threshold} effects`, tally, (t) => t.effects >= threshold);
      victim.kill('SIGKILL');
      victim = await start('consumer', consumerEnv);
    }
    await expectExactlyOnce(800);
    // Some messages were started by a consumer that died and finished by another one.
    const [{ taken_over }] = await dataSource.query(`
      SELECT count(*)::int AS taken_over FROM (
        SELECT message_id FROM probe.probe_attempt GROUP BY message_id HAVING count(DISTINCT pid) > 1
      ) t`);
    expect(taken_over).toBeGreaterThan(0);
  });

  it.each(['0', '1'])(
    'handles the rest of a bundle when one message in it keeps failing, and leaves that one unconfirmed (batch effects %s)',
    async (batchEffects) => {
      await Promise.all([
        start('relay'),
        start('consumer', { FAIL_SEQUENCES: '7,150', BATCH_EFFECTS: batchEffects }),
      ]);
      await publish(0, 300);
      await waitFor('every healthy message handled', tally, (t) => t.effects >= 298);
      const [row] = await dataSource.query(`
      SELECT (SELECT count(*) FROM probe.probe_effect)::int AS effects,
             (SELECT count(DISTINCT sequence) FROM probe.probe_effect)::int AS distinct_sequences,
             (SELECT count(*) FROM probe.probe_effect WHERE sequence IN (7, 150))::int AS poisoned_effects,
             (SELECT count(*) FROM probe.inbox)::int AS inbox`);
      expect(row).toEqual({
        effects: 298,
        distinct_sequences: 298,
        poisoned_effects: 0,
        inbox: 298,
      });
      const unconfirmed = await waitFor(
        'the healthy messages confirmed',
        () =>
          dataSource.query(
            `SELECT payload->>'sequence' AS sequence FROM probe.outbox WHERE confirmed_at IS NULL ORDER BY 1`,
          ),
        (rows: { sequence: string }[]) => rows.length <= 2,
      );
      expect(unconfirmed.map((r: { sequence: string }) => r.sequence)).toEqual(['150', '7']);
      // They travelled in bundles, and each failing one was split out into a job named by its id.
      const poisoned: { id: string; job_id: string | null }[] = await dataSource.query(
        `SELECT id, job_id FROM probe.outbox WHERE confirmed_at IS NULL`,
      );
      expect(poisoned.every((row) => row.job_id !== null)).toBe(true);
      const client = new Redis(redis.url);
      const jobs = await Promise.all(
        poisoned.map((row) => client.exists(jobKey(prefix, 'platform.probe', row.id))),
      );
      await client.quit();
      expect(jobs).toEqual([1, 1]);
    },
  );
});
