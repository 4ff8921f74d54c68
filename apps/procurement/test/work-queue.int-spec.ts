import type { RpcActor, WorkItemView } from '@civic/contracts';
import { Role } from '@civic/domain/access';
import type { ProjectStatus } from '@civic/domain/procurement';
import { dataSourceOptions } from '@civic/platform/database';
import { PersonalDataCipher, sealPayeeAccount } from '@civic/platform/pii';
import {
  beijingDate,
  startServiceUnderTest,
  type ServiceUnderTest,
  TEST_PII_KEY,
} from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ContractReport } from '../src/contracts/contract-report.entity';
import { ContractYear } from '../src/contracts/contract-year.entity';
import { Contract } from '../src/contracts/contract.entity';
import { PROCUREMENT_DATABASE } from '../src/database';
import { DirectoryEntry } from '../src/directory/directory-entry.entity';
import { Objection } from '../src/evaluation/objection.entity';
import { PanelMember } from '../src/evaluation/panel-member.entity';
import { ScoreSheet } from '../src/evaluation/score-sheet.entity';
import { Bid } from '../src/projects/bid.entity';
import { PurchaseProject } from '../src/projects/purchase-project.entity';

jest.setTimeout(120_000);

const DAY = 86_400_000;
const OFFICER: RpcActor = { userId: 'officer-1', roles: [Role.PROGRAMME_OFFICER] };
const EXPERT: RpcActor = { userId: randomUUID(), roles: [Role.REVIEWER] };
const OTHER_EXPERT: RpcActor = { userId: randomUUID(), roles: [Role.REVIEWER] };

/**
 * Government purchase's work queue (issue #18) over RPC, with the service a real process and its
 * rows real: the officers' directory applications (R24), projects to open and to draw a panel for,
 * objections to answer, contracts to sign and final evaluations due (R25); a panel member's bids
 * to score (R18); an undertaker's final reports due by the contract year's end (R25).
 */
