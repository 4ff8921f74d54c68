import type { ServiceEnv } from '@civic/platform/config';
import type { MessagingSettings } from './messaging-runtime';

/** A service's outbox relay and inbox settings, from the variables every service validates. */
export function messagingSettingsFrom(producer: string, env: ServiceEnv): MessagingSettings {
  return {
    producer,
    redisUrl: env.REDIS_URL,
    prefix: env.CIVIC_PREFIX,
    batchSize: env.OUTBOX_BATCH_SIZE,
    bundleSize: env.OUTBOX_BUNDLE_SIZE,
    pollMs: env.OUTBOX_POLL_MS,
    confirmEveryMs: 1000,
    inboxConcurrency: env.INBOX_CONCURRENCY,
    stalledIntervalMs: env.INBOX_STALLED_INTERVAL_MS,
  };
}
