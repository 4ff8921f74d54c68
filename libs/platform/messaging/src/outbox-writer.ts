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
    const [id] = await this.publishMany(manager, name, [payload]);
    return id;
  }

  /** Many messages of one kind in one statement (a chunk of settled payments, say). */
  async publishMany<N extends MessageName>(
    manager: EntityManager,
    name: N,
    payloads: PayloadOf<N>[],
  ): Promise<string[]> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`publish ${name} inside the transaction of the state change that causes it`);
    }
    if (payloads.length === 0) return [];
    payloads.forEach((payload) => validateMessage(name, JSON.parse(JSON.stringify(payload))));
    const rows = payloads.map((payload) => ({ id: randomUUID(), name, payload }));
    await manager.insert(OutboxMessage, rows);
    return rows.map((row) => row.id);
  }
}
