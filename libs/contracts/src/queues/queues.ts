import type { MessageName } from '../messages/registry';

/**
 * Finance's answers to a programme: each goes only to the programme that asked. Every programme
 * takes all of them (the programme kit handles them), whether or not it pays in tranches or
 * claws back.
 */
export const FINANCE_ANSWERS = [
  'finance.commitment-decided.v1',
  'finance.disbursement-settled.v1',
  'finance.disbursement-failed.v1',
  'finance.commitment-released.v1',
  'finance.payment-reissued.v1',
  'finance.clawback-recovered.v1',
] as const satisfies readonly MessageName[];

/**
 * Every BullMQ queue: one inbox queue per consuming service, and the messages it takes.
 * A producer's outbox writes one row per queue that takes the message (fan-out by contract).
 * NEVER rename a queue: add a new one.
 */
export const QUEUES = {
  'organizations.inbox': {
    consumer: 'organizations',
    messages: ['incubation.organization-admitted.v1', 'incubation.organization-graduated.v1'],
  },
  'finance.inbox': {
    consumer: 'finance',
    messages: [
      'finance.commitment-requested.v1',
      'finance.commitment-requested.v2',
      'finance.disbursement-requested.v1',
      'finance.disbursement-requested.v2',
      'finance.clawback-opened.v1',
      'finance.commitment-release-requested.v1',
      // issue #18: the funding dashboard holds shares against the targets in force (R14, R21)
      'organizations.policy-approved.v1',
    ],
  },
  'incubation.inbox': {
    consumer: 'incubation',
    messages: [
      'organizations.organization-registered.v1',
      'organizations.organization-changed.v1',
      'organizations.organization-registered.v2',
      'organizations.organization-changed.v2',
      'organizations.policy-approved.v1',
      ...FINANCE_ANSWERS,
    ],
  },
  'venture.inbox': {
    consumer: 'venture',
    messages: [
      'organizations.organization-registered.v1',
      'organizations.organization-changed.v1',
      'organizations.organization-registered.v2',
      'organizations.organization-changed.v2',
      'organizations.policy-approved.v1',
      ...FINANCE_ANSWERS,
    ],
  },
  'lottery-fund.inbox': {
    consumer: 'lottery-fund',
    messages: [
      'organizations.organization-registered.v1',
      'organizations.organization-changed.v1',
      'organizations.organization-registered.v2',
      'organizations.organization-changed.v2',
      'organizations.policy-approved.v1',
      ...FINANCE_ANSWERS,
    ],
  },
  'procurement.inbox': {
    consumer: 'procurement',
    messages: [
      'organizations.organization-registered.v1',
      'organizations.organization-changed.v1',
      'organizations.organization-registered.v2',
      'organizations.organization-changed.v2',
      'organizations.policy-approved.v1',
      'finance.budget-appropriated.v1',
      ...FINANCE_ANSWERS,
    ],
  },
  // issue #18: the gateway owns users, their contacts and organization bindings, so it tells
  // them of the decisions about their organization (apps/gateway/src/notifications).
  'gateway.inbox': {
    consumer: 'gateway',
    messages: [
      'lottery-fund.decision-made.v1',
      'venture.decision-made.v1',
      'incubation.decision-made.v1',
      'procurement.decision-made.v1',
    ],
  },
  'platform.probe': {
    consumer: 'probe',
    messages: ['platform.probe-sent.v1'],
  },
} as const satisfies Record<string, { consumer: string; messages: readonly MessageName[] }>;

/**
 * Addressed messages: their payload names a `programme`, and they go only to the queue whose
 * consumer is that programme, not to every queue that takes them.
 */
export const ADDRESSED_MESSAGES: readonly MessageName[] = [...FINANCE_ANSWERS];

export type QueueName = keyof typeof QUEUES;
export type MessagesOf<Q extends QueueName> = (typeof QUEUES)[Q]['messages'][number];

/** The queues that take a message: where the outbox sends it (addressed ones to one queue only). */
export function queuesFor(name: MessageName, payload?: unknown): QueueName[] {
  const takers = (Object.keys(QUEUES) as QueueName[]).filter((queue) =>
    (QUEUES[queue].messages as readonly MessageName[]).includes(name),
  );
  if (!ADDRESSED_MESSAGES.includes(name)) return takers;
  const to = (payload as { programme?: unknown } | undefined)?.programme;
  return takers.filter((queue) => QUEUES[queue].consumer === to);
}

export function queueTakes(queue: QueueName, name: string): name is MessagesOf<typeof queue> {
  return (QUEUES[queue].messages as readonly string[]).includes(name);
}
