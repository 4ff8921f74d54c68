import type { MessageName } from '../messages/registry';

/**
 * Every BullMQ queue: one inbox queue per consuming service, and the messages it takes.
 * A producer's outbox writes one row per queue that takes the message (fan-out by contract).
 * NEVER rename a queue: add a new one.
 */
export const QUEUES = {
  'organizations.inbox': {
    consumer: 'organizations',
    messages: ['incubation.organization-graduated.v1'],
  },
  'platform.probe': {
    consumer: 'probe',
    messages: ['platform.probe-sent.v1'],
  },
} as const satisfies Record<string, { consumer: string; messages: readonly MessageName[] }>;

export type QueueName = keyof typeof QUEUES;
export type MessagesOf<Q extends QueueName> = (typeof QUEUES)[Q]['messages'][number];

/** The queues that take a message: where the outbox sends it. */
export function queuesFor(name: MessageName): QueueName[] {
  return (Object.keys(QUEUES) as QueueName[]).filter((queue) =>
    (QUEUES[queue].messages as readonly MessageName[]).includes(name),
  );
}

export function queueTakes(queue: QueueName, name: string): name is MessagesOf<typeof queue> {
  return (QUEUES[queue].messages as readonly string[]).includes(name);
}
