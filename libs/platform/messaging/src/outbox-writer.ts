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
    // Validated as it will be stored: the JSON text, read back.
    const json = payloads.map((payload) => JSON.stringify(payload));
    json.forEach((text) => validateMessage(name, JSON.parse(text)));
    const ids = payloads.map(() => randomUUID());
    // One plain statement: the query builder's insert cost as much again as the round trip.
    const { schema, tableName } = manager.connection.getMetadata(OutboxMessage);
    const table = `"${schema}"."${tableName}"`;
    await (ids.length === 1
      ? manager.query(`INSERT INTO ${table} (id, name, payload) VALUES ($1, $2, $3)`, [
          ids[0],
          name,
          json[0],
        ])
      : manager.query(
          `INSERT INTO ${table} (id, name, payload)
           SELECT id, $2, payload FROM unnest($1::uuid[], $3::jsonb[]) AS m(id, payload)`,
          [ids, name, json],
        ));
    return ids;
  }
}
