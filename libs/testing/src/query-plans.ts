import type { EntityManager, Logger } from 'typeorm';

/**
 * Query plans for tests that check SQL by its plan rather than its time (issue #19): what a
 * repository sends, as sent, explained again with sequential scans priced out, so that a plan
 * without a usable index still shows a Seq Scan (or a Sort of everything).
 */
export interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Scan Direction'?: string;
  Plans?: PlanNode[];
}

/** Every statement a data source sends, as sent: give `logger` to it with `logging: ['query']`. */
export function statementLog(): { logger: Logger; sent: [string, unknown[]][] } {
  const sent: [string, unknown[]][] = [];
  const logger: Logger = {
    logQuery: (query, parameters) => void sent.push([query, (parameters ?? []) as unknown[]]),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  return { logger, sent };
}

/** The plan's nodes, depth first. */
export function planNodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(planNodes)];
}

/** The plan of `sql` with sequential scans priced out, in the caller's transaction. */
export async function planWithoutSeqScans(
  manager: EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<PlanNode[]> {
  await manager.query('SET LOCAL enable_seqscan = off');
  const [row] = await manager.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
  return planNodes((row['QUERY PLAN'] as [{ Plan: PlanNode }])[0].Plan);
}

export const indexesRead = (plan: PlanNode[]) =>
  plan.filter((n) => n['Index Name']).map((n) => n['Index Name']);

export const readsEvery = (plan: PlanNode[], table: string) =>
  plan.some((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === table);

export const sorts = (plan: PlanNode[]) => plan.some((n) => n['Node Type'] === 'Sort');
