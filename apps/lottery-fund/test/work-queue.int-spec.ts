import type { RpcActor, WorkItemView } from '@civic/contracts';
import { Role } from '@civic/domain/access';
import { dataSourceOptions } from '@civic/platform/database';
import { PersonalDataCipher, sealPayeeAccount, sealPhone } from '@civic/platform/pii';
import { startServiceUnderTest, type ServiceUnderTest, TEST_PII_KEY } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SubsidyApplication } from '../src/applications/entities/subsidy-application.entity';
import { LOTTERY_FUND_DATABASE } from '../src/database';
import { DisclosureNotice } from '../src/disclosure/entities/disclosure-notice.entity';
import { Objection } from '../src/disclosure/entities/objection.entity';
import { SubsidyProgramme } from '../src/programmes/entities/subsidy-programme.entity';

jest.setTimeout(120_000);

const CIPHER = new PersonalDataCipher(TEST_PII_KEY, 'k1');
const OFFICER: RpcActor = { userId: 'officer-1', roles: [Role.PROGRAMME_OFFICER] };
/** The year it is in China now, and the one before (whose annual report R23 asks for). */
const YEAR = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
const LAST_YEAR = YEAR - 1;

/**
 * The lottery fund's work queue (issue #18) over RPC, with the service a real process and its rows
 * real: the applications to assess and then decide by programme (R20), the objections to notices
 * still in force, and last year's annual report until it is published by 30 June (R23).
 */
