import {
  createScratchDatabase,
  dataSourceOptions,
  migrateSchema,
  type ServiceDatabase,
} from '@civic/platform/database';
import { type PolicyBody, SEED_POLICIES } from '@civic/domain/policy';
import {
  checkContractTerm,
  checkNegativeList,
  checkPurchaseMethod,
  DEFAULT_NEGATIVE_LIST_POLICY,
  DEFAULT_PURCHASE_POLICY,
  type PurchasePolicy,
} from '@civic/domain/procurement';
import { keepPolicyCopy, policyToday } from '@civic/platform/policy-copies';
import { testServerUrl } from '@civic/testing';
import { DataSource } from 'typeorm';
import { PROCUREMENT_DATABASE } from '../src/database';
import { MIGRATIONS } from '../src/migrations';
import { PolicyVersionToStore1796691000000 } from '../src/migrations/1796691000000-PolicyVersionToStore';
import { negativeListInForce } from '../src/policy/negative-list-policy';
import { purchasePolicyInForce } from '../src/policy/purchase-policy';

jest.setTimeout(60_000);

const DAY = 86_400_000;
const chinaDate = (offsetDays = 0) =>
  new Date(Date.now() + 8 * 3_600_000 + offsetDays * DAY).toISOString().slice(0, 10);
const QINGXIU = '450103';

/** The seed's data as procurement's own table kept it: the version in a column of its own. */
const withoutVersion = ({ version: _version, ...data }: { version: string }) => data;

async function migrated(label: string, database: ServiceDatabase = PROCUREMENT_DATABASE) {
  const scratch = await createScratchDatabase(testServerUrl(), label);
  const source = await new DataSource({
    ...dataSourceOptions(database, scratch.url),
    migrations: database.migrations,
  }).initialize();
  await migrateSchema(source);
  return { scratch, source };
}

/**
 * R25, R12 (issue #17, policy as data): procurement reads its purchase policy and negative list
 * from its copy of the policy store. The shipped 2026.1 versions are in force until a later one is
 * approved; they decide as Order 102 art. 24 says; a newer approved version reaches procurement
 * as a copy and is in force from its day, for its region; a version a project stamped stays
 * readable by that stamp; a broken copy never decides.
 */
describe('purchase policy and negative list from the policy store (R25, R12, issue #17)', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let source: DataSource;
  const keep = (
    kind: 'PURCHASE' | 'NEGATIVE_LIST',
    regionCode: string,
    effectiveFrom: string,
    body: { version: string },
  ) =>
    source.transaction((manager) =>
      keepPolicyCopy(
        {
          kind,
          regionCode,
          version: body.version,
          effectiveFrom,
          body: body as PolicyBody,
          approvedAt: new Date().toISOString(),
        },
        { manager },
      ),
    );
  const purchase = (over: Partial<PurchasePolicy> & { version: string }) =>
    JSON.parse(JSON.stringify({ ...DEFAULT_PURCHASE_POLICY, ...over })) as PurchasePolicy;

  beforeAll(async () => {
    ({ scratch, source } = await migrated('procurement_purchase_policy'));
  });

  afterAll(async () => {
    await source?.destroy();
    await scratch?.drop();
  });

  it('has no policy table of its own after the migrations', async () => {
    const [row] = await source.query(
      `SELECT to_regclass('procurement.policy_version') AS own, to_regclass('procurement.policy_copy') AS copy`,
    );
    expect(row).toEqual({ own: null, copy: 'procurement.policy_copy' });
  });

  it('uses the shipped 2026.1 until a later version arrives, and it decides by its numbers', async () => {
    const policy = await purchasePolicyInForce(source.manager);
    expect(policy).toEqual(DEFAULT_PURCHASE_POLICY);
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
    expect(await purchasePolicyInForce(source.manager, '2026.1', QINGXIU)).toEqual(policy);
    expect(await negativeListInForce(source.manager, QINGXIU)).toEqual(
      DEFAULT_NEGATIVE_LIST_POLICY,
    );
  });

  it('puts an approved version in force from its day, for its region; a stamped version stays readable', async () => {
    // The province lowers the public-tender threshold from today (Beijing), 4,000,000 → 2,000,000 yuan.
    await keep(
      'PURCHASE',
      '450000',
      chinaDate(),
      purchase({
        version: '2026.2',
        thresholds: { ...DEFAULT_PURCHASE_POLICY.thresholds, publicTenderFen: 200_000_000 },
      }),
    );
    // A county's own objection window, from next month.
    await keep(
      'PURCHASE',
      QINGXIU,
      chinaDate(30),
      purchase({
        version: 'qx-2026.1',
        award: { ...DEFAULT_PURCHASE_POLICY.award, objectionDays: 10 },
      }),
    );
    const today = await purchasePolicyInForce(source.manager, undefined, QINGXIU);
    expect(today.version).toBe('2026.2');
    expect(
      checkPurchaseMethod(today, { budgetFen: 300_000_000, method: 'COMPETITIVE_CONSULTATION' }),
    ).toMatchObject({ ok: false, code: 'RULE_R25_PUBLIC_TENDER_REQUIRED' });
    // A project stamped 2026.1 keeps deciding by it; the county's version by its own stamp.
    const stamped = await purchasePolicyInForce(source.manager, '2026.1', QINGXIU);
    expect(stamped.thresholds.publicTenderFen).toBe(400_000_000);
    expect(
      checkPurchaseMethod(stamped, { budgetFen: 300_000_000, method: 'COMPETITIVE_CONSULTATION' }),
    ).toMatchObject({ ok: true, policyVersion: '2026.1' });
    expect(
      (await purchasePolicyInForce(source.manager, 'qx-2026.1', QINGXIU)).award.objectionDays,
    ).toBe(10);
    expect(policyToday() < chinaDate(30)).toBe(true);
    await expect(purchasePolicyInForce(source.manager, '2099.1')).rejects.toMatchObject({
      status: 409,
      code: 'POLICY_VERSION_NOT_KNOWN',
    });
  });

  it('refuses to decide with a broken copy', async () => {
    await keep('PURCHASE', '450127', chinaDate(), purchase({ version: 'broken.1', methods: [] }));
    await expect(purchasePolicyInForce(source.manager, undefined, '450127')).rejects.toThrow(
      /broken\.1 is unusable: methods/,
    );
    // Other regions are not affected.
    expect((await purchasePolicyInForce(source.manager, undefined, QINGXIU)).version).toBe(
      '2026.2',
    );
  });

  it('rule R24, rule R25: checks a catalogue item against the negative list in force, a newer term included', async () => {
    const entry = { categories: ['基本公共服务'], name: '社区宣传印刷品制作', description: '宣传' };
    expect(checkNegativeList(entry, await negativeListInForce(source.manager))).toEqual({
      ok: true,
      policyVersion: '2026.1',
    });
    const list = JSON.parse(JSON.stringify(DEFAULT_NEGATIVE_LIST_POLICY));
    list.version = '2026.2';
    list.clauses[1].terms.push('印刷品');
    await keep('NEGATIVE_LIST', '450000', chinaDate(), list);
    expect(checkNegativeList(entry, await negativeListInForce(source.manager))).toMatchObject({
      ok: false,
      clause: { key: 'GOODS' },
      term: '印刷品',
      messageZh: expect.stringContaining('政策版本 2026.2'),
    });
  });
});

