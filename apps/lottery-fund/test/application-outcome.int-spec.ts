import type { RpcActor } from '@civic/contracts';
import { Role } from '@civic/domain/access';
import { dataSourceOptions } from '@civic/platform/database';
import { PersonalDataCipher, sealPayeeAccount, sealPhone } from '@civic/platform/pii';
import { startServiceUnderTest, type ServiceUnderTest, TEST_PII_KEY } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SubsidyApplication } from '../src/applications/entities/subsidy-application.entity';
import { LOTTERY_FUND_DATABASE } from '../src/database';
import { SubsidyProgramme } from '../src/programmes/entities/subsidy-programme.entity';

jest.setTimeout(120_000);

const CIPHER = new PersonalDataCipher(TEST_PII_KEY, 'k1');
const OFFICER: RpcActor = { userId: 'officer-1', roles: [Role.PROGRAMME_OFFICER] };
const YEAR = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
const PUBLIC_WELFARE = {
  code: 'PUBLIC_WELFARE',
  rule: 'R13',
  points: 10,
  message: 'public-welfare organization',
  messageZh: '公益慈善类组织',
};
const RURAL = {
  code: 'RURAL',
  rule: 'R13',
  points: 15,
  message: 'rural organization',
  messageZh: '农村社区社会组织',
};

/** Five applications to one programme: rural or not, asking what, assessed what, which bonus. */
const APPLICATIONS = {
  first: { rural: false, fen: 6_000_000, merit: 90, reasons: [PUBLIC_WELFARE] },
  second: { rural: false, fen: 4_000_000, merit: 80, reasons: [] },
  rural: { rural: true, fen: 3_000_000, merit: 60, reasons: [RURAL] },
  last: { rural: false, fen: 5_000_000, merit: 50, reasons: [] },
  unassessed: { rural: false, fen: 1_000_000, merit: null, reasons: [] },
} as const;
type Key = keyof typeof APPLICATIONS;

/**
 * What an organization is told about its own application (issue #18), the lottery-fund service a
 * real process over RPC on the real Postgres, the officer deciding through the same RPC: nothing
 * but that it is undecided until decided; then its rank of how many, merit, bonus with its reasons
 * (R13), and funded from the reserve or the pool (R14), or not funded and why (the rural reserve
 * used, R14; below the cut-off, R13) though the officer rejected it, or refused with its rule (an
 * officer's rejection before ranking, R20; finance's refusal, R27). Another's is unknown.
 */
