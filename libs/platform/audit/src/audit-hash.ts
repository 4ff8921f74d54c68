import { createHash } from 'node:crypto';

/** The `prev_hash` of entry 1: there is nothing before it. rule R31 */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Canonical JSON (rule R31): object keys sorted recursively, Dates as ISO strings, `undefined`
 * properties dropped (in arrays they become `null`, as `JSON.stringify` does). The same value
 * gives the same string whatever order its keys were written or read back in, so an entry hashes
 * the same before it is stored and after Postgres (jsonb reorders keys) gives it back.
 * Non-finite numbers, bigints and functions have no JSON form and are refused.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonical JSON has no form for ${value}`);
      return JSON.stringify(value);
    case 'object': {
      const record = value as Record<string, unknown>;
      const members = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
      return `{${members.join(',')}}`;
    }
    default:
      throw new TypeError(`canonical JSON has no form for a ${typeof value}`);
  }
}

/** Lower-case hex SHA-256 of the UTF-8 text. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Every stored field of an audit entry except its own hash. */
export interface AuditHashFields {
  seq: number | string;
  occurredAt: Date;
  actorId: string;
  actorRoles: readonly string[];
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  prevHash: string;
}

/**
 * The hash of an audit entry (rule R31): SHA-256 of the canonical JSON of all its fields, keyed
 * by column name, with `seq` as a decimal string and `prev_hash` chaining it to the entry before.
 * Missing `before`, `after` and `request_id` hash as `null`, which is how they are stored.
 */
export function auditEntryHash(fields: AuditHashFields): string {
  return sha256Hex(
    canonicalJson({
      seq: String(fields.seq),
      occurred_at: fields.occurredAt,
      actor_id: fields.actorId,
      actor_roles: fields.actorRoles,
      action: fields.action,
      entity_type: fields.entityType,
      entity_id: fields.entityId,
      before: fields.before ?? null,
      after: fields.after ?? null,
      request_id: fields.requestId ?? null,
      prev_hash: fields.prevHash,
    }),
  );
}
