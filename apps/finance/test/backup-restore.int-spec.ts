import { AUDIT_ENTITIES, type AuditRecordInput, AuditTrail } from '@civic/platform/audit';
import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import { FINANCE_MAKER, loadPlaces, testServerUrl } from '@civic/testing';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildBooks, finishBooks, prepareBooks } from '../bench/province-books';
import { FINANCE_DATABASE } from '../src/database';

jest.setTimeout(120_000);

/**
 * Backups and restores of the platform database (issue #20 item 7), as an operator makes them:
 * through the command tools/ops/backup.mjs and restore.mjs run once they have found the database
 * (tools/ops/backup-restore.cli.ts, spawned here: apps never import tools), on a scratch platform
 * database holding finance's books (3,000 commitments built in bulk, as the province bench builds
 * them) and two audit chains written by the real AuditTrail (R31): finance's and a second schema's.
 * What the command did is read from its exit code, what it printed, and the databases themselves.
 * - The dump restores into a new database whole: every table's rows equal, each chain's last
 *   hash equal; the restore check verifies both chains and finds no reconciliation difference.
 * - The check is not blind: a backup of a copy with one ledger line, then one audit entry, changed
 *   restores with exit 1, the check naming what changed (R28, R31).
 * - A restore into a database holding the platform's schemas, or into a server database or a bad
 *   name, is refused with exit 2 and changes nothing.
 */
const COMMITMENTS = 3_000;
const ROOT = join(__dirname, '../../..');
const CLI = 'tools/ops/backup-restore.cli.ts';
/** A second service's chain: a schema of its own holding only an audit table. */
const SECOND = 'registry_probe';
/** Entries written to finance's chain (in several transactions) and to the second one. */
const FINANCE_ENTRIES = 120;
const SECOND_ENTRIES = 25;
const ALL_ENTRIES = FINANCE_ENTRIES + 1 + SECOND_ENTRIES;
const REFUSED_EXISTING = 'restore only into a new database (nothing was changed)';

const server = testServerUrl();
let source: Awaited<ReturnType<typeof createScratchDatabase>>;
const copies: Awaited<ReturnType<typeof createScratchDatabase>>[] = [];
let dir: string;
let backupFile: string;
let backupRun: Run;
let original: Contents;

/** A decision as finance records it: a payment settled, with the amounts before and after. */
function settled(i: number): AuditRecordInput {
  return {
    actor: FINANCE_MAKER,
    action: i % 3 ? 'payment.settled' : 'batch.approved',
    entityType: i % 3 ? 'payment' : 'disbursement-batch',
    entityId: `payment-${i}`,
    before: { status: 'IN_BATCH', amountFen: 100_000 + i },
    after: { status: 'SETTLED', amountFen: 100_000 + i, note: `第${i}笔 "拨付"` },
    requestId: `req-${i}`,
  };
}

