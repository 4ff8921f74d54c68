import type { QueryResult, QueryResultRow } from 'pg';
import type { AuditHashFields } from './audit-hash';
import { auditTablePath } from './audit-table';
import { jsonbNumbersAreExact } from './jsonb-numbers';

/** A `pg` Pool, Client or PoolClient: the verifier needs nothing but `query`. */
export interface PgQueryable {
  query<R extends QueryResultRow = QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<QueryResult<R>>;
}

/**
 * An entry as stored, every column as Postgres prints it: the check does not depend on how a
 * client parses dates, bigints, arrays or jsonb, and sees digits a parser would drop.
 */
export interface StoredAuditRow {
  seq: string;
  occurred_at: string | null;
  actor_id: string;
  actor_roles: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: string | null;
  after: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

// Columns are cast to text under their own names: ORDER BY must name `e.seq`, or it sorts the text.
const COLUMNS = `seq::text AS seq,
  to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS occurred_at,
  actor_id, to_json(actor_roles)::text AS actor_roles, action, entity_type, entity_id,
  "before"::text AS before, "after"::text AS after, request_id,
  prev_hash::text AS prev_hash, hash::text AS hash`;

/** The chain in seq order, a page at a time (keyset pagination): memory stays one page. */
export async function* readAuditChain(
  db: PgQueryable,
  schema: string,
  pageSize: number,
): AsyncGenerator<StoredAuditRow> {
  const table = auditTablePath(schema);
  let last: string | null = null;
  for (;;) {
    const rows = await readPage(db, table, last, pageSize);
    yield* rows;
    if (rows.length < pageSize) return;
    last = rows[rows.length - 1].seq;
  }
}

async function readPage(
  db: PgQueryable,
  table: string,
  afterSeq: string | null,
  pageSize: number,
): Promise<StoredAuditRow[]> {
  const { rows } =
    afterSeq === null
      ? await db.query<StoredAuditRow>(
          `SELECT ${COLUMNS} FROM ${table} e ORDER BY e.seq LIMIT $1`,
          [pageSize],
        )
      : await db.query<StoredAuditRow>(
          `SELECT ${COLUMNS} FROM ${table} e WHERE e.seq > $1::bigint ORDER BY e.seq LIMIT $2`,
          [afterSeq, pageSize],
        );
  return rows;
}

/** The stored entries matching a condition on `e` (for diagnosis: may scan the table). */
export async function findAuditRows(
  db: PgQueryable,
  schema: string,
  where: string,
  values: unknown[],
): Promise<StoredAuditRow[]> {
  const table = auditTablePath(schema);
  const { rows } = await db.query<StoredAuditRow>(
    `SELECT ${COLUMNS} FROM ${table} e WHERE ${where} ORDER BY e.seq`,
    values,
  );
  return rows;
}

/**
 * What in a stored row no `AuditTrail` can have written, though the hash would not show it:
 * sub-millisecond time (a Date drops it) or a jsonb number beyond double precision.
 */
export function unwritableField(row: StoredAuditRow): string | null {
  if (row.occurred_at === null) return 'occurred_at is empty';
  if (!row.occurred_at.endsWith('000')) return 'occurred_at has sub-millisecond digits';
  for (const column of ['before', 'after'] as const) {
    const text = row[column];
    if (text !== null && !jsonbNumbersAreExact(text)) {
      return `a number in ${column} is not one a JavaScript writer can store`;
    }
  }
  return null;
}

/** The fields the hash covers, parsed from the stored text (after `unwritableField` passed). */
export function hashFieldsOf(row: StoredAuditRow): AuditHashFields {
  return {
    seq: row.seq,
    occurredAt: new Date(`${row.occurred_at?.slice(0, 23)}Z`),
    actorId: row.actor_id,
    actorRoles: JSON.parse(row.actor_roles ?? 'null'),
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
    requestId: row.request_id,
    prevHash: row.prev_hash,
  };
}
