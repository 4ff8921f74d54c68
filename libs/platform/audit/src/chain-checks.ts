import { auditEntryHash, GENESIS_HASH } from './audit-hash';
import {
  findAuditRows,
  hashFieldsOf,
  type PgQueryable,
  type StoredAuditRow,
  unwritableField,
} from './audit-rows';

/** How an entry fails the chain. rule R31 */
export type AuditChainProblem = 'edited' | 'missing-before' | 'out-of-order' | 'broken-link';

export interface AuditChainFault {
  seq: number;
  problem: AuditChainProblem;
  /** One line for a person, starting with the entry: "entry 57 was edited: …". */
  detail: string;
}

/** The last entry that passed: the next one must be its seq + 1 and link to its hash. */
export interface ChainPosition {
  seq: number;
  hash: string;
}

/**
 * Checks one entry against the one before it (rule R31), in the order that names the cause:
 *  1. its content against its own hash — a failure is an edit, unless the content is intact at
 *     another seq (its hash matches there): then the entry was moved, `out-of-order`;
 *  2. its seq against the previous seq + 1 — a gap means deleted entries, `missing-before`;
 *  3. its `prev_hash` against the previous hash — pointing at another entry is `out-of-order`;
 *     pointing at nothing means the previous entry was rewritten and re-hashed (or this link
 *     was), `broken-link`: its own hash cannot show that, only the next entry's link can.
 */
export async function checkEntry(
  db: PgQueryable,
  schema: string,
  row: StoredAuditRow,
  prev: ChainPosition | null,
): Promise<AuditChainFault | null> {
  const seq = Number(row.seq);
  const unwritable = unwritableField(row);
  if (unwritable) {
    return { seq, problem: 'edited', detail: `entry ${seq} was edited: ${unwritable}` };
  }
  const fields = hashFieldsOf(row);
  if (auditEntryHash(fields) !== row.hash) {
    const writtenAs = await writtenPosition(db, schema, row);
    return writtenAs === null
      ? {
          seq,
          problem: 'edited',
          detail: `entry ${seq} was edited: its content no longer matches its hash`,
        }
      : {
          seq,
          problem: 'out-of-order',
          detail: `entry ${seq} is out of order: it holds the entry written as entry ${writtenAs}`,
        };
  }
  const expected = prev ? prev.seq + 1 : 1;
  if (seq > expected) return { seq, problem: 'missing-before', detail: missingDetail(seq, prev) };
  if (seq < expected) {
    const detail = `entry ${seq} is out of order: expected entry ${expected} here`;
    return { seq, problem: 'out-of-order', detail };
  }
  if (row.prev_hash === (prev?.hash ?? GENESIS_HASH)) return null;
  const linkedTo = await seqsWithHash(db, schema, row.prev_hash);
  if (linkedTo.length > 0 || row.prev_hash === GENESIS_HASH) {
    const target = linkedTo.length > 0 ? `entry ${linkedTo[0]}` : 'the start of the chain';
    const detail = `entry ${seq} is out of order: it links to ${target}, not entry ${seq - 1}`;
    return { seq, problem: 'out-of-order', detail };
  }
  const detail = prev
    ? `entry ${seq} does not link to entry ${prev.seq}: entry ${prev.seq} was rewritten with a recomputed hash, or this entry's prev_hash was changed`
    : `entry ${seq} does not link to the start of the chain: its prev_hash was changed`;
  return { seq, problem: 'broken-link', detail };
}

function missingDetail(seq: number, prev: ChainPosition | null): string {
  const from = prev ? prev.seq + 1 : 1;
  const missing = from === seq - 1 ? `entry ${from} is` : `entries ${from}–${seq - 1} are`;
  return prev
    ? `entry ${seq} follows entry ${prev.seq}: ${missing} missing`
    : `the chain starts at entry ${seq}: ${missing} missing`;
}

/**
 * The seq an entry was written at, if its content is intact there. The entries it links to and
 * from place it: the one whose hash is its `prev_hash`, plus one (where that one was written, if
 * it was moved too), and the one whose `prev_hash` is its hash, minus one. Runs only on a
 * failure, so the lookups may scan.
 */
async function writtenPosition(
  db: PgQueryable,
  schema: string,
  row: StoredAuditRow,
  hops = 2,
): Promise<number | null> {
  const fields = hashFieldsOf(row);
  const candidates = fields.prevHash === GENESIS_HASH ? [1] : [];
  for (const before of await findAuditRows(db, schema, 'e.hash = $1', [row.prev_hash])) {
    candidates.push(Number(before.seq) + 1);
    const moved =
      hops > 0 &&
      unwritableField(before) === null &&
      auditEntryHash(hashFieldsOf(before)) !== before.hash;
    const at = moved ? await writtenPosition(db, schema, before, hops - 1) : null;
    if (at !== null) candidates.push(at + 1);
  }
  for (const next of await findAuditRows(db, schema, 'e.prev_hash = $1', [row.hash])) {
    candidates.push(Number(next.seq) - 1);
  }
  const found = candidates.find(
    (seq) => seq !== Number(row.seq) && auditEntryHash({ ...fields, seq }) === row.hash,
  );
  return found ?? null;
}

async function seqsWithHash(db: PgQueryable, schema: string, hash: string): Promise<number[]> {
  return (await findAuditRows(db, schema, 'e.hash = $1', [hash])).map((r) => Number(r.seq));
}
