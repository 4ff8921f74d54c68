import { randomUUID } from 'node:crypto';
import type {
  CommitmentDecidedV1,
  DisbursementFailedV1,
  DisbursementSettledV1,
} from '@civic/contracts';
import type { MilestoneState } from '@civic/domain/venture';
import { OutboxMessage } from '@civic/platform/messaging';
import { PersonalDataCipher, sealPayeeAccount, sealPhone } from '@civic/platform/pii';
import { TEST_PII_KEY } from '@civic/testing';
import type { DataSource } from 'typeorm';
import { Award } from '../src/awards/award.entity';
import { Tranche } from '../src/awards/tranche.entity';
import { VentureCall } from '../src/calls/call.entity';
import { Proposal } from '../src/proposals/proposal.entity';

export const AMOUNT = 5_000_000; // 50,000.00 yuan: tranches of 2,500,000, 1,500,000 and 1,000,000 fen
export const SHARES = [
  { key: 'SIGNING', percent: 50, amountFen: 2_500_000 },
  { key: 'MID_TERM', percent: 30, amountFen: 1_500_000 },
  { key: 'FINAL', percent: 20, amountFen: 1_000_000 },
] as const;
/** The service's cipher in these tests (R30). */
export const CIPHER = new PersonalDataCipher(TEST_PII_KEY, 'k1');
export const BANK_ACCOUNT = {
  accountName: '新竹社区夕阳红志愿服务队',
  accountNumber: '6222020102003456789',
  bankName: '广西北部湾银行南宁分行',
  bankCode: '313',
};

/** A closed call of this year with the default tranche plan; its id. */
export async function closedCall(dataSource: DataSource): Promise<string> {
  const callId = randomUUID();
  await dataSource.manager.insert(VentureCall, {
    id: callId,
    name: '2026 年青秀区社区公益创投大赛',
    fiscalYear: 2026,
    budgetFen: 50_000_000,
    minFen: 2_000_000,
    maxFen: 10_000_000,
    focusGroups: ['ELDERLY'],
    rubric: [
      { key: 'need', name: '需求必要性', weight: 40, scaleMax: 10 },
      { key: 'design', name: '项目设计', weight: 35, scaleMax: 10 },
      { key: 'budget', name: '预算合理性', weight: 25, scaleMax: 10 },
    ],
    tranches: SHARES.map(({ key, percent }) => ({ key, percent })),
    ruralReservePercent: 30,
    deadline: new Date(Date.now() - 86_400_000),
    drawSeed: null,
    drawnAt: null,
    createdBy: 'officer',
  });
  return callId;
}

/** A proposal awarded (as AwardsService.award leaves it), its tranches' milestones as given. */
export async function awarded(
  dataSource: DataSource,
  callId: string,
  milestones: readonly MilestoneState[] = ['APPROVED', 'PENDING', 'PENDING'],
): Promise<{ awardId: string; organizationId: string; trancheIds: string[] }> {
  const awardId = randomUUID();
  const organizationId = randomUUID();
  await dataSource.manager.insert(Proposal, {
    id: awardId,
    callId,
    organizationId,
    organizationName: '新竹社区夕阳红志愿服务队',
    organizationAreaType: 'URBAN',
    title: '“邻里守望”独居老人互助计划',
    summary: '组织低龄老人结对探访高龄独居老人',
    projectAreaType: 'URBAN',
    servedGroups: ['ELDERLY'],
    budgetLines: [{ description: '探访物资与交通补贴', amountFen: AMOUNT }],
    requestedFen: AMOUNT,
    contactName: '李红',
    contactPhone: sealPhone(CIPHER, '13800771234').cipher,
    contactPhoneMasked: '138****1234',
    bankAccount: sealPayeeAccount(CIPHER, BANK_ACCOUNT), // R30: stored sealed
    status: 'AWARDED',
    priority: { bonus: 0, policyVersion: 'test', reasons: [] },
    priorityBonus: 0,
    submittedAt: new Date(Date.now() - 2 * 86_400_000),
    createdBy: 'applicant',
  });
  await dataSource.manager.insert(Award, {
    id: awardId,
    callId,
    organizationId,
    amountFen: AMOUNT,
    source: 'GENERAL',
    rank: 1,
    comment: '排名第一，予以资助',
    decidedBy: 'officer',
    status: 'AWARDED',
    statusReason: null,
    releasedFen: 0,
    clawbacks: [],
  });
  const trancheIds = SHARES.map(() => randomUUID());
  await dataSource.manager.insert(
    Tranche,
    SHARES.map((share, position) => ({
      id: trancheIds[position],
      awardId,
      position,
      ...share,
      milestone: milestones[position],
      report: null,
      reviewComment: null,
      payment: 'NOT_RELEASED' as const,
      paymentId: trancheIds[position],
      releasedAt: null,
      bankReference: null,
      paidAt: null,
      statusReason: null,
    })),
  );
  return { awardId, organizationId, trancheIds };
}

/** What a test reads back: an award, its tranches in order, what the kit sent finance about it. */
export function readBack(dataSource: DataSource) {
  return {
    award: (id: string) => dataSource.manager.findOneByOrFail(Award, { id }),
    tranches: (awardId: string) =>
      dataSource.manager.find(Tranche, { where: { awardId }, order: { position: 'ASC' } }),
    /** What the kit sent finance about the award, oldest first. */
    sent: async (awardId: string) =>
      (await dataSource.manager.find(OutboxMessage, { order: { createdAt: 'ASC' } })).filter(
        (m) => (m.payload as { commitmentId?: string }).commitmentId === awardId,
      ) as (OutboxMessage & { payload: Record<string, unknown> })[],
  };
}

export const decided = (
  awardId: string,
  status: 'ACCEPTED' | 'REFUSED',
  extra: Partial<CommitmentDecidedV1> = {},
): CommitmentDecidedV1 => ({
  commitmentId: awardId,
  programme: 'venture',
  status,
  amountFen: AMOUNT,
  ...extra,
});

export const settledAnswer = (
  awardId: string,
  organizationId: string,
  paymentId: string,
  amountFen: number,
  bankReference: string,
): DisbursementSettledV1 => ({
  paymentId,
  commitmentId: awardId,
  programme: 'venture',
  organizationId,
  amountFen,
  settledAt: '2026-03-02T02:00:00.000Z',
  bankReference,
  paidTo: { kind: 'ORGANIZATION', accountName: BANK_ACCOUNT.accountName },
});

export const failedAnswer = (
  awardId: string,
  organizationId: string,
  paymentId: string,
  amountFen: number,
): DisbursementFailedV1 => ({
  paymentId,
  commitmentId: awardId,
  programme: 'venture',
  organizationId,
  amountFen,
  code: 'ACCOUNT_CLOSED',
  reason: 'the payee account is closed',
  reasonZh: '收款账户已销户',
  attempts: 1,
});
