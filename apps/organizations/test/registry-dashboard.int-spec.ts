import type { RegistryDashboardView, RpcActor } from '@civic/contracts';
import { Role } from '@civic/domain/access';
import { beijingYearOf } from '@civic/domain/dashboards';
import { AuditTrail } from '@civic/platform/audit';
import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import { OutboxWriter } from '@civic/platform/messaging';
import { PersonalDataCipher } from '@civic/platform/pii';
import { tallyDrift } from '@civic/platform/tallies';
import {
  HENGZHOU_LOCATION,
  organizationBody,
  TEST_PII_KEY,
  testServerUrl,
  XINZHU_LOCATION,
} from '@civic/testing';
import { Global, Module } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DashboardModule } from '../src/dashboard/dashboard.module';
import { RegistryDashboardQueries } from '../src/dashboard/registry-dashboard.queries';
import { REGISTRY_TALLY, REGISTRY_TALLY_SOURCE } from '../src/dashboard/registry-tally';
import { ORGANIZATIONS_DATABASE } from '../src/database';
import { REGISTRY_TALLY_BACKFILL } from '../src/migrations/1796720000000-RegistryTally';
import { OrganizationsModule } from '../src/organizations/organizations.module';
import { OrganizationsService } from '../src/organizations/organizations.service';

jest.setTimeout(90_000);

/** 柳州市城中区城中街道: another city. */
const CHENGZHONG_LOCATION = {
  countyCode: '450202',
  countyName: '城中区',
  streetCode: '450202001',
  streetName: '城中街道',
  communityCode: '450202001001',
  communityName: '龙城社区居委会',
};
/** 青秀区中山街道: a second street of the same county. */
const ZHONGSHAN_LOCATION = {
  ...XINZHU_LOCATION,
  streetCode: '450103002',
  streetName: '中山街道',
  communityCode: '450103002001',
  communityName: '中山社区居委会',
};

const ADMIN: RpcActor = { userId: 'admin', roles: [Role.ADMINISTRATOR] };
const STREET_OFFICER: RpcActor = {
  userId: 'street',
  roles: [Role.STREET_OFFICER],
  streetCode: XINZHU_LOCATION.streetCode,
};
const led = (isPartyMember: boolean) => [{ name: '王建国', role: '负责人', isPartyMember }];

/**
 * The registry tally (issue #18) through the registry's own write paths, on the real Postgres:
 * registrations (some at once), a tier change, a move to another county and city, a Party
 * leadership change, a change of category, and a change that moves nothing. After each step the
 * tally equals the GROUP BY of the organizations' rows, and the dashboard answers province, city,
 * county and street from it, each actor within its scope (R5, R10).
 */
