import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';
import { auditEntryHasher, GENESIS_HASH } from './audit-hash';
import { assertRecordable, type AuditRecordInput, toJsonText } from './audit-record';
import { auditLockName, auditTablePath, quoteIdent } from './audit-table';

/**
 * Appends decisions to the service's audit chain (rule R31), in the caller's transaction: the
 * entries commit or roll back with the decisions they record.
 *
 * Writers of one schema are serialised by a transaction-scoped advisory lock, held until the
 * caller commits, so seq is contiguous and each entry links to the one committed before it.
 * Record late in the transaction (just before commit): every other writer of the chain waits.
 * Needs READ COMMITTED (the default), which reads the newest committed entry after the lock;
 * under REPEATABLE READ a stale read fails on the primary key instead of forking the chain.
 */
@Injectable()
export class AuditTrail {
  /** Appends one entry: `recordMany` with one. */
  async record(manager: EntityManager, input: AuditRecordInput): Promise<AuditEntry> {
    const [entry] = await this.append(manager, [input], input.action);
    return entry;
  }

  /**
   * Appends entries in the order given, taking the chain's lock once: one head read, one
   * multi-row INSERT. Each entry links to the one before it exactly as if each had been recorded
   * alone; they share the time read under the lock. Everything that does not depend on the
   * entries' place in the chain (checks, JSON, most of the hashing) is done before the lock.
   */
  recordMany(manager: EntityManager, inputs: readonly AuditRecordInput[]): Promise<AuditEntry[]> {
    return this.append(manager, inputs, `${inputs.length} entries`);
  }

  private async append(
    manager: EntityManager,
    inputs: readonly AuditRecordInput[],
    what: string,
  ): Promise<AuditEntry[]> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`record ${what} inside the transaction of the decision (rule R31)`);
    }
    const schema = auditSchemaOf(manager);
    if (inputs.length === 0) return [];
    const prepared = inputs.map(prepareEntry);
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [auditLockName(schema)]);
    const head = await readHead(manager, schema, inputs.length);
    let prevHash = head.hash;
    const entries = prepared.map(({ entry, hash }, i) => {
      entry.seq = head.seq + 1 + i;
      entry.occurredAt = head.now;
      entry.prevHash = prevHash;
      entry.hash = prevHash = hash(entry);
      return entry;
    });
    await insertEntries(manager, schema, prepared);
    return entries;
  }
}

interface PreparedEntry {
  entry: AuditEntry;
  hash: ReturnType<typeof auditEntryHasher>;
  /** `before` and `after` as they are stored: the JSON the hash covers (null for SQL NULL). */
  beforeJson: string | null;
  afterJson: string | null;
}

/**
 * An entry's content as it will read back from jsonb (through JSON once: Dates become ISO
 * strings, `undefined` properties disappear), so the hash covers exactly what is stored.
 */
function prepareEntry(input: AuditRecordInput): PreparedEntry {
  assertRecordable(input);
  const beforeJson = toJsonText(input.before);
  const afterJson = toJsonText(input.after);
  const entry = Object.assign(new AuditEntry(), {
    actorId: input.actor.userId,
    actorRoles: [...input.actor.roles],
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    before: beforeJson === null ? null : JSON.parse(beforeJson),
    after: afterJson === null ? null : JSON.parse(afterJson),
    requestId: input.requestId ?? null,
  });
  return { entry, hash: auditEntryHasher(entry), beforeJson, afterJson };
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
async function readHead(manager: EntityManager, schema: string, adding: number) {
  const [row] = (await manager.query(
    `SELECT clock.now_ms, last.seq, last.hash
       FROM (SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint::text AS now_ms) clock
       LEFT JOIN LATERAL (
         SELECT e.seq::text AS seq, e.hash::text AS hash FROM ${auditTablePath(schema)} e
          ORDER BY e.seq DESC LIMIT 1
       ) last ON true`,
  )) as { now_ms: string; seq: string | null; hash: string | null }[];
  const seq = row.seq === null ? 0 : Number(row.seq);
  if (!Number.isSafeInteger(seq + adding)) {
    throw new RangeError(`audit seq ${row.seq} is out of range`);
  }
  return { seq, hash: row.hash ?? GENESIS_HASH, now: new Date(Number(row.now_ms)) };
}

/** AuditEntry's properties in the order of the INSERT's columns, each with its SQL type. */
const INSERT_COLUMNS = [
  ['seq', 'bigint'],
  ['occurredAt', 'timestamptz'],
  ['actorId', 'text'],
  ['actorRoles', 'text[]'],
  ['action', 'text'],
  ['entityType', 'text'],
  ['entityId', 'text'],
  ['before', 'jsonb'],
  ['after', 'jsonb'],
  ['requestId', 'text'],
  ['prevHash', 'text'],
  ['hash', 'text'],
] as const;

/** The entries in one INSERT, `before` and `after` as the JSON text that was hashed. */
async function insertEntries(
  manager: EntityManager,
  schema: string,
  prepared: PreparedEntry[],
): Promise<void> {
  const metadata = manager.connection.getMetadata(AuditEntry);
  const columns = INSERT_COLUMNS.map(([property]) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`AuditEntry has no column for ${property}`);
    return quoteIdent(column.databaseName);
  });
  const values: unknown[] = [];
  const rows = prepared.map(({ entry, beforeJson, afterJson }) => {
    const row = [
      entry.seq,
      entry.occurredAt,
      entry.actorId,
      entry.actorRoles,
      entry.action,
      entry.entityType,
      entry.entityId,
      beforeJson,
      afterJson,
      entry.requestId,
      entry.prevHash,
      entry.hash,
    ];
    const first = values.length + 1;
    values.push(...row);
    return `(${INSERT_COLUMNS.map(([, type], i) => `$${first + i}::${type}`).join(', ')})`;
  });
  await manager.query(
    `INSERT INTO ${auditTablePath(schema)} (${columns.join(', ')}) VALUES ${rows.join(', ')}`,
    values,
  );
}
