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

/** What a programme does with finance's answers about its commitments and payments. */
export interface FinanceAnswerHandler {
  commitmentDecided: MessageHandler<'finance.commitment-decided.v1'>;
  settled: MessageHandler<'finance.disbursement-settled.v1'>;
  failed: MessageHandler<'finance.disbursement-failed.v1'>;
}

/** The inbox handlers for finance's three answers, for a programme's inbox binding. */
export function financeAnswerHandlers(answers: FinanceAnswerHandler) {
  return {
    'finance.commitment-decided.v1': (
      payload: PayloadOf<'finance.commitment-decided.v1'>,
      context: HandlerContext,
    ) => answers.commitmentDecided(payload, context),
    'finance.disbursement-settled.v1': (
      payload: PayloadOf<'finance.disbursement-settled.v1'>,
      context: HandlerContext,
    ) => answers.settled(payload, context),
    'finance.disbursement-failed.v1': (
      payload: PayloadOf<'finance.disbursement-failed.v1'>,
      context: HandlerContext,
    ) => answers.failed(payload, context),
  } as const;
}
