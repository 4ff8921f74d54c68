import { randomUUID } from 'node:crypto';
import type { OrganizationSnapshotV1, RpcActor } from '@civic/contracts';
import { Role } from '@civic/domain/access';
import { beijingYearOf } from '@civic/domain/dashboards';
import { DEFAULT_INCUBATION_POLICY } from '@civic/domain/incubation';
import { AuditTrail } from '@civic/platform/audit';
import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import { OutboxWriter } from '@civic/platform/messaging';
import { PersonalDataCipher, sealPayeeAccount } from '@civic/platform/pii';
import { ProgrammeFunding, timelinessHistograms } from '@civic/platform/programme-kit';
import { keepOrganizationSnapshot } from '@civic/platform/snapshots';
import { tallyDrift } from '@civic/platform/tallies';
import { foundingGroupBody, TEST_PII_KEY, testServerUrl } from '@civic/testing';
import { Global, Module } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AdmissionDecisionsService } from '../src/admissions/admission-decisions.service';
import { AdmissionsModule } from '../src/admissions/admissions.module';
import { AdmissionsService } from '../src/admissions/admissions.service';
import { IncubationBase } from '../src/bases/base.entity';
import { Cohort } from '../src/cohorts/cohort.entity';
import { CohortDashboardQueries } from '../src/dashboard/cohort-dashboard.queries';
import { COHORT_CITY_TALLY, COHORT_TALLY, cohortTallySource } from '../src/dashboard/cohort-tally';
import { DashboardModule } from '../src/dashboard/dashboard.module';
import { INCUBATION_DATABASE } from '../src/database';
import { GraduationService } from '../src/incubatees/graduation.service';
import { IncubateesModule } from '../src/incubatees/incubatees.module';
import { TIMELINESS_SOURCE, TIMELINESS_TALLY } from '../src/dashboard/timeliness';
import { IncubationFundingPort } from '../src/incubatees/incubation-funding.port';
import { StartupSubsidy } from '../src/incubatees/startup-subsidy.entity';
import { cohortTallyBackfill } from '../src/migrations/1796720000000-CohortTally';
import { TIMELINESS_BACKFILL } from '../src/migrations/1796731000000-TimelinessTally';

jest.setTimeout(90_000);

const cipher = new PersonalDataCipher(TEST_PII_KEY, 'k1');
const ADMIN: RpcActor = { userId: 'admin', roles: [Role.ADMINISTRATOR] };
const OFFICER: RpcActor = { userId: 'officer', roles: [Role.PROGRAMME_OFFICER] };
/** Two cohorts' windows, in China time: applications on the 10th, decisions after the 31st. */
const APPLYING = new Date('2026-03-10T02:00:00Z');
const DECIDING = new Date('2026-04-02T02:00:00Z');
const LEAVING = new Date('2026-10-20T02:00:00Z');

/**
 * The cohort tally (issue #18; R16) through incubation's own write paths on the real Postgres:
 * applications (organizations and founding groups, from several streets), assessment and the
 * cohort's decision (admitted, waitlisted, rejected), a graduation and an exit. After each step
 * the tally equals the GROUP BY of the admissions' and incubatees' rows, and the dashboard
 * answers province, city, county and street from it; base staff see their own base only.
 */
