import { type PgQueryable, readAuditChain } from './audit-rows';
import { AUDIT_TABLE } from './audit-table';
import { type AuditChainFault, type ChainPosition, checkEntry } from './chain-checks';

/** The outcome of verifying one schema's chain. */
export interface AuditChainReport {
  schema: string;
  /** Entries examined: all of them when ok, up to and including the first bad one otherwise. */
  checked: number;
  ok: boolean;
  firstBad?: AuditChainFault;
}

/**
 * Verifies a schema's audit chain (rule R31) with a `pg` Pool or Client, reading it in seq order
 * a page at a time, and reports the first entry that fails (see `checkEntry` for how each kind
 * of tampering shows). Entries appended while it runs are checked too: writers commit in seq
 * order, so a page never skips one.
 *
 * What no chain can catch on its own: deleting the newest entries (the shortened chain is still
 * a valid chain), or rewriting an entry and re-hashing every entry after it. An anchor catches
 * both: periodically copy the head (seq, hash) somewhere the database's writers cannot change
 * (another system, a signed or write-once store, a printed report); the verifier then checks
 * that each anchored seq still exists with the anchored hash.
 */
export async function verifyAuditChain(
  db: PgQueryable,
  schema: string,
  options: { pageSize?: number } = {},
): Promise<AuditChainReport> {
  let prev: ChainPosition | null = null;
  let checked = 0;
  for await (const row of readAuditChain(db, schema, options.pageSize ?? 2000)) {
    checked++;
    const fault = await checkEntry(db, schema, row, prev);
    if (fault) return { schema, checked, ok: false, firstBad: fault };
    prev = { seq: Number(row.seq), hash: row.hash };
  }
  return { schema, checked, ok: true };
}

/** Schemas that hold an audit chain (an `audit_entry` table), by name. rule R31 */
export async function findAuditSchemas(db: PgQueryable): Promise<string[]> {
  const { rows } = await db.query<{ schema: string }>(
    `SELECT n.nspname AS schema FROM pg_catalog.pg_class c
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relname = $1 AND c.relkind IN ('r', 'p') ORDER BY 1`,
    [AUDIT_TABLE],
  );
  return rows.map((r) => r.schema);
}
