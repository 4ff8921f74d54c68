import type { ReconciliationView } from '@civic/contracts';
import {
  type AuditChainReport,
  findAuditSchemas,
  formatChainReport,
  verifyAuditChain,
} from '@civic/platform/audit';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Client, Pool } from 'pg';

/**
 * Backups and restores of the platform's one database (issue #20), every service's schema in one
 * consistent snapshot, and the checks that a restored copy is whole: every audit chain verifies
 * (R31) and finance's books reconcile (R19, R27, R28). tools/ops/backup.mjs and restore.mjs run
 * these through backup-restore.cli.ts; apps/finance/test/backup-restore.int-spec.ts tests them
 * through that command, as an operator runs it.
 */

const ROOT = join(__dirname, '../..');
/** Finance's reconciliation report as a command: apps are reached as processes, never imported. */
const RECONCILE_CLI = 'apps/finance/src/reconciliation/reconciliation.cli.ts';
/** Databases that are never a restore's target: they exist on every server. */
const SERVER_DATABASES = ['postgres', 'template0', 'template1'];
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** A restore that must not happen (an existing platform database, a bad name): nothing changed. */
export class RestoreRefused extends Error {}

/** pg_dump or pg_restore: from PG_BIN when set (a client as new as the server), else from PATH. */
export function pgTool(name: 'pg_dump' | 'pg_restore'): string {
  return process.env.PG_BIN ? join(process.env.PG_BIN, name) : name;
}

/** `backups/civic-20261201T031500Z.dump` under `root`: UTC, sortable. */
export function defaultBackupFile(root: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return join(root, 'backups', `civic-${stamp}.dump`);
}

export interface Backup {
  file: string;
  bytes: number;
  /** The schemas the dump holds (the platform's: one a service), public left out. */
  schemas: string[];
}

/**
 * Dumps the whole database of `databaseUrl` (every schema, data and definitions) to `file` with
 * `pg_dump --format=custom`. pg_dump reads everything in one REPEATABLE READ transaction, so the
 * dump is one consistent snapshot of every service, taken while they run. The dump is written
 * beside `file` and renamed when complete: a backup file is never a partial one. Refuses to
 * overwrite an existing file.
 */
export async function backupDatabase(databaseUrl: string, file: string): Promise<Backup> {
  if (existsSync(file)) throw new Error(`${file} exists already: a backup never overwrites one`);
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  try {
    await run(pgTool('pg_dump'), ['--format=custom', `--file=${partial}`], databaseUrl);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  return { file, bytes: (await stat(file)).size, schemas: await dumpSchemas(file) };
}

/** The schemas a custom-format dump creates (its table of contents), public left out. */
export async function dumpSchemas(file: string): Promise<string[]> {
  const { stdout } = await run(pgTool('pg_restore'), ['--list', file]);
  // e.g. `5; 2615 16390 SCHEMA - finance postgres`
  const schemas = [...stdout.matchAll(/^\d+; \d+ \d+ SCHEMA - (\S+) /gm)].map((m) => m[1]);
  return schemas.filter((s) => s !== 'public').sort();
}

/**
 * Where `--into` points: a postgres:// URL as given, or a database name on the server of
 * `serverUrl` (the platform database's server).
 */
export function restoreTarget(into: string, serverUrl: string): { url: string; name: string } {
  const isUrl = /^postgres(ql)?:\/\//.test(into);
  if (!isUrl && !NAME.test(into)) {
    throw new RestoreRefused(`"${into}" is neither a postgres:// URL nor a database name`);
  }
  const url = new URL(isUrl ? into : serverUrl);
  if (!isUrl) url.pathname = `/${into}`;
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!name) throw new RestoreRefused(`${maskUrl(url.toString())} names no database`);
  if (SERVER_DATABASES.includes(name)) {
    throw new RestoreRefused(`${name} is a server database: restore into a new database`);
  }
  return { url: url.toString(), name };
}

export interface Restore {
  url: string;
  name: string;
  /** Whether the restore created the database (else it found it existing and empty of ours). */
  created: boolean;
  schemas: string[];
}

/**
 * Restores the dump `file` into the database of `targetUrl`: creates it (from template0, as
 * PostgreSQL's docs advise for restores), or uses it if it exists but holds none of the dump's
 * schemas; refuses (RestoreRefused, nothing changed) when it holds any, so a restore never
 * overwrites a live database. `pg_restore --no-owner --exit-on-error --single-transaction`: the
 * objects belong to the user restoring, and a failed restore leaves nothing behind (a database
 * it created is dropped again).
 */
