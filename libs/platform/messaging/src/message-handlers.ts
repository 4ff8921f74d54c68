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
