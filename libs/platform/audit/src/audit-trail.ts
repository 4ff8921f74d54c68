import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEntry } from './audit-entry.entity';
import { auditEntryHash, GENESIS_HASH } from './audit-hash';
import { assertRecordable, type AuditRecordInput, toJsonValue } from './audit-record';
import { auditLockName, auditTablePath } from './audit-table';

/**
 * Appends decisions to the service's audit chain (rule R31), in the caller's transaction: the
 * entry commits or rolls back with the decision it records.
 *
 * Writers of one schema are serialised by a transaction-scoped advisory lock, held until the
 * caller commits, so seq is contiguous and each entry links to the one committed before it.
 * Record late in the transaction (just before commit): every other writer of the chain waits.
 * Needs READ COMMITTED (the default), which reads the newest committed entry after the lock;
 * under REPEATABLE READ a stale read fails on the primary key instead of forking the chain.
 */
@Injectable()
export class AuditTrail {
  async record(manager: EntityManager, input: AuditRecordInput): Promise<AuditEntry> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`record ${input.action} inside the transaction of the decision (rule R31)`);
    }
    assertRecordable(input);
    const schema = auditSchemaOf(manager);
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [auditLockName(schema)]);
    const head = await readHead(manager, schema);
    const entry = Object.assign(new AuditEntry(), {
      seq: head.seq + 1,
      occurredAt: head.now,
      actorId: input.actor.userId,
      actorRoles: [...input.actor.roles],
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: toJsonValue(input.before),
      after: toJsonValue(input.after),
      requestId: input.requestId ?? null,
      prevHash: head.hash,
    });
    entry.hash = auditEntryHash(entry);
    await manager.insert(AuditEntry, entry as QueryDeepPartialEntity<AuditEntry>);
    return entry;
  }
}

/** The schema of the chain: where this data source maps AuditEntry (the service's own schema). */
export function auditSchemaOf(manager: EntityManager): string {
  if (!manager.connection.hasMetadata(AuditEntry)) {
    throw new Error('AuditEntry is not an entity of this data source: add AUDIT_ENTITIES to it');
  }
  return manager.connection.getMetadata(AuditEntry).schema ?? 'public';
}

/**
 * The last entry (genesis when there is none) and the database clock at millisecond precision,
 * read after taking the lock: times then rise with seq, and round-trip exactly through a Date.
 */
async function readHead(manager: EntityManager, schema: string) {
  const [row] = (await manager.query(
    `SELECT clock.now_ms, last.seq, last.hash
       FROM (SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint::text AS now_ms) clock
       LEFT JOIN LATERAL (
         SELECT e.seq::text AS seq, e.hash::text AS hash FROM ${auditTablePath(schema)} e
          ORDER BY e.seq DESC LIMIT 1
       ) last ON true`,
  )) as { now_ms: string; seq: string | null; hash: string | null }[];
  const seq = row.seq === null ? 0 : Number(row.seq);
  if (!Number.isSafeInteger(seq + 1)) throw new RangeError(`audit seq ${row.seq} is out of range`);
  return { seq, hash: row.hash ?? GENESIS_HASH, now: new Date(Number(row.now_ms)) };
}