describe('the registry tally and dashboard (issue #18; R5, R10), on the real Postgres', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let dataSource: DataSource;
  let app: TestingModule;
  let organizations: OrganizationsService;
  let dashboard: RegistryDashboardQueries;
  const year = beijingYearOf(new Date());
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    scratch = await createScratchDatabase(testServerUrl(), 'registry_dashboard');
    dataSource = await new DataSource(
      dataSourceOptions(ORGANIZATIONS_DATABASE, scratch.url, { poolSize: 8 }),
    ).initialize();
    await migrateSchema(dataSource);
    @Global()
    @Module({
      providers: [
        { provide: getDataSourceToken(), useValue: dataSource },
        AuditTrail,
        OutboxWriter,
        { provide: PersonalDataCipher, useValue: new PersonalDataCipher(TEST_PII_KEY, 'k1') },
      ],
      exports: [getDataSourceToken(), AuditTrail, OutboxWriter, PersonalDataCipher],
    })
    class Platform {}
    app = await Test.createTestingModule({
      imports: [Platform, OrganizationsModule, DashboardModule],
    }).compile();
    organizations = app.get(OrganizationsService);
    dashboard = app.get(RegistryDashboardQueries);
  });

  afterAll(async () => {
    await app?.close();
    await dataSource?.destroy();
    await scratch?.drop();
  });

  const drift = () => tallyDrift(dataSource.manager, REGISTRY_TALLY, REGISTRY_TALLY_SOURCE);
  const register = async (key: string, overrides: Record<string, unknown>) => {
    ids[key] = (
      await organizations.register(organizationBody({ name: key, ...overrides }), ADMIN)
    ).id;
  };
  /** What the raw rows say, for comparison (the dashboard itself never reads them). */
  const counted = async (where: string, params: unknown[] = []) =>
    (
      await dataSource.query(
        `SELECT count(*)::int AS n FROM organizations.organization WHERE ${where}`,
        params,
      )
    )[0].n as number;

  it('keeps the tally equal to the rows through registrations, some of them at once', async () => {
    await register('新竹甲', { location: XINZHU_LOCATION, leaders: led(true) });
    await register('新竹乙', {
      location: XINZHU_LOCATION,
      areaType: 'RURAL',
      category: 'MUTUAL_AID',
      memberCount: 5, // small: community-guided (R5)
      leaders: led(false),
    });
    await Promise.all([
      register('中山丙', { location: ZHONGSHAN_LOCATION, category: 'CULTURE_SPORTS' }),
      register('横州丁', { location: HENGZHOU_LOCATION, areaType: 'RURAL', leaders: led(false) }),
      register('城中戊', { location: CHENGZHONG_LOCATION }),
      register('城中己', { location: CHENGZHONG_LOCATION, leaders: led(false) }),
    ]);
    expect(await drift()).toEqual([]);
  });

  it('moves counts on a tier change, a move to another county and city, R10 and category changes', async () => {
    const update = (key: string, changes: object) => organizations.update(ids[key], changes, ADMIN);
    expect((await update('新竹乙', { memberCount: 15 })).tier).toBe('STREET_FILED'); // R5
    expect(await drift()).toEqual([]);
    await update('新竹甲', { location: HENGZHOU_LOCATION }); // another county
    await update('城中己', { location: ZHONGSHAN_LOCATION }); // another city
    expect(await drift()).toEqual([]);
    await update('横州丁', { leaders: led(true) }); // now Party-led (R10)
    await update('中山丙', { category: 'PUBLIC_WELFARE' });
    await update('城中戊', { name: '城中戊（更名）' }); // moves nothing
    expect(await drift()).toEqual([]);
    const rows = await dataSource.query(
      'SELECT sum(organizations)::int AS n FROM organizations.registry_tally',
    );
    expect(rows[0].n).toBe(6);
  });

  it('answers the province from the tally: figures, cities, tiers by county, years', async () => {
    const view = await dashboard.dashboard({}, ADMIN);
    expect(view.area).toEqual({ code: '45', name: '', level: 'PROVINCE' });
    expect(view.years).toEqual([year]);
    expect(view.figures.total).toBe(6);
    expect(view.figures.byTier).toEqual({
      REGISTERED: await counted(`tier = 'REGISTERED'`),
      STREET_FILED: await counted(`tier = 'STREET_FILED'`),
      COMMUNITY_GUIDED: await counted(`tier = 'COMMUNITY_GUIDED'`),
    });
    expect(view.figures.byAreaType).toEqual({ URBAN: 4, RURAL: 2 });
    expect(view.figures.byCategory).toMatchObject({
      PUBLIC_WELFARE: 5, // the fixture's, and 中山丙 since its change
      MUTUAL_AID: 1,
      CULTURE_SPORTS: 0,
    });
    // R10: 新竹甲 and 横州丁 (now), 中山丙 and 城中戊 (the fixture's leader is a member)
    expect(view.figures.partyLed).toEqual({ part: 4, whole: 6, percent: 66.7, text: '66.7%' });
    expect(view.children.map((c) => [c.code, c.level, c.total])).toEqual([
      ['4501', 'CITY', 5],
      ['4502', 'CITY', 1],
    ]);
    expect(view.tiersByCounty.map((c) => [c.code, c.total])).toEqual([
      ['450103', 3],
      ['450127', 2],
      ['450202', 1],
    ]);
  });

  it('drills down: a city by county, a county by street, a street alone', async () => {
    const city = await dashboard.dashboard({ areaCode: '4501' }, ADMIN);
    expect(city.figures.total).toBe(5);
    expect(city.children.map((c) => [c.code, c.level, c.total])).toEqual([
      ['450103', 'COUNTY', 3],
      ['450127', 'COUNTY', 2],
    ]);
    const county = await dashboard.dashboard({ areaCode: '450103' }, ADMIN);
    expect(county.children.map((c) => [c.code, c.level, c.total])).toEqual([
      ['450103001', 'STREET', 1],
      ['450103002', 'STREET', 2],
    ]);
    expect(county.figures.total).toBe(await counted(`street_code LIKE '450103%'`));
    const street = await dashboard.dashboard({ areaCode: '450127100' }, ADMIN);
    expect(street.area.level).toBe('STREET');
    expect(street.children).toEqual([]);
    expect(street.figures).toMatchObject({
      total: 2,
      byAreaType: { URBAN: 1, RURAL: 1 },
      partyLed: { part: 2, whole: 2, text: '100%' },
    });
    expect(street.tiersByCounty.map((c) => c.code)).toEqual(['450127']);
  });

  it('counts a year as registered by its end, and lists only years with registrations', async () => {
    const before = await dashboard.dashboard({ year: year - 1 }, ADMIN);
    expect(before).toMatchObject({ year: year - 1, years: [year], children: [] });
    expect(before.figures.total).toBe(0);
    expect(before.figures.partyLed).toMatchObject({ percent: null, text: '—' });
    expect((await dashboard.dashboard({ year }, ADMIN)).figures.total).toBe(6);
  });

  it("shows a street officer its own street's figures only, and refuses an area outside it", async () => {
    const own = await dashboard.dashboard({}, STREET_OFFICER);
    expect(own.area).toMatchObject({ code: '450103001', level: 'STREET' });
    expect(own.figures.total).toBe(await counted(`street_code = '450103001'`));
    expect((await dashboard.dashboard({ areaCode: '450103' }, STREET_OFFICER)).area.code).toBe(
      '450103001',
    );
    await expect(dashboard.dashboard({ areaCode: '450202' }, STREET_OFFICER)).rejects.toMatchObject(
      { status: 403, violations: [expect.objectContaining({ field: 'areaCode' })] },
    );
  });

  it('refuses a malformed area naming the field, and roles without the statistics permission', async () => {
    await expect(dashboard.dashboard({ areaCode: '4501x' }, ADMIN)).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'areaCode' })],
    });
    await expect(
      dashboard.dashboard(
        {},
        { userId: 'a', roles: [Role.APPLICANT], organizationId: ids['新竹甲'] },
      ),
    ).rejects.toMatchObject({ status: 403 });
  });

  it("the migration's backfill rebuilds the same tally from the rows, and the same answers", async () => {
    const before: RegistryDashboardView = await dashboard.dashboard({ areaCode: '4501' }, ADMIN);
    await dataSource.query('DELETE FROM organizations.registry_tally');
    expect((await drift()).length).toBeGreaterThan(0);
    await dataSource.query(REGISTRY_TALLY_BACKFILL);
    expect(await drift()).toEqual([]);
    expect(await dashboard.dashboard({ areaCode: '4501' }, ADMIN)).toEqual(before);
  });
});
