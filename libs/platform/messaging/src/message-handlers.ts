import type {
  MessageEnvelope,
  MessageName,
  MessagesOf,
  PayloadOf,
  QueueName,
} from '@civic/contracts';
import type { EntityManager } from 'typeorm';

export interface HandlerContext {
  /** The transaction that also records the message in the inbox: do every effect through it. */
  manager: EntityManager;
  envelope: MessageEnvelope;
}

export type MessageHandler<N extends MessageName> = (
  payload: PayloadOf<N>,
  context: HandlerContext,
) => Promise<void>;

/** One handler for each message the queue takes, no more and no less: checked by the compiler. */
export type MessageHandlers<Q extends QueueName> = { [N in MessagesOf<Q>]: MessageHandler<N> };

/** A message as a batch handler gets it: its payload, checked against the contract, and envelope. */
export interface Delivered<N extends MessageName> {
  payload: PayloadOf<N>;
  envelope: MessageEnvelope;
}

/**
 * Handles a run of messages of one kind, arrived together, in one call: one multi-row statement
 * instead of one per message. It must have the same effects as the kind's message handler applied
 * to each in order, because that handler is what runs when a batch fails and its messages are
 * handled one by one.
 */
export type BatchHandler<N extends MessageName> = (
  messages: Delivered<N>[],
  context: { manager: EntityManager },
) => Promise<void>;

/** Batch handlers for some of the messages a queue takes (the others are handled one by one). */
export type BatchHandlers<Q extends QueueName> = { [N in MessagesOf<Q>]?: BatchHandler<N> };