describe('lottery-fund.work-queue (issue #18), the service over RPC on the real Postgres', () => {
  let lottery: ServiceUnderTest;
  let dataSource: DataSource;
  let programmeId: string;

  beforeAll(async () => {
    lottery = await startServiceUnderTest('lottery-fund');
    dataSource = await new DataSource(
      dataSourceOptions(LOTTERY_FUND_DATABASE, lottery.databaseUrl, { poolSize: 2 }),
    ).initialize();
    programmeId = await programme(YEAR, `${YEAR} 年社区居家养老服务补助`);
    await programme(LAST_YEAR, `${LAST_YEAR} 年困难群众帮扶补助`);
    await application(null, 'SUBMITTED', 3);
    await application(null, 'SUBMITTED', 2);
    await application(72, 'SUBMITTED', 1);
    await application(80, 'APPROVED', 5);
    // A notice in force with two objections; a corrected one whose objection was answered so.
    const inForce = await notice(YEAR, null);
    const corrected = await notice(YEAR, null);
    await notice(YEAR, corrected);
    await objection(inForce, 4);
    await objection(inForce, 1);
    await objection(corrected, 6);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await lottery?.stop();
  });

  const work = (actor: RpcActor) => lottery.rpc.call('lottery-fund.work-queue', {}, actor);
  const byKind = (items: WorkItemView[], kind: string) => items.filter((i) => i.kind === kind);
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

  async function programme(fiscalYear: number, name: string): Promise<string> {
    const id = randomUUID();
    await dataSource.manager.insert(SubsidyProgramme, {
      id,
      fiscalYear,
      purpose: 'ELDERLY',
      name,
      budgetFen: 100_000_000,
      ruralReservePercent: 30,
      createdBy: 'officer',
    });
    return id;
  }

  async function application(merit: number | null, status: 'SUBMITTED' | 'APPROVED', age: number) {
    const id = randomUUID();
    await dataSource.manager.insert(SubsidyApplication, {
      id,
      programmeId,
      organizationId: randomUUID(),
      organizationName: '新竹社区夕阳红志愿服务队',
      organizationAreaType: 'URBAN',
      streetCode: '450103001',
      projectName: `居家养老探访 ${id.slice(0, 4)}`,
      projectKey: `居家养老探访${id}`,
      projectAreaType: 'URBAN',
      beneficiaries: [],
      budgetLines: [],
      requestedFen: 2_000_000,
      contactName: '李红',
      contactPhone: sealPhone(CIPHER, '13800771234').cipher,
      contactPhoneMasked: '138****1234',
      bankAccount: sealPayeeAccount(CIPHER, {
        accountName: '新竹社区夕阳红志愿服务队',
        accountNumber: '6222020102003456789',
        bankName: '广西北部湾银行南宁分行',
      }),
      status,
      priorityBonus: 0,
      priority: { bonus: 0, policyVersion: 'test', reasons: [] },
      merit,
      submittedBy: 'applicant',
      submittedAt: daysAgo(age),
    });
  }

  async function notice(fiscalYear: number, corrects: string | null): Promise<string> {
    const id = randomUUID();
    await dataSource.manager.insert(DisclosureNotice, {
      id,
      kind: 'PUBLICITY',
      fiscalYear,
      applicationId: null,
      title: '福利彩票公益金资助项目公示',
      content: {
        projectName: '“银龄互助”居家养老探访服务',
        unit: '新竹社区夕阳红志愿服务队',
        amountFen: 2_000_000,
        contactName: '李红',
        contactPhone: '0771-5551235',
      } as DisclosureNotice['content'],
      publishedAt: daysAgo(10),
      corrects,
      correctionReason: corrects ? '金额更正' : null,
      objectionsUntil: daysAgo(3),
    });
    return id;
  }

  async function objection(noticeId: string, age: number) {
    await dataSource.manager.insert(Objection, {
      id: randomUUID(),
      noticeId,
      name: '王先生',
      contact: sealPhone(CIPHER, '13900771234').cipher,
      content: '该项目负责人与评审人员存在亲属关系',
      receivedAt: daysAgo(age),
    });
  }

  it('rule R20: shows officers the submitted applications to assess and, once assessed, to decide, by programme, oldest first', async () => {
    const items = await work(OFFICER);
    const link = `/lottery/review?programme=${programmeId}`;
    expect(byKind(items, 'lottery-fund.applications-to-assess')).toEqual([
      {
        kind: 'lottery-fund.applications-to-assess',
        count: 2,
        oldestAt: expect.any(String),
        link,
        programme: `${YEAR} 年社区居家养老服务补助`,
      },
    ]);
    const [assess] = byKind(items, 'lottery-fund.applications-to-assess');
    expect(Date.now() - Date.parse(assess.oldestAt!)).toBeGreaterThan(2.9 * 86_400_000);
    expect(byKind(items, 'lottery-fund.applications-to-decide')).toEqual([
      expect.objectContaining({ count: 1, link }),
    ]);
  });

  it('rule R23: shows the objections to notices still in force, not those answered by a correction', async () => {
    expect(byKind(await work(OFFICER), 'lottery-fund.objections-to-answer')).toEqual([
      expect.objectContaining({
        count: 2,
        link: `/lottery/notices?year=${YEAR}`,
        programme: String(YEAR),
      }),
    ]);
  });

  it('rule R23: asks for last year’s annual report by 30 June (Beijing time) until it is published', async () => {
    expect(byKind(await work(OFFICER), 'lottery-fund.annual-report-due')).toEqual([
      {
        kind: 'lottery-fund.annual-report-due',
        count: 1,
        deadline: `${YEAR}-06-30T15:59:59.999Z`,
        link: '/lottery/review',
        programme: String(LAST_YEAR),
      },
    ]);
    await dataSource.manager.insert(DisclosureNotice, {
      id: randomUUID(),
      kind: 'ANNUAL_REPORT',
      fiscalYear: LAST_YEAR,
      applicationId: null,
      title: `${LAST_YEAR} 年度福利彩票公益金使用情况公告`,
      content: {} as DisclosureNotice['content'],
      publishedAt: new Date(),
      corrects: null,
      correctionReason: null,
      objectionsUntil: null,
    });
    expect(byKind(await work(OFFICER), 'lottery-fund.annual-report-due')).toEqual([]);
  });

  it('shows an applicant nothing (the fund keeps no drafts and returns nothing for correction), nor a reviewer', async () => {
    const applicant = { userId: 'a-1', roles: [Role.APPLICANT], organizationId: randomUUID() };
    expect(await work(applicant)).toEqual([]);
    expect(await work({ userId: 'r-1', roles: [Role.REVIEWER] })).toEqual([]);
  });
});
