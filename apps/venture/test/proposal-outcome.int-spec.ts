import type { RpcActor } from '@civic/contracts';
import { Role } from '@civic/domain/access';
import { dataSourceOptions } from '@civic/platform/database';
import { sealPayeeAccount, sealPhone } from '@civic/platform/pii';
import { startServiceUnderTest, type ServiceUnderTest } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Award } from '../src/awards/award.entity';
import { VentureCall } from '../src/calls/call.entity';
import { VENTURE_DATABASE } from '../src/database';
import { Proposal } from '../src/proposals/proposal.entity';
import { ReviewAssignment } from '../src/reviews/assignment.entity';
import { Reviewer } from '../src/reviews/reviewer.entity';
import { BANK_ACCOUNT, CIPHER, closedCall } from './funding.fixture';

jest.setTimeout(120_000);

const REVIEWER = randomUUID();
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

/** Four proposals of one call: who, rural or not, asking what, scored what, with which bonus. */
const PROPOSALS = {
  first: { rural: false, fen: 10_000_000, score: 9, reasons: [PUBLIC_WELFARE] },
  second: { rural: false, fen: 10_000_000, score: 8, reasons: [] },
  rural: { rural: true, fen: 5_000_000, score: 5, reasons: [RURAL] },
  last: { rural: false, fen: 8_000_000, score: 4, reasons: [] },
} as const;
type Key = keyof typeof PROPOSALS;

/**
 * What an organization is told about its own proposal (issue #18), the venture service a real
 * process over RPC on the real Postgres: nothing but that the ranking is not decided until the
 * call's first award (R19); then its rank of four, merit, bonus with its reasons (R13), and funded
 * (R14), to be funded, or not funded and why: the rural reserve used (R14) or below the cut-off
 * (R13); refused by finance with its rule (R27). Another organization's proposal is unknown.
 */