describe('the cohort tally and dashboard (issue #18; R16), on the real Postgres', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let dataSource: DataSource;
  let app: TestingModule;
  let admissions: AdmissionsService;
  let decisions: AdmissionDecisionsService;
  let graduation: GraduationService;
  let dashboard: CohortDashboardQueries;
  const bases = { qingxiu: randomUUID(), nanning: randomUUID() };
  const cohorts = { spring: randomUUID(), city: randomUUID() };
  const staff = (baseId: string): RpcActor => ({
    userId: `staff-${baseId}`,
    roles: [Role.INCUBATION_STAFF],
    baseId,
  });

  beforeAll(async () => {
    scratch = await createScratchDatabase(testServerUrl(), 'cohort_dashboard');
    dataSource = await new DataSource(
      dataSourceOptions(INCUBATION_DATABASE, scratch.url, { poolSize: 8 }),
    ).initialize();
    await migrateSchema(dataSource);
    @Global()
    @Module({
      providers: [
        { provide: getDataSourceToken(), useValue: dataSource },
        AuditTrail,
        OutboxWriter,
        { provide: PersonalDataCipher, useValue: cipher },
      ],
      exports: [getDataSourceToken(), AuditTrail, OutboxWriter, PersonalDataCipher],
    })
    class Platform {}
    app = await Test.createTestingModule({
      imports: [Platform, AdmissionsModule, IncubateesModule, DashboardModule],
    }).compile();
    admissions = app.get(AdmissionsService);
    decisions = app.get(AdmissionDecisionsService);
    graduation = app.get(GraduationService);
    dashboard = app.get(CohortDashboardQueries);
    await base(bases.qingxiu, '青秀区社区社会组织孵化基地', 'COUNTY', '450103');
    await base(bases.nanning, '南宁市社会组织孵化基地', 'CITY', '450102');
    await cohort(cohorts.spring, bases.qingxiu, '2026 年春季孵化', 2);
    await cohort(cohorts.city, bases.nanning, '2026 年市级孵化', 5);
  });

  afterAll(async () => {
    await app?.close();
    await dataSource?.destroy();
    await scratch?.drop();
  });

  async function base(id: string, name: string, level: string, countyCode: string) {
    await dataSource.manager.insert(IncubationBase, {
      id,
      name,
      level: level as never,
      countyCode,
      address: '南宁市民族大道 100 号',
      contactName: '黄丽',
      contactPhone: '0771-5550000',
    });
  }

  async function cohort(id: string, baseId: string, name: string, capacity: number) {
    await dataSource.manager.insert(Cohort, {
      id,
      baseId,
      name,
      capacity,
      windowOpensOn: '2026-03-01',
      windowClosesOn: '2026-03-31',
      closedEarlyOn: null,
      startsOn: '2026-04-15',
      termMonths: 12,
      ruralReservePercent: 30,
      support: {
        spaceM2: 15,
        monthlyFeeFen: 50_000,
        feeWaivedPercent: 100,
        startupSubsidyFen: 2_000_000,
        trainingSessions: 6,
      },
      graduationCriteria: [{ kind: 'MANUAL', label: '建立财务管理制度' }],
      eligibleCategories: null,
      policyVersion: DEFAULT_INCUBATION_POLICY.version,
      policy: DEFAULT_INCUBATION_POLICY,
      decidedAt: null,
    });
  }

  /** An organization this service knows (its snapshot), and someone acting for it. */
  async function organization(streetCode: string, name: string): Promise<RpcActor> {
    const organizationId = randomUUID();
    const snapshot = {
      organizationId,
      version: 1,
      name,
      category: 'MUTUAL_AID',
      areaType: 'URBAN',
      countyCode: streetCode.slice(0, 6),
      streetCode,
      communityCode: `${streetCode}001`,
      tier: 'STREET_FILED',
      uscc: null,
      leaders: [],
      financialCustodian: null,
      takesGovernmentFunctions: false,
      founderBackground: null,
      graduatedFromIncubation: false,
      occurredAt: new Date().toISOString(),
    } as OrganizationSnapshotV1;
    await dataSource.transaction((manager) =>
      keepOrganizationSnapshot(snapshot, { manager }, cipher),
    );
    return { userId: `applicant-${name}`, roles: [Role.APPLICANT], organizationId };
  }

  const apply = (cohortId: string, actor: RpcActor) =>
    admissions.submit(
      {
        cohortId,
        kind: 'ORGANIZATION',
        servedGroups: ['CHILDREN'],
        plan: '为双职工家庭提供课后托管和作业辅导',
        contactName: '陈静',
        contactPhone: '13800000000',
      },
      actor,
      APPLYING,
    );
  /** Both tallies against the GROUP BY of the raw rows: by street, and rolled up by city. */
  const drift = async () => [
    ...(await tallyDrift(dataSource.manager, COHORT_TALLY, cohortTallySource('street_code'))),
    ...(await tallyDrift(dataSource.manager, COHORT_CITY_TALLY, cohortTallySource('city_code'))),
  ];
  const id: Record<string, string> = {};

  it('counts every application, organizations and founding groups, in the submitting transaction', async () => {
    id.a = (await apply(cohorts.spring, await organization('450103001', '新竹互助会'))).id;
    id.b = (await apply(cohorts.spring, await organization('450103002', '中山互助会'))).id;
    id.c = (await apply(cohorts.spring, await organization('450103001', '新竹睦邻会'))).id;
    // A county base takes its county's applicants only: 横州镇 is screened out (rejected, R16).
    const group = foundingGroupBody(cohorts.spring, { streetCode: '450127100' });
    id.d = (await admissions.submit(group, staff(bases.qingxiu), APPLYING)).id;
    id.e = (await apply(cohorts.city, await organization('450102001', '兴宁互助会'))).id;
    id.f = (await apply(cohorts.city, await organization('450202001', '城中互助会'))).id;
    expect(await drift()).toEqual([]);
    const view = await dashboard.cohorts({}, ADMIN);
    expect(view.totals).toMatchObject({ applied: 6, admitted: 0, active: 0 });
  });

  it("counts a cohort's decisions (admitted, waitlisted, rejected) in the deciding transaction", async () => {
    for (const [key, merit] of [
      ['a', 90],
      ['b', 80],
      ['c', 70],
      ['e', 85],
      ['f', 75],
    ] as const) {
      await decisions.assess(id[key], { merit }, ADMIN);
    }
    await decisions.decide(cohorts.spring, staff(bases.qingxiu), DECIDING);
    await decisions.decide(cohorts.city, staff(bases.nanning), DECIDING);
    expect(await drift()).toEqual([]);
    expect((await dashboard.cohorts({}, ADMIN)).totals).toMatchObject({
      applied: 6,
      admitted: 4, // a, b of two seats; e, f of five
      waitlisted: 1, // c
      rejected: 1, // the founding group from another county
      active: 4,
    });
  });

  it('moves an incubatee from active to graduated or exited in the leaving transaction', async () => {
    await graduation.graduate(id.a, { confirmed: ['建立财务管理制度'] }, ADMIN, LEAVING);
    await graduation.exit(id.f, { reason: '负责人迁居外地，团队解散' }, ADMIN, LEAVING);
    expect(await drift()).toEqual([]);
    const { totals } = await dashboard.cohorts({}, ADMIN);
    expect(totals).toMatchObject({ admitted: 4, active: 2, graduated: 1, exited: 1 });
    expect(totals.graduation).toMatchObject({ part: 1, whole: 4, text: '25%' });
  });

  it('drills down from the province to a street, by where applicants are', async () => {
    const province = await dashboard.cohorts({}, OFFICER);
    expect(province.years).toEqual([2026]);
    expect(province.children.map((c) => [c.code, c.level, c.applied])).toEqual([
      ['4501', 'CITY', 5],
      ['4502', 'CITY', 1],
    ]);
    expect(province.cohorts.map((c) => [c.cohortName, c.baseName, c.applied, c.admitted])).toEqual([
      ['2026 年市级孵化', '南宁市社会组织孵化基地', 2, 2],
      ['2026 年春季孵化', '青秀区社区社会组织孵化基地', 4, 2],
    ]);
    const city = await dashboard.cohorts({ areaCode: '4501' }, OFFICER);
    expect(city.children.map((c) => [c.code, c.applied])).toEqual([
      ['450102', 1],
      ['450103', 3],
      ['450127', 1],
    ]);
    const county = await dashboard.cohorts({ areaCode: '450103' }, OFFICER);
    expect(county.children.map((c) => [c.code, c.applied, c.admitted, c.graduated])).toEqual([
      ['450103001', 2, 1, 1],
      ['450103002', 1, 1, 0],
    ]);
    const street = await dashboard.cohorts({ areaCode: '450103001' }, OFFICER);
    expect(street).toMatchObject({ area: { code: '450103001', level: 'STREET' }, children: [] });
    expect(street.totals).toMatchObject({ applied: 2, admitted: 1, waitlisted: 1, graduated: 1 });
  });

  it('filters by the year cohorts start, and shows base staff their own base only', async () => {
    expect((await dashboard.cohorts({ year: 2025 }, OFFICER)).totals.applied).toBe(0);
    expect((await dashboard.cohorts({ year: 2026 }, OFFICER)).totals.applied).toBe(6);
    const own = await dashboard.cohorts({}, staff(bases.nanning));
    expect(own.cohorts.map((c) => c.cohortId)).toEqual([cohorts.city]);
    expect(own.totals).toMatchObject({ applied: 2, exited: 1 });
    await expect(
      dashboard.cohorts({}, { userId: 'x', roles: [Role.INCUBATION_STAFF] }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      dashboard.cohorts({}, { userId: 'x', roles: [Role.APPLICANT], organizationId: randomUUID() }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(dashboard.cohorts({ year: 1999 }, OFFICER)).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'year' })],
    });
  });

  it("the migration's backfill rebuilds the same tally from the rows, and the same answers", async () => {
    const before = await dashboard.cohorts({ areaCode: '4501' }, OFFICER);
    const province = await dashboard.cohorts({}, OFFICER);
    await dataSource.query('DELETE FROM incubation.cohort_tally');
    await dataSource.query('DELETE FROM incubation.cohort_city_tally');
    expect((await drift()).length).toBeGreaterThan(0);
    await dataSource.query(cohortTallyBackfill('cohort_tally'));
    await dataSource.query(cohortTallyBackfill('cohort_city_tally'));
    expect(await drift()).toEqual([]);
    expect(await dashboard.cohorts({ areaCode: '4501' }, OFFICER)).toEqual(before);
    expect(await dashboard.cohorts({}, OFFICER)).toEqual(province);
  });

  it('times each decision and a start-up subsidy paid in the timeliness tally (R16, R28), read by area', async () => {
    const times = () => tallyDrift(dataSource.manager, TIMELINESS_TALLY, TIMELINESS_SOURCE);
    expect(await times()).toEqual([]);
    // e (兴宁) admitted: its subsidy asked of finance, accepted and settled three days after applying.
    const application = await dataSource.query(
      `SELECT organization_id, submitted_at FROM incubation.admission_application WHERE id = $1`,
      [id.e],
    );
    const paidAt = new Date(application[0].submitted_at.getTime() + 3 * 86_400_000);
    const port = new IncubationFundingPort();
    const funding = new ProgrammeFunding(port, new OutboxWriter());
    const subsidy = dataSource.manager.create(StartupSubsidy, {
      id: randomUUID(),
      incubateeId: id.e,
      organizationId: application[0].organization_id,
      organizationName: '兴宁互助会',
      amountFen: 2_000_000,
      bankAccount: sealPayeeAccount(cipher, {
        accountName: '兴宁互助会',
        accountNumber: '6222020102009876543',
        bankName: '广西北部湾银行南宁分行',
      }),
      status: 'REQUESTED',
      commitmentState: 'REQUESTED',
      paymentState: 'NOT_REQUESTED',
      releasedFen: 0,
      statusReason: null,
      paymentId: randomUUID(),
      bankReference: null,
      paidAt: null,
      custodianName: null,
    });
    await dataSource.transaction(async (manager) => {
      await manager.insert(StartupSubsidy, subsidy);
      const ask = { fund: 'INCUBATION' as const, fiscalYear: 2026, reference: '孵化初创补贴' };
      await funding.requestCommitment(manager, port.fundingOf(subsidy), ask);
    });
    await dataSource.transaction((manager) =>
      funding.commitmentDecided(
        {
          commitmentId: subsidy.id,
          programme: 'incubation',
          status: 'ACCEPTED',
          amountFen: 2_000_000,
          paymentId: subsidy.paymentId!,
        },
        manager,
      ),
    );
    const settled = {
      paymentId: subsidy.paymentId!,
      commitmentId: subsidy.id,
      programme: 'incubation' as const,
      organizationId: subsidy.organizationId,
      amountFen: 2_000_000,
      settledAt: paidAt.toISOString(),
      bankReference: 'BR-TIME-1',
      paidTo: { kind: 'ORGANIZATION' as const, accountName: '兴宁互助会' },
    };
    for (let i = 0; i < 2; i++) {
      // A redelivered answer changes nothing: the kit takes the settlement once.
      await dataSource.transaction((manager) => funding.settled(settled, manager));
    }
    expect(await times()).toEqual([]);
    const histograms = (areaCode?: string) =>
      timelinessHistograms(
        dataSource.manager,
        TIMELINESS_TALLY,
        'incubation',
        areaCode ? { areaCode } : {},
        OFFICER,
      );
    const province = await histograms();
    expect(province.years).toEqual([beijingYearOf(new Date())]); // submitted today
    const decided = province.buckets.filter((b) => b.stage === 'DECISION');
    expect(decided.reduce((n, b) => n + b.count, 0)).toBe(6); // every applicant answered
    expect(province.buckets.filter((b) => b.stage === 'PAYMENT')).toEqual([
      { areaCode: '4501', stage: 'PAYMENT', days: 3, count: 1 },
    ]);
    const county = await histograms('450102');
    expect(county.buckets.map((b) => [b.areaCode, b.stage, b.count])).toEqual([
      ['450102001', 'DECISION', 1],
      ['450102001', 'PAYMENT', 1],
    ]);
    await expect(
      histograms().then(() =>
        timelinessHistograms(
          dataSource.manager,
          TIMELINESS_TALLY,
          'incubation',
          {},
          staff(bases.qingxiu),
        ),
      ),
    ).rejects.toMatchObject({ status: 403 });
    await dataSource.query('DELETE FROM incubation.timeliness_tally');
    await dataSource.query(TIMELINESS_BACKFILL);
    expect(await times()).toEqual([]);
  });
});
