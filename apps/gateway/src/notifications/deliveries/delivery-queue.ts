import type { DeliveryChannel } from '../entities/notification-delivery.entity';

/**
 * The BullMQ queue of e-mails and texts to send (issue #18): the gateway's own work, not a
 * message between services, so not in the contracts' QUEUES. Hash-tagged like every queue (Redis
 * Cluster keeps its keys in one slot). NEVER rename it: add a new one.
 */
export const DELIVERY_QUEUE = '{gateway.notification-deliveries}';

/** What a job carries: the delivery row's id; everything else is read again from Postgres. */
export interface DeliveryJob {
  deliveryId: string;
}

/** The job id: the notification and the channel, so queuing one delivery twice is a no-op. */
export function deliveryJobId(notificationId: string, channel: DeliveryChannel): string {
  return `${notificationId}.${channel}`;
}
