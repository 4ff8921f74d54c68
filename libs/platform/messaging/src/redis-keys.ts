import type { QueueName } from '@civic/contracts';

/**
 * BullMQ queue names carry a Redis Cluster hash tag, so each queue's keys share one slot while
 * different queues spread across the cluster. Keys look like `civic:{organizations.inbox}:<job id>`.
 */
export function bullQueueName(queue: QueueName): string {
  return `{${queue}}`;
}

export function jobKey(prefix: string, queue: QueueName, jobId: string): string {
  return `${prefix}:${bullQueueName(queue)}:${jobId}`;
}

/** The Redis epoch key: when Redis loses its data, this key goes too, and relays republish. */
export function epochKey(prefix: string): string {
  return `${prefix}:{relay}:epoch`;
}
