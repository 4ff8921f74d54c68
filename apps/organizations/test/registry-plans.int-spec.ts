import type { ListOrganizationsQuery } from '@civic/contracts';
import type { OrganizationScope } from '@civic/domain/access';
import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import {
  indexesRead,
  type PlanNode,
  planWithoutSeqScans,
  readsEvery,
  sorts,
  statementLog,
  testServerUrl,
} from '@civic/testing';
import { DataSource } from 'typeorm';
import { ORGANIZATIONS_DATABASE } from '../src/database';
import { OrganizationsRepository } from '../src/organizations/organizations.repository';

/**
 * The registry's list at province scale (issue #19), checked by its query plans rather than by
 * its time: each shape of the list the API serves must read an index, never every row. A few
 * thousand organizations with province-like spread (111 counties, five categories, names from a
 * small vocabulary), sequential scans priced out (enable_seqscan = off: a plan without a usable
 * index then still shows a Seq Scan or a Sort of the whole table), and the plan of the SQL the
 * repository really sends. docs/benchmarks.md has the timings on 100,000.
 */
const ROWS = 4_000;
/** @Index(['countyCode', 'tier']) and @Index(['streetCode']) on the entity, named by TypeORM. */
const COUNTY_TIER_INDEX = 'IDX_81d3914f9d8cc28f06be8bbcc4';
const STREET_INDEX = 'IDX_34d6e7d06790e348a280b79866';
const ALL: OrganizationScope = { kind: 'all' };

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let dataSource: DataSource;
let repository: OrganizationsRepository;

const { logger: capture, sent } = statementLog();
const planOf = planWithoutSeqScans;

/**
 * The plans of the two statements a list page sends (OrganizationsRepository.page: the page, then
 * its total), each captured as the repository sent it and explained again.
 */
