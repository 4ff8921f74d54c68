import { PRIORITY_POLICY_WITH_R6 } from '@civic/domain/priority';
import { SEED_POLICIES } from '@civic/domain/policy';
import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import { testServerUrl } from '@civic/testing';
import { DataSource } from 'typeorm';
import { POLICY_PROBE_DATABASE } from './policy-probe-database';
import {
  cachedPolicyResolver,
  keepPolicyCopy,
  policyInForceHere,
  policyVersionHere,
  priorityPolicyResolver,
} from '../src';

jest.setTimeout(60_000);

/**
 * A service's copies of approved policy (issue #17) on the real Postgres, in a schema of its own:
 * the shipped versions until a copy arrives, a county's over the province's, a later version from
 * its day, a second delivery changing nothing, and the cached resolver seeing a new copy at once.
 */
describe('policy copies (issue #17)', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let dataSource: DataSource;
  const keep = (
    kind: 'RESERVE' | 'PRIORITY' | 'PURCHASE',
    regionCode: string,
    version: string,
    effectiveFrom: string,
    body: Record<string, unknown>,
  ) =>
    dataSource.transaction((manager) =>
      keepPolicyCopy(
        {
          kind,
          regionCode,
          version,
          effectiveFrom,
          body: { version, ...body },
          approvedAt: new Date().toISOString(),
        },
        { manager },
      ),
    );

  beforeAll(async () => {
    scratch = await createScratchDatabase(testServerUrl(), 'policy_copies');
    dataSource = await new DataSource(
      dataSourceOptions(POLICY_PROBE_DATABASE, scratch.url, { poolSize: 2 }),
    ).initialize();
    await migrateSchema(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await scratch?.drop();
  });

  it('uses the shipped versions until a copy arrives: PRIORITY 2026.1, then 2026.2 with R6 from 2026-12-01', async () => {
    const m = dataSource.manager;
    expect((await policyInForceHere(m, 'PRIORITY', '450103', '2026-06-01')).version).toBe('2026.1');
    expect((await policyInForceHere(m, 'PRIORITY', '450103', '2026-12-01')).version).toBe('2026.2');
    const resolve = await priorityPolicyResolver(m);
    expect(resolve('450103', '2026-12-07')).toEqual({
      ...PRIORITY_POLICY_WITH_R6,
      bonuses: { ...PRIORITY_POLICY_WITH_R6.bonuses },
    });
    expect((await policyVersionHere(m, 'PRIORITY', '2026.1')).body).not.toHaveProperty(
      'bonuses.lifeService',
    );
  });

  it('rule R14: a county overrides the province from its own day; a second delivery changes nothing', async () => {
    await keep('RESERVE', '450103', 'qx-1', '2027-01-01', { ruralReservePercent: 40 });
    await keep('RESERVE', '450103', 'qx-1', '2027-01-01', { ruralReservePercent: 99 });
    await keep('RESERVE', '450000', 'gx-2', '2027-03-01', { ruralReservePercent: 35 });
    const reserve = async (region: string, on: string) =>
      (
        await policyInForceHere<{ ruralReservePercent: number }>(
          dataSource.manager,
          'RESERVE',
          region,
          on,
        )
      ).body.ruralReservePercent;
    expect(await reserve('450103', '2026-12-31')).toBe(30);
    expect(await reserve('450103', '2027-01-01')).toBe(40);
    expect(await reserve('450103', '2027-06-01')).toBe(40);
    expect(await reserve('450127', '2027-02-28')).toBe(30);
    expect(await reserve('450127', '2027-03-01')).toBe(35);
    expect(
      (await policyVersionHere(dataSource.manager, 'RESERVE', 'qx-1', '450103')).body,
    ).toMatchObject({ ruralReservePercent: 40 });
    await expect(policyVersionHere(dataSource.manager, 'RESERVE', 'never')).rejects.toMatchObject({
      status: 409,
      code: 'POLICY_VERSION_NOT_KNOWN',
    });
  });

  it('rule R25: serves procurement’s kinds the same way: the shipped PURCHASE 2026.1, then a copy from its day', async () => {
    const m = dataSource.manager;
    type Award = { award: { objectionDays: number; source: string } };
    const seed = await policyInForceHere<Award>(m, 'PURCHASE', '450103', '2027-01-01');
    expect(seed).toMatchObject({ version: '2026.1', effectiveFrom: '2000-01-01' });
    expect(seed.body).toEqual(SEED_POLICIES.PURCHASE);
    const award = (SEED_POLICIES.PURCHASE as unknown as Award).award;
    await keep('PURCHASE', '450000', '2027.1', '2027-02-01', {
      ...SEED_POLICIES.PURCHASE,
      version: '2027.1',
      award: { ...award, objectionDays: 10 },
    });
    const later = await policyInForceHere<Award>(m, 'PURCHASE', '450103', '2027-02-01');
    expect(later.version).toBe('2027.1');
    expect(later.body.award.objectionDays).toBe(10);
    expect((await policyInForceHere(m, 'PURCHASE', '450103', '2027-01-31')).version).toBe('2026.1');
    expect((await policyVersionHere(m, 'NEGATIVE_LIST', '2026.1')).body).toEqual(
      SEED_POLICIES.NEGATIVE_LIST,
    );
  });

  it('the cached resolver reads a copy this process kept at once, with frozen bodies', async () => {
    const before = await cachedPolicyResolver(dataSource.manager, 'RESERVE', 60_000);
    expect(before('450127', '2027-09-01').version).toBe('gx-2');
    await keep('RESERVE', '450000', 'gx-3', '2027-09-01', { ruralReservePercent: 33 });
    const after = await cachedPolicyResolver(dataSource.manager, 'RESERVE', 60_000);
    const used = after('450127', '2027-09-01');
    expect(used.version).toBe('gx-3');
    expect(Object.isFrozen(used.body)).toBe(true);
  });
});