export async function restoreDatabase(file: string, targetUrl: string): Promise<Restore> {
  const schemas = await dumpSchemas(file); // also: is it a dump pg_restore can read?
  const name = decodeURIComponent(new URL(targetUrl).pathname.slice(1));
  let created = false;
  await onServer(targetUrl, async (admin) => {
    try {
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)} TEMPLATE template0`);
      created = true;
    } catch (error) {
      if ((error as { code?: string }).code !== '42P04') throw error; // 42P04: it exists
    }
  });
  if (!created) {
    const present = await schemasPresent(targetUrl, schemas);
    if (present.length > 0) {
      throw new RestoreRefused(
        `database ${name} exists and holds the platform's schemas ${present.join(', ')}: ` +
          'restore only into a new database (nothing was changed)',
      );
    }
  }
  try {
    await run(
      pgTool('pg_restore'),
      ['--no-owner', '--exit-on-error', '--single-transaction', file],
      targetUrl,
    );
  } catch (error) {
    if (created) {
      await onServer(targetUrl, (admin) =>
        admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)}`),
      );
    }
    throw error;
  }
  return { url: targetUrl, name, created, schemas };
}

/** Finance's reconciliation report on a database, as its command gave it. */
export type Reconciliation =
  | { ok: boolean; report: ReconciliationView; error?: undefined }
  | { ok: false; report?: undefined; error: string };

export interface RestoreCheck {
  /** Every audit chain intact (and at least one found), and finance reconciles. */
  ok: boolean;
  audit: AuditChainReport[];
  reconciliation: Reconciliation;
}

/**
 * The checks of a restored copy: the audit chain of every schema that has one verifies from its
 * first entry to its last (R31), and finance's reconciliation report lists no difference (R19,
 * R27, R28). Read-only.
 */
export async function checkDatabase(url: string): Promise<RestoreCheck> {
  const [audit, reconciliation] = await Promise.all([verifyChains(url), reconcileFinance(url)]);
  const ok = audit.length > 0 && audit.every((a) => a.ok) && reconciliation.ok;
  return { ok, audit, reconciliation };
}

async function verifyChains(url: string): Promise<AuditChainReport[]> {
  const pool = new Pool({ connectionString: url, max: 2, application_name: 'restore-check' });
  try {
    const reports: AuditChainReport[] = [];
    for (const schema of await findAuditSchemas(pool)) {
      reports.push(await verifyAuditChain(pool, schema));
    }
    return reports;
  } finally {
    await pool.end();
  }
}

/** Runs finance's reconciliation command (reconciliation.cli.ts --json) on `url`. */
export async function reconcileFinance(url: string): Promise<Reconciliation> {
  const child = await collect(
    process.execPath,
    ['-r', join(ROOT, 'tools/dev/register.cjs'), join(ROOT, RECONCILE_CLI), '--json'],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: url } },
  );
  if (child.code === 0 || child.code === 1) {
    const report = JSON.parse(child.stdout.trim().split('\n').pop()!) as ReconciliationView;
    return { ok: child.code === 0 && report.differences.length === 0, report };
  }
  return { ok: false, error: child.stderr.trim() || `exit ${child.code}` };
}

/** What the restore command prints: what was restored and what each check found. */
export function restoreSummary(restored: Restore, check: RestoreCheck): string[] {
  const count = (n: number) => n.toLocaleString('en-US');
  const entries = check.audit.reduce((sum, a) => sum + a.checked, 0);
  const intact = check.audit.filter((a) => a.ok).length;
  const { report, error } = check.reconciliation;
  return [
    `restored into ${restored.name}: ${restored.schemas.length} schemas (${restored.schemas.join(', ')})`,
    ...check.audit.map((a) => `  ${formatChainReport(a)}`),
    check.audit.length === 0
      ? '✗ audit chains (R31): none found'
      : intact === check.audit.length
        ? `✓ audit chains (R31): ${count(entries)} entries verified in ${intact} schemas`
        : `✗ audit chains (R31): ${check.audit.length - intact} of ${check.audit.length} schemas ` +
          `broken (${count(entries)} entries checked)`,
    report
      ? `${report.differences.length === 0 ? '✓' : '✗'} finance reconciliation (R28): ` +
        `${count(report.postings)} postings, ${count(report.commitments)} commitments, ` +
        `${count(report.payments)} payments, ${count(report.bankTransfers)} bank transfers; ` +
        `reconciliation differences = ${count(report.differences.length)}`
      : `✗ finance reconciliation (R28) could not run: ${error}`,
    ...(report?.differences.slice(0, 10) ?? []).map(
      (d) => `  ${d.kind} ${d.subject}: expected ${d.expectedFen} fen, found ${d.actualFen}`,
    ),
    check.ok
      ? `restore checked: ${restored.name} is whole`
      : `restore check FAILED: ${restored.name} is left as restored, for inspection`,
  ];
}

/** Hides the password in a connection URL, for messages. */
export function maskUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Runs `work` on a connection to the server's `postgres` database (to create or drop one). */
async function onServer<T>(databaseUrl: string, work: (admin: Client) => Promise<T>): Promise<T> {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

async function schemasPresent(url: string, schemas: string[]): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      'SELECT nspname AS name FROM pg_catalog.pg_namespace WHERE nspname = ANY($1) ORDER BY 1',
      [schemas],
    );
    return rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

function collect(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(
              `${command} not found: install the PostgreSQL client (the server's major version ` +
                'or newer), or set PG_BIN to the directory holding pg_dump and pg_restore',
            )
          : error,
      ),
    );
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

/**
 * Runs a PostgreSQL client tool, on the database of `databaseUrl` if given (its password in the
 * environment, not on the command line, where `ps` shows it); rejects with the tool's own
 * message when it fails.
 */
async function run(command: string, args: string[], databaseUrl?: string): Promise<Finished> {
  const env = { ...process.env };
  if (databaseUrl) {
    const url = new URL(databaseUrl);
    if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
    url.password = '';
    args = ['--no-password', `--dbname=${url.toString()}`, ...args];
  }
  const finished = await collect(command, args, { env });
  if (finished.code === 0) return finished;
  const message = finished.stderr.trim() || `exit ${finished.code}`;
  const hint = /version mismatch/.test(message)
    ? `\n${command} must be of the server's major version or newer: set PG_BIN to such a client's bin directory`
    : '';
  throw new Error(`${command} failed: ${message}${hint}`);
}
