import { randomUUID } from 'node:crypto';
import { type MessageName, type PayloadOf, validateMessage } from '@civic/contracts';
import type { EntityManager } from 'typeorm';
import { OutboxMessage } from './entities/outbox-message.entity';

/**
 * Writes outgoing messages in the caller's transaction, so a state change and the messages it
 * causes commit together or not at all. Payloads are validated here, before they are stored.
 */
export class OutboxWriter {
  async publish<N extends MessageName>(
    manager: EntityManager,
    name: N,
    payload: PayloadOf<N>,
  ): Promise<string> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`publish ${name} inside the transaction of the state change that causes it`);
    }
    validateMessage(name, JSON.parse(JSON.stringify(payload)));
    const id = randomUUID();
    await manager.insert(OutboxMessage, { id, name, payload });
    return id;
  }
}
