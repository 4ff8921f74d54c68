import { Client } from 'pg';
import type { DataSource, EntityManager, Logger } from 'typeorm';
import { statementLog } from '../query-plans';
import { testServerUrl } from '../services';

/**
 * A database for a province-scale benchmark (issue #19) on the server of DATABASE_URL, created
 * on first use and kept: the first run builds the data (minutes), later runs only measure.
 */
export async function ensureBenchDatabase(name: string): Promise<string> {
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(name)) throw new RangeError(`bad database name "${name}"`);
  const admin = new Client({ connectionString: testServerUrl() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export interface Timings {
  p50: number;
  p95: number;
}

/** p50 and p95 in ms of `samples` calls of `run`, one at a time, after `warmUp` untimed calls. */
export async function sampleTimings(
  run: () => Promise<unknown>,
  samples: number,
  warmUp = 3,
): Promise<Timings> {
  for (let i = 0; i < warmUp; i++) await run();
  const ms: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) =>
    Number(ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)].toFixed(1));
  return { p50: at(0.5), p95: at(0.95) };
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  'Actual Rows'?: number;
  Plans?: PlanNode[];
}

export interface ExplainedStatement {
  sql: string;
  /** Its nodes in order, with the index or table each reads. */
  plan: string;
  rows: number | undefined;
  buffers: { hit: number; read: number };
  executionMs: number;
}

/** EXPLAIN (ANALYZE, BUFFERS) of one statement: its nodes, rows, buffers and time. */
export async function explainAnalyze(
  on: DataSource | EntityManager,
  sql: string,
  parameters: unknown[] = [],
): Promise<ExplainedStatement> {
  const [row] = await on.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, parameters);
  const [{ Plan, 'Execution Time': executionMs }] = row['QUERY PLAN'] as [
    { Plan: PlanNode; 'Execution Time': number },
  ];
  const walk = (n: PlanNode): string[] => [
    n['Index Name']
      ? `${n['Node Type']} on ${n['Index Name']}`
      : n['Relation Name']
        ? `${n['Node Type']} on ${n['Relation Name']}`
        : n['Node Type'],
    ...(n.Plans ?? []).flatMap(walk),
  ];
  return {
    sql: sql.replace(/\s+/g, ' ').slice(0, 140),
    plan: walk(Plan).join(' → '),
    rows: Plan['Actual Rows'],
    buffers: { hit: Plan['Shared Hit Blocks'] ?? 0, read: Plan['Shared Read Blocks'] ?? 0 },
    executionMs: Number(executionMs.toFixed(2)),
  };
}

/**
 * Records the statements a data source sends (give `logger` to the DataSource, with
 * `logging: ['query']`), and explains the SELECTs one call sends, as sent.
 */
export class StatementRecorder {
  private readonly log = statementLog();
  readonly logger: Logger = this.log.logger;

  async plansOf(
    dataSource: DataSource,
    run: () => Promise<unknown>,
    keep: (sql: string) => boolean = () => true,
  ): Promise<ExplainedStatement[]> {
    this.log.sent.length = 0;
    await run();
    const selects = this.log.sent.filter(([sql]) => /^\s*SELECT/i.test(sql) && keep(sql));
    const plans: ExplainedStatement[] = [];
    for (const [sql, parameters] of selects) {
      plans.push(await explainAnalyze(dataSource, sql, parameters));
    }
    return plans;
  }
}
