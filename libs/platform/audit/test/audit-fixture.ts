import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import { testServerUrl } from '@civic/testing';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AUDIT_ENTITIES, type AuditEntry, type AuditRecordInput, AuditTrail } from '../src';
import { AUDIT_PROBE_DATABASE } from './probe/audit-probe-database';

export const PROBE_SCHEMA = AUDIT_PROBE_DATABASE.schema;

/** A scratch database with the probe schema migrated, a data source on it and a `pg` pool. */
export async function openAuditProbe(label: string) {
  const scratch = await createScratchDatabase(testServerUrl(), label);
  const dataSource = await new DataSource(
    dataSourceOptions(AUDIT_PROBE_DATABASE, scratch.url, { poolSize: 12 }),
  ).initialize();
  await migrateSchema(dataSource);
  const pool = new Pool({ connectionString: scratch.url, max: 4 });
  const others: DataSource[] = [];
  return {
    url: scratch.url,
    dataSource,
    pool,
    /** Another schema holding a chain: the probe's table copied, AuditEntry mapped onto it. */
    async openSchema(schema: string): Promise<DataSource> {
      await pool.query(`CREATE SCHEMA "${schema}"`);
      await pool.query(
        `CREATE TABLE "${schema}".audit_entry (LIKE ${PROBE_SCHEMA}.audit_entry INCLUDING ALL)`,
      );
      const options = dataSourceOptions(
        { schema, entities: AUDIT_ENTITIES, migrations: [] },
        scratch.url,
        { poolSize: 2 },
      );
      const other = await new DataSource(options).initialize();
      others.push(other);
      return other;
    },
    async close() {
      await pool.end();
      await Promise.all([dataSource, ...others].map((ds) => ds.destroy()));
      await scratch.drop();
    },
  };
}

/** The i-th decision of a test: values of every kind the hash must survive. */
export function decision(i: number): AuditRecordInput {
  return {
    actor: { userId: `user-${i % 3}`, roles: ['STREET_ADMIN', 'AUDITOR'] },
    action: 'tier.decided',
    entityType: 'organization',
    entityId: `org-${i}`,
    before: i % 4 === 0 ? undefined : { tier: 'FILING', memberCount: i },
    after: {
      tier: 'REGISTRATION',
      memberCount: i,
      decidedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, 0, i)),
      big: Number('12345678901234567000'),
      reasons: [{ rule: 'R5', note: `第${i}号 "quoted"` }],
    },
    requestId: i % 2 === 0 ? `req-${i}` : undefined,
  };
}

/** Records decisions `from`..`to` one after another, each in its own transaction. */
export async function recordMany(dataSource: DataSource, from: number, to: number) {
  const trail = new AuditTrail();
  const entries: AuditEntry[] = [];
  for (let i = from; i <= to; i++) {
    entries.push(await dataSource.transaction((manager) => trail.record(manager, decision(i))));
  }
  return entries;
}

/** Records decisions `from`..`to` with `AuditTrail.recordMany`, `size` to a transaction. */
export async function recordInBatches(
  dataSource: DataSource,
  from: number,
  to: number,
  size: number,
) {
  const trail = new AuditTrail();
  const entries: AuditEntry[] = [];
  for (let start = from; start <= to; start += size) {
    const batch = Array.from({ length: Math.min(size, to - start + 1) }, (_, i) =>
      decision(start + i),
    );
    entries.push(...(await dataSource.transaction((manager) => trail.recordMany(manager, batch))));
  }
  return entries;
}