/**
 * issue #17, rule R25: procurement's own `policy_version` table goes only when its rows are
 * exactly the versions the policy store ships (the same version, the same data); anything else
 * stops the migration rather than being lost. Down brings the table back with the seeds.
 */
describe('dropping procurement.policy_version for the policy store (issue #17)', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let source: DataSource;
  const migration = new PolicyVersionToStore1796691000000();
  const rows = () =>
    source.query(
      'SELECT kind, version, data, created_by FROM procurement.policy_version ORDER BY id',
    );
  const run = (step: 'up' | 'down') =>
    source.transaction((manager) => migration[step](manager.queryRunner!));
  const seeds = [
    {
      kind: 'NEGATIVE_LIST',
      version: '2026.1',
      data: withoutVersion(SEED_POLICIES.NEGATIVE_LIST),
      created_by: 'migration',
    },
    {
      kind: 'PURCHASE',
      version: '2026.1',
      data: withoutVersion(SEED_POLICIES.PURCHASE),
      created_by: 'migration',
    },
  ];

  beforeAll(async () => {
    // Every migration before the drop: the table as procurement's seed migrations left it.
    ({ scratch, source } = await migrated('procurement_policy_version_drop', {
      ...PROCUREMENT_DATABASE,
      migrations: MIGRATIONS.filter((m) => m !== PolicyVersionToStore1796691000000),
    }));
  });

  afterAll(async () => {
    await source?.destroy();
    await scratch?.drop();
  });

  it('held exactly the versions the store ships: the same numbers and words, version for version', async () => {
    expect(await rows()).toEqual(seeds);
  });

  it('refuses to drop a version the store lacks, or a seed edited in place', async () => {
    await source.query(
      `INSERT INTO procurement.policy_version (kind, version, data, created_by)
       SELECT kind, '2026.2', data, 'sql' FROM procurement.policy_version WHERE kind = 'PURCHASE'`,
    );
    await expect(run('up')).rejects.toThrow(/PURCHASE 2026\.2/);
    await source.query(`DELETE FROM procurement.policy_version WHERE version = '2026.2'`);
    await source.query(
      `UPDATE procurement.policy_version SET data = jsonb_set(data, '{clauses,0,terms}', '[]')
        WHERE kind = 'NEGATIVE_LIST'`,
    );
    await expect(run('up')).rejects.toThrow(/NEGATIVE_LIST 2026\.1/);
    await source.query(
      `UPDATE procurement.policy_version SET data = $1 WHERE kind = 'NEGATIVE_LIST'`,
      [JSON.stringify(seeds[0].data)],
    );
    expect(await rows()).toEqual(seeds);
  });

  it('drops the table of the seeds, and down brings it back with them', async () => {
    await run('up');
    const exists = async () =>
      (await source.query(`SELECT to_regclass('procurement.policy_version') AS t`))[0].t;
    expect(await exists()).toBeNull();
    await run('down');
    expect(await rows()).toEqual(seeds);
    await run('up');
    expect(await exists()).toBeNull();
  });
});
