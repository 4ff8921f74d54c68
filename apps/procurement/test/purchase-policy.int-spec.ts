import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import { checkContractTerm, checkPurchaseMethod } from '@civic/domain/procurement';
import { testServerUrl } from '@civic/testing';
import { DataSource } from 'typeorm';
import { PROCUREMENT_DATABASE } from '../src/database';
import { MIGRATIONS } from '../src/migrations';
import { ProcurementPolicyVersion } from '../src/policy/policy-version.entity';
import { PURCHASE, purchasePolicyInForce } from '../src/policy/purchase-policy';

jest.setTimeout(60_000);

/**
 * R25, R12: the seeded purchase policy 2026.1 is in force after the migrations, passes the domain's
 * policy check, and decides as Order 102 art. 24 says; a newer version takes over.
 */
describe('purchase policy in the policy table (R25, R12)', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let source: DataSource;

  beforeAll(async () => {
    scratch = await createScratchDatabase(testServerUrl(), 'procurement_purchase_policy');
    const options = {
      ...dataSourceOptions(PROCUREMENT_DATABASE, scratch.url),
      migrations: MIGRATIONS,
    };
    source = await new DataSource(options).initialize();
    await migrateSchema(source);
  });

  afterAll(async () => {
    await source?.destroy();
    await scratch?.drop();
  });

  it('loads the seeded 2026.1 policy with its version, and it decides by its numbers', async () => {
    const policy = await purchasePolicyInForce(source.manager);
    expect(policy.version).toBe('2026.1');
    expect(policy.contractTerm).toEqual({
      maxMonths: 12,
      stableMaxMonths: 36,
      article: 'Order 102 art. 24',
    });
    expect(policy.thresholds.publicTenderFen).toBe(400_000_000);
    expect(checkContractTerm(policy, { months: 13, stable: false, budgetSecured: true }).ok).toBe(
      false,
    );
    expect(checkContractTerm(policy, { months: 36, stable: true, budgetSecured: true }).ok).toBe(
      true,
    );
    expect(
      checkPurchaseMethod(policy, { budgetFen: 500_000_000, method: 'INQUIRY' }),
    ).toMatchObject({
      ok: false,
      code: 'RULE_R25_PUBLIC_TENDER_REQUIRED',
    });
  });

  it('puts a newer version in force, and refuses to use a broken one', async () => {
    const seeded = await source.manager.findOneByOrFail(ProcurementPolicyVersion, {
      kind: PURCHASE,
      version: '2026.1',
    });
    const data = seeded.data as Record<string, unknown>;
    const repo = source.getRepository(ProcurementPolicyVersion);
    await repo.save({
      kind: PURCHASE,
      version: '2026.2',
      data: { ...data, performance: { ...(data.performance as object), reducePercent: 50 } },
      createdBy: 'test',
    });
    expect(await purchasePolicyInForce(source.manager)).toMatchObject({
      version: '2026.2',
      performance: { reducePercent: 50 },
    });
    await repo.save({
      kind: PURCHASE,
      version: '2026.3',
      data: { ...data, methods: [] },
      createdBy: 'test',
    });
    await expect(purchasePolicyInForce(source.manager)).rejects.toThrow(
      /2026\.3 is unusable: methods/,
    );
  });
});
