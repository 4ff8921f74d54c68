import type { RpcActor, WorkItemView } from '@civic/contracts';
import { Role } from '@civic/domain/access';
import { DEFAULT_INCUBATION_POLICY } from '@civic/domain/incubation';
import { dataSourceOptions } from '@civic/platform/database';
import { beijingDate, startServiceUnderTest, type ServiceUnderTest } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AdmissionApplication } from '../src/admissions/admission.entity';
import { IncubationBase } from '../src/bases/base.entity';
import { Cohort } from '../src/cohorts/cohort.entity';
import { INCUBATION_DATABASE } from '../src/database';
import { Incubatee } from '../src/incubatees/incubatee.entity';

jest.setTimeout(120_000);

/**
 * Incubation's work queue (issue #18) over RPC, with the service a real process and its rows real:
 * the applications to answer within 5 working days of the window closing by the working calendar
 * (rule R16), for the base's own staff; the space leavers must hand back within 15, for the staff
 * and for the organization itself.
 */
describe('incubation.work-queue (issue #18), the service over RPC on the real Postgres', () => {
  let incubation: ServiceUnderTest;
  let dataSource: DataSource;
  const ids = {} as Record<'baseA' | 'baseB' | 'closed' | 'early' | 'other' | 'org', string>;

  beforeAll(async () => {
    incubation = await startServiceUnderTest('incubation');
    dataSource = await new DataSource(
      dataSourceOptions(INCUBATION_DATABASE, incubation.databaseUrl, { poolSize: 2 }),
    ).initialize();
    ids.baseA = await base('青秀区社区社会组织孵化基地');
    ids.baseB = await base('兴宁区社区社会组织孵化基地');
    ids.org = randomUUID();
    // Closed on Tuesday 29 September 2026: with the National Day holiday (1–7 October) and the
    // make-up working Saturday of 10 October, the fifth working day after it is 12 October.
    ids.closed = await cohort(ids.baseA, { windowClosesOn: '2026-09-29' });
    await admissions(ids.closed, 2);
    ids.early = await cohort(ids.baseA, {
      windowClosesOn: beijingDate(20),
      closedEarlyOn: beijingDate(-1),
    });
    await admissions(ids.early, 1);
    await admissions(await cohort(ids.baseA, { windowClosesOn: beijingDate(20) }), 3); // open
    await admissions(
      await cohort(ids.baseA, { windowClosesOn: '2026-09-29', decidedAt: new Date() }),
      1,
    );
    ids.other = await cohort(ids.baseB, { windowClosesOn: '2026-09-29' });
    await admissions(ids.other, 4);
    await incubatee(ids.closed, ids.baseA, ids.org, { spaceReturnDue: '2026-12-20' });
    await incubatee(ids.closed, ids.baseA, randomUUID(), {
      spaceReturnDue: '2026-11-20',
      spaceReturnedOn: '2026-11-18',
    });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await incubation?.stop();
  });

  const work = (actor: RpcActor) => incubation.rpc.call('incubation.work-queue', {}, actor);
  const byKind = (items: WorkItemView[], kind: string) => items.filter((i) => i.kind === kind);
  const staff = (baseId?: string): RpcActor => ({
    userId: 'staff-1',
    roles: [Role.INCUBATION_STAFF],
    ...(baseId ? { baseId } : {}),
  });

  async function base(name: string): Promise<string> {
    const id = randomUUID();
    await dataSource.manager.insert(IncubationBase, {
      id,
      name,
      level: 'COUNTY',
      countyCode: '450103',
      address: '南宁市青秀区民族大道 100 号',
      contactName: '黄丽',
      contactPhone: '0771-5550000',
    });
    return id;
  }

  async function cohort(baseId: string, dates: Partial<Cohort>): Promise<string> {
    const id = randomUUID();
    await dataSource.manager.insert(Cohort, {
      id,
      baseId,
      name: `2026 年第 ${id.slice(0, 2)} 期孵化`,
      capacity: 10,
      windowOpensOn: '2026-09-01',
      windowClosesOn: '2026-09-29',
      closedEarlyOn: null,
      startsOn: '2027-01-15',
      termMonths: 12,
      ruralReservePercent: 30,
      support: {
        spaceM2: 15,
        monthlyFeeFen: 50_000,
        feeWaivedPercent: 100,
        startupSubsidyFen: 2_000_000,
        trainingSessions: 6,
      },
      graduationCriteria: [{ kind: 'MIN_MONTHS', months: 6 }],
      eligibleCategories: null,
      policyVersion: DEFAULT_INCUBATION_POLICY.version,
      policy: DEFAULT_INCUBATION_POLICY,
      decidedAt: null,
      ...dates,
    });
    return id;
  }

  async function admissions(cohortId: string, count: number) {
    for (let i = 0; i < count; i++) {
      await dataSource.manager.insert(AdmissionApplication, {
        id: randomUUID(),
        cohortId,
        kind: 'FOUNDING_GROUP',
        organizationId: null,
        name: `邻里互助筹备组 ${i + 1}`,
        founders: 5,
        category: 'MUTUAL_AID',
        areaType: 'URBAN',
        countyCode: '450103',
        streetCode: '450103001',
        founderBackground: null,
        servedGroups: ['CHILDREN'],
        plan: '为双职工家庭提供课后托管和作业辅导',
        contactName: '陈静',
        contactPhone: 'sealed',
        contactPhoneMasked: '138****0000',
        priority: { bonus: 0, policyVersion: 'test', reasons: [] },
        priorityBonus: 0,
        screening: { eligible: true, reasons: [] },
        merit: null,
        status: 'SUBMITTED',
        decision: null,
        submittedBy: 'applicant',
      });
    }
  }

  async function incubatee(
    cohortId: string,
    baseId: string,
    organizationId: string,
    space: Partial<Incubatee>,
  ) {
    await dataSource.manager.insert(Incubatee, {
      id: randomUUID(),
      cohortId,
      baseId,
      organizationId,
      name: '新竹社区夕阳红志愿服务队',
      admittedAt: new Date('2025-10-15T02:00:00Z'),
      status: 'EXITED',
      exitedOn: '2026-11-25',
      exitReason: '自行退出',
      graduation: null,
      spaceReturnedOn: null,
      ...space,
    });
  }

  it('rule R16: shows a base’s staff its closed cohorts’ applications to answer, due 5 working days after the window closed by the holiday calendar; not an open, decided or other base’s cohort', async () => {
    const items = byKind(await work(staff(ids.baseA)), 'incubation.admissions-to-answer');
    expect(items.map((i) => [i.link, i.count]).sort()).toEqual(
      [
        [`/incubation/cohorts/${ids.closed}?tab=admissions`, 2],
        [`/incubation/cohorts/${ids.early}?tab=admissions`, 1],
      ].sort(),
    );
    const closed = items.find((i) => i.link.includes(ids.closed))!;
    expect(closed.deadline).toBe('2026-10-12T15:59:59.999Z'); // the end of 12 October, UTC+8
  });

  it('rule R16: an administrator answers for every base; staff without their base see nothing (fail closed)', async () => {
    const admin = byKind(
      await work({ userId: 'admin-1', roles: [Role.ADMINISTRATOR] }),
      'incubation.admissions-to-answer',
    );
    expect(admin.map((i) => i.count).sort()).toEqual([1, 2, 4]);
    expect(await work(staff())).toEqual([]);
    expect(await work({ userId: 'officer-1', roles: [Role.PROGRAMME_OFFICER] })).toEqual([]);
  });

  it('rule R16: shows the space still out to the base’s staff and to the organization that must hand it back, by its due day', async () => {
    const due = {
      count: 1,
      deadline: '2026-12-20T15:59:59.999Z',
      programme: expect.any(String),
    };
    expect(byKind(await work(staff(ids.baseA)), 'incubation.spaces-due-back')).toEqual([
      {
        kind: 'incubation.spaces-due-back',
        link: `/incubation/cohorts/${ids.closed}?tab=incubatees`,
        ...due,
      },
    ]);
    expect(byKind(await work(staff(ids.baseB)), 'incubation.spaces-due-back')).toEqual([]);
    const applicant = { userId: 'a-1', roles: [Role.APPLICANT], organizationId: ids.org };
    expect(await work(applicant)).toEqual([
      { kind: 'incubation.space-to-hand-back', link: '/incubation/applications', ...due },
    ]);
  });
});