describe('procurement.work-queue (issue #18), the service over RPC on the real Postgres', () => {
  let procurement: ServiceUnderTest;
  let dataSource: DataSource;
  const ids = {} as Record<'objected' | 'org' | 'ownContract' | 'ownYear', string>;

  beforeAll(async () => {
    procurement = await startServiceUnderTest('procurement');
    dataSource = await new DataSource(
      dataSourceOptions(PROCUREMENT_DATABASE, procurement.databaseUrl, { poolSize: 2 }),
    ).initialize();
    for (const status of ['PENDING', 'PENDING', 'LISTED'] as const) await entry(status);
    await project('ANNOUNCED', { bidDeadline: new Date(Date.now() - DAY) });
    await project('ANNOUNCED', { bidDeadline: new Date(Date.now() + DAY) }); // still bidding
    await project('BIDDING_CLOSED');
    const evaluating = await project('EVALUATING');
    const [first, second] = [await bid(evaluating), await bid(evaluating)];
    await member(evaluating, EXPERT, [first]);
    await member(evaluating, OTHER_EXPERT, [first, second]);
    await project('AWARDED', { objectionDeadline: new Date(Date.now() - DAY) }); // to sign
    await project('AWARDED', { objectionDeadline: new Date(Date.now() + DAY) }); // window open
    ids.objected = await project('AWARDED', { objectionDeadline: new Date(Date.now() - DAY) });
    await objection(ids.objected, 'OPEN');
    await objection(ids.objected, 'DISMISSED');
    ids.org = randomUUID();
    [ids.ownContract, ids.ownYear] = await contract(ids.org, beijingDate(30));
    await contract(randomUUID(), beijingDate(-1)); // its year ended: the final evaluation is due
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await procurement?.stop();
  });

  const work = (actor: RpcActor) => procurement.rpc.call('procurement.work-queue', {}, actor);
  const byKind = (items: WorkItemView[], kind: string) => items.filter((i) => i.kind === kind);
  const cipher = new PersonalDataCipher(TEST_PII_KEY, 'k1');

  async function entry(status: 'PENDING' | 'LISTED') {
    await dataSource.manager.insert(DirectoryEntry, {
      id: randomUUID(),
      kind: 'SOCIAL_ORGANIZATION',
      name: `邻里互助服务中心 ${randomUUID().slice(0, 4)}`,
      organizationId: randomUUID(),
      creditCode: null,
      residentIdSealed: null,
      residentIdHash: null,
      residentIdMasked: null,
      serviceAreas: ['450103'],
      serviceCategories: ['ELDERCARE'],
      contactName: '李红',
      contactPhone: 'sealed',
      contactPhoneMasked: '138****1234',
      status,
      statusReason: null,
      decidedBy: null,
      decidedAt: null,
      listedAt: status === 'LISTED' ? new Date() : null,
      appliedBy: 'applicant',
    });
  }

  async function project(status: ProjectStatus, dates: Partial<PurchaseProject> = {}) {
    const id = randomUUID();
    await dataSource.manager.insert(PurchaseProject, {
      id,
      catalogueItemId: randomUUID(),
      regionCode: '450103',
      fiscalYear: 2026,
      title: `社区居家养老上门服务 ${id.slice(0, 4)}`,
      description: '为辖区高龄独居老人提供每周两次上门探访',
      budgetFen: 30_000_000,
      method: 'PUBLIC_TENDER',
      methodJustification: null,
      contractMonths: 12,
      criteria: [],
      status,
      policyVersion: 'test',
      announcedAt: new Date(Date.now() - 20 * DAY),
      bidDeadline: new Date(Date.now() - 5 * DAY),
      createdBy: 'officer',
      ...dates,
    });
    return id;
  }

  async function bid(projectId: string) {
    const id = randomUUID();
    await dataSource.manager.insert(Bid, {
      id,
      projectId,
      entryId: randomUUID(),
      undertakerName: '青秀区邻里互助服务中心',
      undertakerKind: 'SOCIAL_ORGANIZATION',
      priceFen: 28_000_000,
      proposal: '组建 12 人服务队，每周两次上门',
      status: 'SUBMITTED',
      submittedAt: new Date(Date.now() - 6 * DAY),
      submittedBy: 'applicant',
    });
    return id;
  }

  async function member(projectId: string, expert: RpcActor, scored: string[]) {
    await dataSource.manager.insert(PanelMember, {
      projectId,
      expertId: expert.userId,
      userId: expert.userId,
      name: '周专家',
    });
    for (const bidId of scored) {
      await dataSource.manager.insert(ScoreSheet, {
        bidId,
        expertId: expert.userId,
        projectId,
        scores: { quality: 80 },
      });
    }
  }

  async function objection(projectId: string, status: 'OPEN' | 'DISMISSED') {
    await dataSource.manager.insert(Objection, {
      id: randomUUID(),
      projectId,
      bidId: randomUUID(),
      text: '中标人的服务方案与招标要求不符',
      status,
      answer: status === 'OPEN' ? null : '经核查，方案符合要求',
      raisedBy: 'applicant',
    });
  }

  /** A contract in force with its first year committed, ending on `endsOn`; its and the year's ids. */
  async function contract(organizationId: string, endsOn: string): Promise<[string, string]> {
    const [id, yearId] = [randomUUID(), randomUUID()];
    await dataSource.manager.insert(Contract, {
      id,
      projectId: randomUUID(),
      bidId: randomUUID(),
      entryId: randomUUID(),
      organizationId,
      payeeId: organizationId,
      undertakerName: '青秀区邻里互助服务中心',
      undertakerKind: 'SOCIAL_ORGANIZATION',
      title: '社区居家养老上门服务',
      amountFen: 28_000_000,
      startDate: '2026-01-01',
      endDate: endsOn,
      months: 12,
      fiscalYear: 2026,
      schedule: [],
      indicators: [],
      bankAccount: sealPayeeAccount(cipher, {
        accountName: '青秀区邻里互助服务中心',
        accountNumber: '6222020102003456789',
        bankName: '广西北部湾银行南宁分行',
      }),
      status: 'IN_FORCE',
      policyVersion: 'test',
      signedBy: 'officer',
      signedAt: new Date('2026-01-01T02:00:00Z'),
    });
    await dataSource.manager.insert(ContractYear, {
      id: yearId,
      contractId: id,
      year: 1,
      fiscalYear: 2026,
      startsOn: '2026-01-01',
      endsOn,
      months: 12,
      amountFen: 28_000_000,
      commitmentState: 'COMMITTED',
      renewedBy: 'officer',
      renewedAt: new Date('2026-01-01T02:00:00Z'),
    });
    return [id, yearId];
  }

  it('rules R24, R25: shows officers the directory applications, the projects to open and to draw a panel for, and the contract to sign', async () => {
    const items = await work(OFFICER);
    const one = (kind: string) => byKind(items, kind).map((i) => [i.count, i.link]);
    expect(one('procurement.directory-to-decide')).toEqual([
      [2, '/procurement/directory?status=PENDING'],
    ]);
    expect(one('procurement.bidding-to-close')).toEqual([
      [1, '/procurement/projects?status=ANNOUNCED'],
    ]);
    expect(one('procurement.panels-to-draw')).toEqual([
      [1, '/procurement/projects?status=BIDDING_CLOSED'],
    ]);
    // Not the project with an objection open (no contract while one is), nor one in its window.
    expect(one('procurement.contracts-to-sign')).toEqual([
      [1, '/procurement/projects?status=AWARDED'],
    ]);
  });

  it('rule R25: shows officers the open objection by its project', async () => {
    expect(byKind(await work(OFFICER), 'procurement.objections-to-answer')).toEqual([
      expect.objectContaining({
        count: 1,
        link: `/procurement/projects/${ids.objected}?tab=objections`,
        programme: expect.stringContaining('社区居家养老上门服务'),
      }),
    ]);
  });

  it('rules R18, R25: shows a panel member the bids they have not scored yet', async () => {
    expect(await work(EXPERT)).toEqual([
      expect.objectContaining({
        kind: 'procurement.bids-to-score',
        count: 1,
        link: '/procurement/panel',
      }),
    ]);
    expect(await work(OTHER_EXPERT)).toEqual([]);
  });

  it('rule R25: asks the undertaker for its final report by the year’s end, and the officers for the final evaluation once the year ended or the report is in', async () => {
    const undertaker = { userId: 'a-1', roles: [Role.APPLICANT], organizationId: ids.org };
    const [year] = await dataSource.manager.findBy(ContractYear, { id: ids.ownYear });
    expect(await work(undertaker)).toEqual([
      {
        kind: 'procurement.reports-due',
        count: 1,
        deadline: new Date(`${year.endsOn}T23:59:59.999+08:00`).toISOString(),
        link: `/procurement/undertaker/contracts/${ids.ownContract}`,
        programme: '社区居家养老上门服务',
      },
    ]);
    const due = () => work(OFFICER).then((items) => byKind(items, 'procurement.evaluations-due'));
    expect((await due()).map((i) => [i.count, i.link])).toEqual([
      [1, '/procurement/contracts?status=IN_FORCE'],
    ]);
    await dataSource.manager.insert(ContractReport, {
      id: randomUUID(),
      contractId: ids.ownContract,
      yearId: ids.ownYear,
      year: 1,
      kind: 'FINAL',
      periodFrom: '2026-01-01',
      periodTo: beijingDate(),
      summary: '全年上门探访 1,040 人次',
      figures: [],
      submittedBy: '李红',
    });
    expect(await work(undertaker)).toEqual([]);
    expect((await due()).map((i) => i.count)).toEqual([2]);
  });
});