describe('lottery-fund.applications.outcome (issue #18), on the real Postgres', () => {
  let lottery: ServiceUnderTest;
  let dataSource: DataSource;
  let programmeId: string;
  const ids = {} as Record<Key, string>;
  const orgs = {} as Record<Key, string>;

  beforeAll(async () => {
    lottery = await startServiceUnderTest('lottery-fund');
    dataSource = await new DataSource(
      dataSourceOptions(LOTTERY_FUND_DATABASE, lottery.databaseUrl, { poolSize: 2 }),
    ).initialize();
    // 100,000.00 yuan, 30 % (30,000.00) reserved for rural organizations (R14).
    programmeId = randomUUID();
    await dataSource.manager.insert(SubsidyProgramme, {
      id: programmeId,
      fiscalYear: YEAR,
      purpose: 'ELDERLY',
      name: `${YEAR} 年社区居家养老服务补助`,
      budgetFen: 10_000_000,
      ruralReservePercent: 30,
      createdBy: 'officer',
    });
    for (const key of Object.keys(APPLICATIONS) as Key[]) {
      orgs[key] = randomUUID();
      ids[key] = await application(key);
    }
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await lottery?.stop();
  });

  const applicant = (key: Key): RpcActor => ({
    userId: `applicant-${key}`,
    roles: [Role.APPLICANT],
    organizationId: orgs[key],
  });
  const outcome = (key: Key, id = ids[key]) =>
    lottery.rpc.call('lottery-fund.applications.outcome', { id }, applicant(key));
  const decide = (key: Key, how: 'approve' | 'reject', comment: string) =>
    lottery.rpc.call(
      `lottery-fund.applications.${how}`,
      { id: ids[key], decision: { comment } },
      OFFICER,
    );

  async function application(key: Key): Promise<string> {
    const a = APPLICATIONS[key];
    const id = randomUUID();
    const bonus = a.reasons.reduce((sum, r) => sum + r.points, 0);
    await dataSource.manager.insert(SubsidyApplication, {
      id,
      programmeId,
      organizationId: orgs[key],
      organizationName: `组织 ${key}`,
      organizationAreaType: a.rural ? 'RURAL' : 'URBAN',
      streetCode: '450103001',
      projectName: `项目 ${key}`,
      projectKey: `项目${key}`,
      projectAreaType: a.rural ? 'RURAL' : 'URBAN',
      beneficiaries: [{ group: 'ELDERLY', count: 40 }],
      budgetLines: [{ category: 'SERVICE_DELIVERY', description: '上门服务', amountFen: a.fen }],
      requestedFen: a.fen,
      contactName: '李红',
      contactPhone: sealPhone(CIPHER, '13800771234').cipher,
      contactPhoneMasked: '138****1234',
      bankAccount: sealPayeeAccount(CIPHER, {
        accountName: `组织 ${key}`,
        accountNumber: '6222020102003456789',
        bankName: '广西北部湾银行南宁分行',
      }),
      status: 'SUBMITTED',
      priorityBonus: bonus,
      priority: { bonus, policyVersion: 'test', reasons: [...a.reasons] },
      merit: a.merit,
      submittedBy: 'applicant',
    });
    return id;
  }

  it('rule R13: an undecided application is told only that it is not decided, with its own bonus reasons', async () => {
    const told = await outcome('first');
    expect(told).toEqual({
      id: ids.first,
      outcome: 'PENDING',
      reason: 'NOT_DECIDED',
      rule: 'R13',
      bonus: 10,
      reasons: [PUBLIC_WELFARE],
      message: expect.any(String),
      messageZh: '排名尚未确定；确定后即可查看名次与原因（规则 R13）',
    });
    expect(told).not.toHaveProperty('rank');
  });

  describe('once the officer decided each application', () => {
    beforeAll(async () => {
      // Unassessed, so outside the ranking: rejected first (approvals follow the whole ranking).
      await decide('unassessed', 'reject', '申报材料不全，不符合申报条件');
      await decide('first', 'approve', '排名第一，予以资助');
      await decide('rural', 'approve', '农村预留额度安排');
      await decide('second', 'reject', '按排名未获安排');
      await decide('last', 'reject', '按排名未获安排');
    });

    it('rule R13, rule R14: the approved first is FUNDED from the general pool, rank 1 of 4, with merit, rank score and reasons', async () => {
      expect(await outcome('first')).toEqual({
        id: ids.first,
        outcome: 'FUNDED',
        reason: 'FUNDED_FROM_GENERAL',
        rule: 'R14',
        rank: 1,
        ranked: 4,
        cutoffRank: 3,
        merit: 90,
        bonus: 10,
        rankScore: 99,
        reasons: [PUBLIC_WELFARE],
        comment: '排名第一，予以资助',
        message: 'rank 1 of 4: funded from the general pool (rule R14)',
        messageZh: '第 1 名（共 4 份）：从一般额度安排资助（规则 R14）',
      });
    });

    it('rule R14: the approved rural one is FUNDED from the rural reserve', async () => {
      expect(await outcome('rural')).toMatchObject({
        outcome: 'FUNDED',
        reason: 'FUNDED_FROM_RESERVE',
        rank: 3,
        rankScore: 69,
        reasons: [RURAL],
      });
    });

    it('rule R14: the rejected urban second is told why: the rural reserve went to the rural one ranked below it', async () => {
      const told = await outcome('second');
      expect(told).toMatchObject({
        outcome: 'NOT_FUNDED',
        reason: 'RESERVE_USED',
        rule: 'R14',
        rank: 2,
        ranked: 4,
        merit: 80,
        comment: '按排名未获安排',
      });
      expect(told.messageZh).toContain('剩余 10,000.00 元不足以安排申请的 40,000.00 元');
    });

    it('rule R13: the rejected fourth is told it ranks below the cut-off at rank 3', async () => {
      expect(await outcome('last')).toMatchObject({
        outcome: 'NOT_FUNDED',
        reason: 'BELOW_CUTOFF',
        rule: 'R13',
        rank: 4,
        cutoffRank: 3,
      });
    });

    it("rule R20: an application rejected before it was ranked is told the officer's refusal, with no rank", async () => {
      const told = await outcome('unassessed');
      expect(told).toEqual({
        id: ids.unassessed,
        outcome: 'REFUSED',
        reason: 'REFUSED',
        rule: 'R20',
        bonus: 0,
        reasons: [],
        comment: '申报材料不全，不符合申报条件',
        message: 'rejected by the programme officer: 申报材料不全，不符合申报条件',
        messageZh: '审核未通过：申报材料不全，不符合申报条件',
      });
    });

    it("tells nothing of another organization's application: unknown, as an id that does not exist; officers are refused", async () => {
      await expect(outcome('second', ids.first)).rejects.toMatchObject({ status: 404 });
      await expect(outcome('second', randomUUID())).rejects.toMatchObject({ status: 404 });
      await expect(
        lottery.rpc.call('lottery-fund.applications.outcome', { id: ids.first }, OFFICER),
      ).rejects.toMatchObject({ status: 403 });
      const text = JSON.stringify(await outcome('second'));
      for (const key of ['first', 'rural', 'last', 'unassessed'] as const) {
        expect(text).not.toContain(ids[key]);
        expect(text).not.toContain(`组织 ${key}`);
        expect(text).not.toContain(`项目 ${key}`);
      }
      expect(text).not.toContain('30,000.00'); // what the rural one asks
    });

    it("rule R27: an approval whose commitment finance refused is told as REFUSED with finance's rule", async () => {
      await dataSource.manager.update(SubsidyApplication, ids.first, {
        status: 'COMMITMENT_REFUSED',
        commitmentState: 'REFUSED',
        statusReason: {
          code: 'RULE_R27_BUDGET_EXCEEDED',
          message: "rule R27: the fund's budget is committed",
          messageZh: '规则 R27：该基金年度预算已全部承诺',
        },
      });
      expect(await outcome('first')).toMatchObject({
        outcome: 'REFUSED',
        reason: 'REFUSED',
        rule: 'R27',
        rank: 1,
        messageZh: '规则 R27：该基金年度预算已全部承诺',
      });
    });
  });
});