async function listPlans(query: ListOrganizationsQuery, scope = ALL, page = 1, pageSize = 20) {
  sent.length = 0;
  await repository.page(scope, query, page, pageSize);
  // The total is asked only when the page is full or not the first (else it is the page's length).
  const statements = sent.filter(([sql]) =>
    /^SELECT .* FROM "organizations"\."organization"/s.test(sql),
  );
  const [pageStatement, countStatement] = statements;
  expect(pageStatement[0]).toMatch(new RegExp(`LIMIT ${pageSize}\\b`));
  if (countStatement) expect(countStatement[0]).toMatch(/^SELECT COUNT\(/);
  return dataSource.transaction(async (manager) => ({
    page: await planOf(manager, ...pageStatement),
    count: countStatement ? await planOf(manager, ...countStatement) : null,
  }));
}

const readsEveryRow = (plan: PlanNode[]) => readsEvery(plan, 'organization');

beforeAll(async () => {
  scratch = await createScratchDatabase(testServerUrl(), 'registry_plans');
  dataSource = await new DataSource({
    ...dataSourceOptions(ORGANIZATIONS_DATABASE, scratch.url),
    logging: ['query'],
    logger: capture,
  }).initialize();
  await migrateSchema(dataSource);
  // Province-like rows: 111 counties of ~9 streets, names from a small vocabulary, spread over
  // five years. Columns the list does not read hold minimal valid values.
  await dataSource.query(
    `INSERT INTO organizations.organization
       (id, name, category, area_type, county_code, county_name, street_code, street_name,
        community_code, community_name, postal_address, registered_funds_fen, is_federation,
        member_count, leaders, tier, tier_decision, registration_threshold, version,
        created_at, updated_at)
     SELECT gen_random_uuid(),
            CASE WHEN g % 400 = 0 THEN '果桃' ELSE '' END
              || (ARRAY['新竹','葛麻','民族','东盟','仙葫','五象','良庆','那洪'])[1 + g % 8]
              || (ARRAY['社区','村'])[1 + g % 2] || g
              || (ARRAY['长者助餐服务队','书画协会','互助会','志愿服务队','种植合作社'])[1 + g % 5],
            (ARRAY['LIFE_SERVICE','PUBLIC_WELFARE','MUTUAL_AID','CULTURE_SPORTS','RURAL_PRODUCTION'])[1 + g % 5],
            (ARRAY['URBAN','RURAL'])[1 + g % 2],
            (450100 + g % 111)::text, '某县', (450100 + g % 111)::text || lpad((g % 9)::text, 3, '0'),
            '某街道', (450100 + g % 111)::text || lpad((g % 9)::text, 3, '0') || '001', '某社区',
            '{}', 0, false, 10, '[]',
            (ARRAY['REGISTERED','STREET_FILED','COMMUNITY_GUIDED'])[1 + g % 3], '{}', '{}', 1,
            now() - (g % 1825) * interval '1 day' - (g % 997) * interval '1 second', now()
       FROM generate_series(1, $1) AS g`,
    [ROWS],
  );
  await dataSource.query('ANALYZE organizations.organization');
  repository = new OrganizationsRepository(dataSource);
});

afterAll(async () => {
  await dataSource?.destroy();
  await scratch?.drop();
});

describe('the registry list reads indexes at province scale (issue #19)', () => {
  it('newest first: reads IDX_organization_newest backwards, no sort, even on a deep page', async () => {
    for (const page of [1, 150]) {
      const plans = await listPlans({}, ALL, page);
      expect(indexesRead(plans.page)).toContain('IDX_organization_newest');
      expect(plans.page.find((n) => n['Index Name'] === 'IDX_organization_newest')).toMatchObject({
        'Scan Direction': 'Backward',
      });
      expect(sorts(plans.page)).toBe(false);
      expect(readsEveryRow(plans.page)).toBe(false);
      expect(readsEveryRow(plans.count!)).toBe(false);
    }
  });

  it('in a county, and in a county by tier: the county index (a county is ~1 % of the rows)', async () => {
    for (const query of [{ countyCode: '450103' }, { countyCode: '450103', tier: 'REGISTERED' }]) {
      const plans = await listPlans(query as ListOrganizationsQuery);
      expect(indexesRead(plans.page)).toContain(COUNTY_TIER_INDEX);
      expect(indexesRead(plans.count!)).toContain(COUNTY_TIER_INDEX);
    }
  });

  it('by part of the name: the trigram index for the total; the page never reads every row', async () => {
    // A name few organizations share, in Chinese: no digit to make trigrams of, so the database's
    // character classes must know CJK. Three characters at least: two make no trigram.
    const plans = await listPlans({ q: '果桃新竹' }, ALL, 1, 5);
    expect(indexesRead(plans.count!)).toContain('IDX_organization_name_trgm');
    // The page may go either way: the few matches through trigrams, or newest first filtered
    // (the planner's guess of how soon 5 matches turn up). Either reads an index.
    expect(readsEveryRow(plans.page)).toBe(false);
    expect(indexesRead(plans.page).length).toBeGreaterThan(0);
  });

  it("a street officer's list reads the street index, page and total", async () => {
    const plans = await listPlans({}, { kind: 'street', streetCode: '450103003' }, 1, 2);
    expect(indexesRead(plans.page)).toContain(STREET_INDEX);
    expect(indexesRead(plans.count!)).toContain(STREET_INDEX);
  });

  it.each([
    ['IDX_organization_newest', {}, 'page'],
    ['IDX_organization_name_trgm', { q: '果桃新竹' }, 'count'],
  ] as const)(
    'fails by its plan when %s is missing (the check can fail)',
    async (index, query, which) => {
      sent.length = 0;
      await repository.page(ALL, query, 1, 5);
      const statement = which === 'page' ? sent[0] : sent[1];
      const planWith = () => dataSource.transaction((m) => planOf(m, ...statement));
      expect(indexesRead(await planWith())).toContain(index);
      // DDL is transactional: the index is gone inside this transaction only.
      const without = await dataSource
        .transaction(async (manager) => {
          await manager.query(`DROP INDEX organizations."${index}"`);
          const plan = await planOf(manager, ...statement);
          throw Object.assign(new Error('rollback'), { plan });
        })
        .catch((error: { plan?: PlanNode[] }) => error.plan);
      expect(without).toBeDefined();
      expect(indexesRead(without!)).not.toContain(index);
      expect(indexesRead(await planWith())).toContain(index); // back after the rollback
    },
  );
});