describe('venture.proposals.outcome (issue #18), on the real Postgres', () => {
  let venture: ServiceUnderTest;
  let dataSource: DataSource;
  let callId: string;
  const ids = {} as Record<Key, string>;
  const orgs = {} as Record<Key, string>;

  beforeAll(async () => {
    venture = await startServiceUnderTest('venture');
    dataSource = await new DataSource(
      dataSourceOptions(VENTURE_DATABASE, venture.databaseUrl, { poolSize: 2 }),
    ).initialize();
    // 200,000.00 yuan, 30 % (60,000.00) reserved for rural organizations (R14).
    callId = await closedCall(dataSource);
    await dataSource.manager.update(VentureCall, callId, {
      budgetFen: 20_000_000,
      drawnAt: new Date(),
      drawSeed: 7,
    });
    await dataSource.manager.insert(Reviewer, {
      id: REVIEWER,
      userId: REVIEWER,
      name: '周专家',
      fields: ['eldercare'],
      relations: [],
      active: true,
    });
    for (const key of Object.keys(PROPOSALS) as Key[]) {
      orgs[key] = randomUUID();
      ids[key] = await proposal(key);
    }
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await venture?.stop();
  });

  const applicant = (key: Key): RpcActor => ({
    userId: `applicant-${key}`,
    roles: [Role.APPLICANT],
    organizationId: orgs[key],
  });
  const outcome = (key: Key, id = ids[key]) =>
    venture.rpc.call('venture.proposals.outcome', { id }, applicant(key));

  async function proposal(key: Key): Promise<string> {
    const p = PROPOSALS[key];
    const id = randomUUID();
    const bonus = p.reasons.reduce((sum, r) => sum + r.points, 0);
    await dataSource.manager.insert(Proposal, {
      id,
      callId,
      organizationId: orgs[key],
      organizationName: `组织 ${key}`,
      organizationAreaType: p.rural ? 'RURAL' : 'URBAN',
      title: `项目 ${key}`,
      summary: '组织低龄老人结对探访高龄独居老人',
      projectAreaType: p.rural ? 'RURAL' : 'URBAN',
      servedGroups: ['ELDERLY'],
      budgetLines: [{ description: '探访物资与交通补贴', amountFen: p.fen }],
      requestedFen: p.fen,
      contactName: '李红',
      contactPhone: sealPhone(CIPHER, '13800771234').cipher,
      contactPhoneMasked: '138****1234',
      bankAccount: sealPayeeAccount(CIPHER, BANK_ACCOUNT),
      status: 'SUBMITTED',
      priority: { bonus, policyVersion: 'test', reasons: [...p.reasons] },
      priorityBonus: bonus,
      submittedAt: new Date(Date.now() - 3 * 86_400_000),
      createdBy: 'applicant',
    });
    await dataSource.manager.insert(ReviewAssignment, {
      proposalId: id,
      callId,
      reviewerId: REVIEWER,
      scores: { need: p.score, design: p.score, budget: p.score },
      comment: null,
      scoredAt: new Date(),
    });
    return id;
  }

  it('rule R19: before the first award tells the applicant only that the ranking is not decided, with its own bonus reasons', async () => {
    const told = await outcome('second');
    expect(told).toEqual({
      id: ids.second,
      outcome: 'PENDING',
      reason: 'NOT_DECIDED',
      rule: 'R13',
      bonus: 0,
      reasons: [],
      message: expect.any(String),
      messageZh: '排名尚未确定；确定后即可查看名次与原因（规则 R13）',
    });
    expect(told).not.toHaveProperty('rank');
    expect(told).not.toHaveProperty('merit');
  });

  describe('once the first award is made', () => {
    beforeAll(async () => {
      // The officer awards the first-ranked proposal (as AwardsService.award leaves it).
      await dataSource.manager.update(Proposal, ids.first, { status: 'AWARDED' });
      await dataSource.manager.insert(Award, {
        id: ids.first,
        callId,
        organizationId: orgs.first,
        amountFen: PROPOSALS.first.fen,
        source: 'GENERAL',
        rank: 1,
        comment: '排名第一，予以资助',
        decidedBy: 'officer',
        status: 'COMMITTED',
        statusReason: null,
        releasedFen: 0,
        clawbacks: [],
      });
    });

    it('rule R13, rule R14: the awarded one is FUNDED from the general pool, rank 1 of 4, with merit, rank score and its reasons', async () => {
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

    it('rule R14: the urban second is NOT_FUNDED because the rural reserve went to the rural third', async () => {
      const told = await outcome('second');
      expect(told).toMatchObject({
        outcome: 'NOT_FUNDED',
        reason: 'RESERVE_USED',
        rule: 'R14',
        rank: 2,
        ranked: 4,
        cutoffRank: 3,
        merit: 80,
        bonus: 0,
        rankScore: 80,
      });
      expect(told.messageZh).toContain(
        '第 2 名（共 4 份）：未获资助；部分预算预留给农村社区社会组织',
      );
    });

    it('rule R14: the rural third is TO_BE_FUNDED from the reserve, its award still to be made', async () => {
      expect(await outcome('rural')).toMatchObject({
        outcome: 'TO_BE_FUNDED',
        reason: 'FUNDED_FROM_RESERVE',
        rank: 3,
        merit: 50,
        bonus: 15,
        rankScore: 57.5,
        reasons: [RURAL],
      });
    });

    it('rule R13: the fourth is NOT_FUNDED below the cut-off at rank 3', async () => {
      expect(await outcome('last')).toMatchObject({
        outcome: 'NOT_FUNDED',
        reason: 'BELOW_CUTOFF',
        rule: 'R13',
        rank: 4,
        ranked: 4,
        cutoffRank: 3,
        messageZh:
          '第 4 名（共 4 份）：未获资助；资助安排到第 3 名为止，该申请排在资助线以下（规则 R13）',
      });
    });

    it("tells nothing of another organization's proposal: unknown, as an id that does not exist; officers are refused", async () => {
      const other = outcome('second', ids.first);
      await expect(other).rejects.toMatchObject({ status: 404 });
      const unknown = outcome('second', randomUUID());
      await expect(unknown).rejects.toMatchObject({ status: 404 });
      const officer: RpcActor = { userId: 'officer-1', roles: [Role.PROGRAMME_OFFICER] };
      await expect(
        venture.rpc.call('venture.proposals.outcome', { id: ids.first }, officer),
      ).rejects.toMatchObject({ status: 403 });
      // What the second is told names no other proposal, organization or amount.
      const text = JSON.stringify(await outcome('second'));
      for (const key of ['first', 'rural', 'last'] as const) {
        expect(text).not.toContain(ids[key]);
        expect(text).not.toContain(`组织 ${key}`);
        expect(text).not.toContain(`项目 ${key}`);
      }
      expect(text).not.toContain('80,000.00'); // what the fourth asks
    });

    it('rule R27: an award whose commitment finance refused is told as REFUSED with its rule', async () => {
      await dataSource.manager.update(Award, ids.first, {
        status: 'COMMITMENT_REFUSED',
        statusReason: {
          code: 'RULE_R27_BUDGET_EXCEEDED',
          message: "rule R27: the fund's budget for 2026 is committed",
          messageZh: '规则 R27：该基金 2026 年度预算已全部承诺',
        },
      });
      expect(await outcome('first')).toMatchObject({
        outcome: 'REFUSED',
        reason: 'REFUSED',
        rule: 'R27',
        rank: 1,
        messageZh: '规则 R27：该基金 2026 年度预算已全部承诺',
      });
    });
  });
});