/** Appends `count` entries to the chain the data source maps, `per` entries a transaction. */
async function writeChain(dataSource: DataSource, count: number, per: number) {
  const trail = new AuditTrail();
  for (let from = 0; from < count; from += per) {
    await dataSource.transaction(async (manager) => {
      const inputs = Array.from({ length: Math.min(per, count - from) }, (_, k) =>
        settled(from + k),
      );
      if (inputs.length === 1) await trail.record(manager, inputs[0]);
      else await trail.recordMany(manager, inputs);
    });
  }
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the command as tools/ops/backup.mjs and restore.mjs run it: from the repository's root,
 * DATABASE_URL the database to back up (backup) or the platform database's server (restore).
 */
function cli(args: string[], databaseUrl: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', './tools/dev/register.cjs', CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const backup = (url: string, file: string) => cli(['backup', file], url);
const restore = (file: string, into: string) => cli(['restore', file, into], server);
const lines = (text: string) => text.trimEnd().split('\n');

interface Contents {
  /** Per table (schema.table): its row count and an md5 of its rows in text order. */
  tables: Record<string, { rows: number; md5: string | null }>;
  /** Per audit chain: its last entry. */
  heads: Record<string, { seq: string; hash: string }>;
}

async function withClient<T>(url: string, work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

/** What a database holds, table by table, to compare a copy with its original. */
function contents(url: string): Promise<Contents> {
  return withClient(url, async (db) => {
    const { rows: tables } = await db.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
        ORDER BY 1, 2`,
    );
    const result: Contents = { tables: {}, heads: {} };
    for (const { schema, name } of tables) {
      const table = `${db.escapeIdentifier(schema)}.${db.escapeIdentifier(name)}`;
      const { rows } = await db.query(
        `SELECT count(*)::int AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS md5
           FROM ${table} t`,
      );
      result.tables[`${schema}.${name}`] = rows[0];
      if (name === 'audit_entry') {
        const head = await db.query(
          `SELECT e.seq::text AS seq, e.hash::text AS hash FROM ${table} e ORDER BY e.seq DESC LIMIT 1`,
        );
        result.heads[schema] = head.rows[0];
      }
    }
    return result;
  });
}

/** The database's oid on the server, or null when there is no such database. */
async function databaseOid(name: string): Promise<string | null> {
  return withClient(server, async (db) => {
    const { rows } = await db.query<{ oid: string }>(
      'SELECT oid::text AS oid FROM pg_catalog.pg_database WHERE datname = $1',
      [name],
    );
    return rows[0]?.oid ?? null;
  });
}

/** A scratch database's name and URL, the database itself not there: the restore creates it. */
async function newDatabase(label: string) {
  const scratch = await createScratchDatabase(server, label);
  await scratch.drop();
  copies.push(scratch); // its drop() is DROP DATABASE IF EXISTS
  return scratch;
}

/** The password hidden, as the command shows a URL. */
function masked(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

beforeAll(async () => {
  source = await createScratchDatabase(server, 'backup_source');
  dir = mkdtempSync(join(tmpdir(), 'civic-backup-'));
  const finance = await new DataSource(
    dataSourceOptions(FINANCE_DATABASE, source.url, { poolSize: 2 }),
  ).initialize();
  const db = new Client({ connectionString: source.url });
  await db.connect();
  let second: DataSource | undefined;
  try {
    await migrateSchema(finance);
    const places = loadPlaces(ROOT);
    await prepareBooks(db, places);
    for (let from = 0; from < COMMITMENTS; from += 1000) {
      await buildBooks(db, { from, to: from + 1000, organizations: 700, places: places.length });
    }
    await finishBooks(db);
    await db.query(`CREATE SCHEMA ${SECOND}`);
    await db.query(`CREATE TABLE ${SECOND}.audit_entry (LIKE finance.audit_entry INCLUDING ALL)`);
    second = await new DataSource(
      dataSourceOptions({ schema: SECOND, entities: AUDIT_ENTITIES, migrations: [] }, source.url, {
        poolSize: 1,
      }),
    ).initialize();
    await writeChain(finance, FINANCE_ENTRIES, 40);
    await writeChain(finance, 1, 1); // one more, alone (AuditTrail.record)
    await writeChain(second, SECOND_ENTRIES, 10);
  } finally {
    await db.end();
    await second?.destroy();
    await finance.destroy();
  }
  original = await contents(source.url);
  backupFile = join(dir, 'civic.dump');
  backupRun = await backup(source.url, backupFile);
});

afterAll(async () => {
  for (const copy of copies) await copy.drop();
  await source?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore of the platform database (issue #20)', () => {
  it('restores the dump into a new database whole, and the restore check passes (R28, R31)', async () => {
    // The backup: exit 0, the file's path on stdout, the schemas it holds on stderr.
    expect(backupRun).toMatchObject({ code: 0, stdout: `${backupFile}\n` });
    expect(backupRun.stderr).toMatch(
      /^\[backup\] \d+\.\d MB, 2 schemas: finance, registry_probe$/m,
    );
    expect(statSync(backupFile).size).toBeGreaterThan(0);
    expect(original.tables['finance.commitment'].rows).toBe(COMMITMENTS);
    expect(original.heads).toEqual({
      finance: expect.objectContaining({ seq: String(FINANCE_ENTRIES + 1) }),
      [SECOND]: expect.objectContaining({ seq: String(SECOND_ENTRIES) }),
    });

    // Restored by name, on the platform's server: the restore creates the database.
    const copy = await newDatabase('backup_copy');
    expect(await databaseOid(copy.name)).toBeNull();
    const run = await restore(backupFile, copy.name);
    expect(run.stderr).toContain(`[restore] restoring ${backupFile} into ${masked(copy.url)}\n`);
    expect(run.code).toBe(0);
    expect(await databaseOid(copy.name)).not.toBeNull();

    expect(await contents(copy.url)).toEqual(original);
    expect(lines(run.stdout)).toEqual([
      `restored into ${copy.name}: 2 schemas (finance, ${SECOND})`,
      `  ✓ finance: ${FINANCE_ENTRIES + 1} entries, chain intact`,
      `  ✓ ${SECOND}: ${SECOND_ENTRIES} entries, chain intact`,
      `✓ audit chains (R31): ${ALL_ENTRIES} entries verified in 2 schemas`,
      expect.stringMatching(
        /^✓ finance reconciliation \(R28\): [\d,]+ postings, 3,000 commitments, [\d,]+ payments, [\d,]+ bank transfers; reconciliation differences = 0$/,
      ),
      `restore checked: ${copy.name} is whole`,
    ]);
  });

  it('fails the check of a copy whose ledger or audit chain was changed, naming each change', async () => {
    // An existing, empty database is a new one too: restored into (by URL), not created anew.
    const copy = await createScratchDatabase(server, 'backup_tampered');
    copies.push(copy);
    const oid = await databaseOid(copy.name);
    const restored = await restore(backupFile, copy.url);
    expect(restored.code).toBe(0);
    expect(lines(restored.stdout).pop()).toBe(`restore checked: ${copy.name} is whole`);
    expect(await databaseOid(copy.name)).toBe(oid);
    expect(await contents(copy.url)).toEqual(original);

    /** Backs the changed copy up and restores that backup: the restore's check must catch it. */
    async function backupAndRestore(label: string) {
      const file = join(dir, `${label}.dump`);
      expect(await backup(copy.url, file)).toMatchObject({ code: 0, stdout: `${file}\n` });
      const target = await newDatabase(`backup_${label}`);
      const run = await restore(file, target.name);
      // Exit 1: restored, a check failed; the copy left as restored, for inspection.
      expect(run.code).toBe(1);
      expect(await contents(target.url)).toEqual(await contents(copy.url));
      const summary = run.stdout;
      expect(summary).toContain(`restored into ${target.name}: 2 schemas (finance, ${SECOND})\n`);
      expect(lines(summary).pop()).toBe(
        `restore check FAILED: ${target.name} is left as restored, for inspection`,
      );
      return summary;
    }

    await withClient(copy.url, async (db) => {
      // One ledger line's amount changed: finance's books no longer reconcile (R28).
      const {
        rows: [{ id, posting }],
      } = await db.query(
        `UPDATE finance.ledger_line SET amount_fen = amount_fen + 1
          WHERE id = (SELECT min(id) FROM finance.ledger_line WHERE amount_fen > 0)
          RETURNING id, posting_id::text AS posting`,
      );
      const ledger = await backupAndRestore('ledger');
      // Both chains intact (R31): only the books are wrong.
      expect(ledger).toContain(`  ✓ finance: ${FINANCE_ENTRIES + 1} entries, chain intact\n`);
      expect(ledger).toContain(`  ✓ ${SECOND}: ${SECOND_ENTRIES} entries, chain intact\n`);
      expect(ledger).toContain(
        `✓ audit chains (R31): ${ALL_ENTRIES} entries verified in 2 schemas`,
      );
      expect(ledger).not.toContain('could not run');
      expect(ledger).toMatch(/^✗ finance reconciliation \(R28\): .*differences = [1-9]/m);
      expect(ledger).toMatch(new RegExp(`^  UNBALANCED_POSTING ${posting}: expected`, 'm'));
      expect(ledger).toMatch(/^ {2}BALANCE_DIFFERS_FROM_LINES /m);

      // The line put back and one audit entry's payload changed instead: the chain breaks (R31).
      await db.query(`UPDATE finance.ledger_line SET amount_fen = amount_fen - 1 WHERE id = $1`, [
        id,
      ]);
      await db.query(
        `UPDATE finance.audit_entry SET after = jsonb_set(after, '{amountFen}', '1') WHERE seq = 7`,
      );
      const audit = await backupAndRestore('audit');
      expect(audit).toMatch(
        /^✓ finance reconciliation \(R28\): .*3,000 commitments, .*reconciliation differences = 0$/m,
      );
      expect(audit).not.toMatch(/^ {2}[A-Z_]+ .*: expected /m); // no difference listed
      expect(audit).toContain('  ✗ finance: entry 7 was edited');
      expect(audit).toContain(`  ✓ ${SECOND}: ${SECOND_ENTRIES} entries, chain intact\n`);
      // The broken chain checked up to its first bad entry, 7; the other one whole.
      expect(audit).toContain(
        `✗ audit chains (R31): 1 of 2 schemas broken (${7 + SECOND_ENTRIES} entries checked)`,
      );
      expect(audit).toContain('restore check FAILED');
    });
  });

  it('refuses to restore into a database holding the platform schemas, changing nothing', async () => {
    const refused = (run: Run, message: string) =>
      expect(run).toEqual({ code: 2, stdout: '', stderr: expect.stringContaining(message) });
    const platform = `finance, ${SECOND}`;
    const sourceOid = await databaseOid(source.name);

    // By URL and by name (tools/ops/restore.mjs runs the command once it has found the server).
    refused(
      await restore(backupFile, source.url),
      `refused: database ${source.name} exists and holds the platform's schemas ${platform}: ` +
        `${REFUSED_EXISTING}\n`,
    );
    refused(
      await restore(backupFile, source.name),
      `refused: database ${source.name} exists and holds the platform's schemas ${platform}: `,
    );
    // One schema of the platform is enough to refuse.
    const partial = await createScratchDatabase(server, 'backup_partial');
    copies.push(partial);
    await withClient(partial.url, (db) => db.query(`CREATE SCHEMA ${SECOND}`));
    refused(
      await restore(backupFile, partial.name),
      `refused: database ${partial.name} exists and holds the platform's schemas ${SECOND}: ` +
        `${REFUSED_EXISTING}\n`,
    );
    // The server's own databases never qualify, nor a name that is no name.
    const serverSchemas = () =>
      withClient(server, (db) =>
        db
          .query('SELECT nspname FROM pg_catalog.pg_namespace ORDER BY 1')
          .then(({ rows }) => rows.map((r) => r.nspname as string)),
      );
    const before = await serverSchemas();
    refused(
      await restore(backupFile, 'postgres'),
      'refused: postgres is a server database: restore into a new database\n',
    );
    refused(
      await restore(backupFile, 'civic; DROP'),
      'refused: "civic; DROP" is neither a postgres:// URL nor a database name\n',
    );
    expect(await serverSchemas()).toEqual(before);

    expect(await databaseOid(source.name)).toBe(sourceOid);
    expect(await contents(source.url)).toEqual(original);
    expect(await contents(partial.url)).toEqual({ tables: {}, heads: {} });
  });
});
