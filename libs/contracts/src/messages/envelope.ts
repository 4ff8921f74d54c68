import type { TraceCarrier } from '../common/trace-carrier';
import type { MessageName, PayloadOf } from './registry';

/** What travels in a BullMQ job: the outbox row id is the message id and the job id. */
export interface MessageEnvelope<N extends MessageName = MessageName> {
  id: string;
  name: N;
  producer: string;
  occurredAt: string;
  payload: PayloadOf<N>;
  /** The trace of the transaction that wrote the message (its outbox row), when it was traced. */
  trace?: TraceCarrier;
}
