import { randomUUID } from 'node:crypto';
import type { MessageEnvelope, QueueName } from '@civic/contracts';
import { envelopesOf, epochKey, OutboxRelay } from '@civic/platform/messaging';
import { testRedisUrl } from '@civic/testing';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';

/**
 * What the service's outbox relay puts in Redis, for a test that looks at what travels through
 * BullMQ (R30: no account number in the clear): every unconfirmed outbox row relayed once, under a
 * prefix of its own, and the jobs then waiting in `queue` read back (nothing consumes them). The
 * prefix's keys are removed afterwards.
 */
export async function relayedJobs(
  dataSource: DataSource,
  producer: string,
  queue: QueueName,
): Promise<MessageEnvelope[]> {
  const redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
  const prefix = `relayed-${randomUUID()}`;
  const relay = new OutboxRelay(dataSource, redis, { producer, prefix, batchSize: 500 });
  try {
    while ((await relay.relayOnce()) > 0);
    const jobs = await relay.queue(queue).getJobs(['waiting', 'prioritized', 'delayed'], 0, -1);
    return jobs.flatMap((job) => envelopesOf(job.data));
  } finally {
    await relay.queue(queue).obliterate({ force: true });
    await relay.close();
    await redis.del(epochKey(prefix));
    await redis.quit();
  }
}
