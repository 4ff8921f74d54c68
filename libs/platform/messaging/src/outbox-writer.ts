import { randomUUID } from 'node:crypto';
import {
  type MessageName,
  type PayloadOf,
  type TraceCarrier,
  validateMessage,
} from '@civic/contracts';
import { activeTracer, carrierOf, inSpan } from '@civic/platform/tracing';
import { SpanKind } from '@opentelemetry/api';
import type { EntityManager } from 'typeorm';
import { OutboxMessage } from './entities/outbox-message.entity';

/**
 * Writes outgoing messages in the caller's transaction, so a state change and the messages it
 * causes commit together or not at all. Payloads are validated here, before they are stored.
 * When the process traces (issue #20), the write is a span of the caller's trace and the rows
 * keep its context (`trace_context`), for the relay to hand on with the messages.
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
    const tracer = activeTracer();
    if (!tracer) return this.insert(manager, name, ids, json, null);
    return inSpan(
      tracer,
      `outbox ${name}`,
      {
        kind: SpanKind.PRODUCER,
        attributes: {
          'messaging.system': 'civic-outbox',
          'messaging.operation.type': 'create',
          'messaging.destination.name': name,
          'messaging.batch.message_count': ids.length,
          ...(ids.length === 1 ? { 'messaging.message.id': ids[0] } : {}),
        },
      },
      () => this.insert(manager, name, ids, json, carrierOf() ?? null),
    );
  }

  private async insert(
    manager: EntityManager,
    name: MessageName,
    ids: string[],
    json: string[],
    trace: TraceCarrier | null,
  ): Promise<string[]> {
    // One plain statement: the query builder's insert cost as much again as the round trip.
    const { schema, tableName } = manager.connection.getMetadata(OutboxMessage);
    const table = `"${schema}"."${tableName}"`;
    const traceContext = trace && JSON.stringify(trace);
    await (ids.length === 1
      ? manager.query(
          `INSERT INTO ${table} (id, name, payload, trace_context) VALUES ($1, $2, $3, $4)`,
          [ids[0], name, json[0], traceContext],
        )
      : manager.query(
          `INSERT INTO ${table} (id, name, payload, trace_context)
           SELECT id, $2, payload, $4::jsonb FROM unnest($1::uuid[], $3::jsonb[]) AS m(id, payload)`,
          [ids, name, json, traceContext],
        ));
    return ids;
  }
}
