import { Redis } from 'ioredis';

/** An ioredis connection as BullMQ wants it (no per-request retry limit, for blocking commands). */
export function createRedis(url: string, name: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, connectionName: name });
}

export const JOB_OPTIONS = {
  // A completed job is removed: its absence (under the same epoch) confirms the outbox row.
  removeOnComplete: true,
  // A job that failed every attempt stays, visibly, and its outbox row stays unconfirmed.
  removeOnFail: false,
  attempts: 25,
  backoff: { type: 'exponential', delay: 500 },
} as const;
