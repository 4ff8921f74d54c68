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

/** The fields of an entry fixed by its place in the chain, known only under the chain lock. */
export type AuditPlaceFields = Pick<AuditHashFields, 'seq' | 'occurredAt' | 'prevHash'>;

/** What an entry says, known before its place in the chain. */
export type AuditContentFields = Omit<AuditHashFields, keyof AuditPlaceFields>;

/** The hashed object's keys in canonical (sorted) order; three of them are the entry's place. */
const HASH_KEYS = [
  'seq',
  'occurred_at',
  'actor_id',
  'actor_roles',
  'action',
  'entity_type',
  'entity_id',
  'before',
  'after',
  'request_id',
  'prev_hash',
].sort();

/**
 * The hash of an audit entry (rule R31): SHA-256 of the canonical JSON of all its fields, keyed
 * by column name, with `seq` as a decimal string and `prev_hash` chaining it to the entry before.
 * Missing `before`, `after` and `request_id` hash as `null`, which is how they are stored.
 */
export function auditEntryHash(fields: AuditHashFields): string {
  return auditEntryHasher(fields)(fields);
}

/**
 * `auditEntryHash` in two steps, for a writer that knows an entry's content before its place: the
 * canonical JSON of the content (the costly part) is written first, outside the chain lock, and
 * the returned function completes it with seq, time and the previous hash. Same text, same hash.
 */
export function auditEntryHasher(content: AuditContentFields): (place: AuditPlaceFields) => string {
  const members: Record<string, string> = {
    actor_id: canonicalJson(content.actorId),
    actor_roles: canonicalJson(content.actorRoles),
    action: canonicalJson(content.action),
    entity_type: canonicalJson(content.entityType),
    entity_id: canonicalJson(content.entityId),
    before: canonicalJson(content.before ?? null),
    after: canonicalJson(content.after ?? null),
    request_id: canonicalJson(content.requestId ?? null),
  };
  // The text between the place's members, e.g. `{"action":…,"entity_type":…,"occurred_at":`.
  const pieces: string[] = [];
  const places: (keyof AuditPlaceFields)[] = [];
  let text = '{';
  HASH_KEYS.forEach((key, i) => {
    text += `${i === 0 ? '' : ','}${JSON.stringify(key)}:`;
    const place = PLACE_OF_KEY[key];
    if (place === undefined) {
      text += members[key];
    } else {
      pieces.push(text);
      places.push(place);
      text = '';
    }
  });
  pieces.push(`${text}}`);
  return (place) => {
    let json = pieces[0];
    for (let i = 0; i < places.length; i++) {
      json += canonicalJson(placeValue(place, places[i])) + pieces[i + 1];
    }
    return sha256Hex(json);
  };
}

const PLACE_OF_KEY: Record<string, keyof AuditPlaceFields | undefined> = {
  seq: 'seq',
  occurred_at: 'occurredAt',
  prev_hash: 'prevHash',
};

function placeValue(place: AuditPlaceFields, field: keyof AuditPlaceFields): unknown {
  return field === 'seq' ? String(place.seq) : place[field];
}
