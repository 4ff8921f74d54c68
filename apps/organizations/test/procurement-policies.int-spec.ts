import { SEED_POLICIES } from '@civic/domain/policy';
import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import { testServerUrl } from '@civic/testing';
import { DataSource } from 'typeorm';
import { ORGANIZATIONS_DATABASE } from '../src/database';
import { ProcurementPolicies1796691000000 } from '../src/migrations/1796691000000-ProcurementPolicies';

jest.setTimeout(60_000);

/**
 * issue #17, rule R25: procurement's purchase policy and negative list join the policy store as
 * their shipped 2026.1, APPROVED for the province, once: on a database the PolicyStore migration
 * seeded before the kinds existed (the ProcurementPolicies migration adds them) and on a new one
 * (PolicyStore seeds them already; ProcurementPolicies adds nothing). Down takes the seeds away.
 */
describe('organizations migration ProcurementPolicies (R25)', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let source: DataSource;
  const procurementDocs = () =>
    source.query(
      `SELECT kind, region_code, version, effective_from::text AS effective_from, body, status, proposed_by
         FROM organizations.policy_document WHERE kind IN ('PURCHASE', 'NEGATIVE_LIST') ORDER BY kind DESC`,
    );
  const seeded = [
    {
      kind: 'PURCHASE',
      region_code: '450000',
      version: '2026.1',
      effective_from: '2000-01-01',
      body: SEED_POLICIES.PURCHASE,
      status: 'APPROVED',
      proposed_by: 'seed',
    },
    {
      kind: 'NEGATIVE_LIST',
      region_code: '450000',
      version: '2026.1',
      effective_from: '2000-01-01',
      body: SEED_POLICIES.NEGATIVE_LIST,
      status: 'APPROVED',
      proposed_by: 'seed',
    },
  ];

  beforeAll(async () => {
    scratch = await createScratchDatabase(testServerUrl(), 'organizations_procurement_policies');
    source = await new DataSource({
      ...dataSourceOptions(ORGANIZATIONS_DATABASE, scratch.url),
      migrations: ORGANIZATIONS_DATABASE.migrations,
    }).initialize();
    await migrateSchema(source);
  });

  afterAll(async () => {
    await source?.destroy();
    await scratch?.drop();
  });

  it('a new database has the two kinds once, as shipped', async () => {
    expect(await procurementDocs()).toEqual(seeded);
  });

  it('a database seeded before the kinds existed gets them from ProcurementPolicies, once', async () => {
    // As PolicyStore left a database before issue #17 added the kinds: without them, and
    // ProcurementPolicies not run yet.
    await source.query(
      `DELETE FROM organizations.policy_document WHERE kind IN ('PURCHASE', 'NEGATIVE_LIST')`,
    );
    await source.query(`DELETE FROM organizations.migrations WHERE name = $1`, [
      'ProcurementPolicies1796691000000',
    ]);
    const others = await source.query(
      'SELECT count(*)::int AS n FROM organizations.policy_document',
    );
    expect(await migrateSchema(source)).toEqual(['ProcurementPolicies1796691000000']);
    expect(await procurementDocs()).toEqual(seeded);
    // Run again (as on a new database, after PolicyStore): nothing twice.
    const runner = source.createQueryRunner();
    try {
      await new ProcurementPolicies1796691000000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await procurementDocs()).toEqual(seeded);
    const all = await source.query('SELECT count(*)::int AS n FROM organizations.policy_document');
    expect(all[0].n).toBe(others[0].n + 2);
  });

  it('down takes the two seeds away and leaves the other kinds', async () => {
    const before = await source.query(
      'SELECT count(*)::int AS n FROM organizations.policy_document',
    );
    const runner = source.createQueryRunner();
    try {
      await new ProcurementPolicies1796691000000().down(runner);
    } finally {
      await runner.release();
    }
    expect(await procurementDocs()).toEqual([]);
    const after = await source.query(
      'SELECT count(*)::int AS n FROM organizations.policy_document',
    );
    expect(after[0].n).toBe(before[0].n - 2);
  });
});
