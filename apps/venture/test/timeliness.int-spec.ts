import { randomUUID } from 'node:crypto';
import type { OrganizationSnapshotV1, RpcActor } from '@civic/contracts';
import { Role } from '@civic/domain/access';
import { AuditTrail } from '@civic/platform/audit';
import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import { OutboxWriter } from '@civic/platform/messaging';
import { sealPayeeAccount, sealPhone } from '@civic/platform/pii';
import { ProgrammeFunding, timelinessHistograms } from '@civic/platform/programme-kit';
import { keepOrganizationSnapshot } from '@civic/platform/snapshots';
import { tallyDrift } from '@civic/platform/tallies';
import { testServerUrl } from '@civic/testing';
import { DataSource } from 'typeorm';
import { AwardsRepository } from '../src/awards/awards.repository';
import { AwardsService } from '../src/awards/awards.service';
import { Tranche } from '../src/awards/tranche.entity';
import { VentureFundingPort } from '../src/awards/venture-funding.port';
import { TIMELINESS_SOURCE, TIMELINESS_TALLY } from '../src/dashboard/timeliness';
import { VENTURE_DATABASE } from '../src/database';
import { TIMELINESS_BACKFILL } from '../src/migrations/1796731000000-TimelinessTally';
import { Proposal } from '../src/proposals/proposal.entity';
import { ReviewAssignment } from '../src/reviews/assignment.entity';
import {
  AMOUNT,
  BANK_ACCOUNT,
  CIPHER,
  closedCall,
  decided,
  settledAnswer,
} from './funding.fixture';

jest.setTimeout(60_000);

const OFFICER: RpcActor = { userId: 'officer', name: '黄科长', roles: [Role.PROGRAMME_OFFICER] };
const DAY_MS = 86_400_000;

/**
 * Venture's timeliness tally (issue #18; R16, R19, R28) through its own paths on the real
 * Postgres: an officer's award through AwardsService (the decision, under the organization's
 * street from this service's snapshot), then finance's settlements through the programme kit,
 * the later tranche's answer first: the award's first payment counts once, at the earliest
 * settlement. After each step the tally equals the GROUP BY of the rows; histograms by area.
 */
describe('venture timeliness (issue #18), on the real Postgres', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let dataSource: DataSource;
  let funding: ProgrammeFunding;
  let awards: AwardsService;
  const proposalId = randomUUID();
  const organizationId = randomUUID();
  const submittedAt = new Date(Date.now() - 5 * DAY_MS);
  const drift = () => tallyDrift(dataSource.manager, TIMELINESS_TALLY, TIMELINESS_SOURCE);
  const histograms = (input: object, actor: RpcActor = OFFICER) =>
    timelinessHistograms(dataSource.manager, TIMELINESS_TALLY, 'venture', input, actor);

  beforeAll(async () => {
    scratch = await createScratchDatabase(testServerUrl(), 'venture_timeliness');
    dataSource = await new DataSource(
      dataSourceOptions(VENTURE_DATABASE, scratch.url, { poolSize: 4 }),
    ).initialize();
    await migrateSchema(dataSource);
    funding = new ProgrammeFunding(new VentureFundingPort(), new OutboxWriter());
    awards = new AwardsService(
      dataSource,
      new AuditTrail(),
      funding,
      new AwardsRepository(),
      new OutboxWriter(),
    );
    const callId = await closedCall(dataSource);
    await dataSource.transaction((manager) =>
      keepOrganizationSnapshot(snapshot(organizationId), { manager }, CIPHER),
    );
    await dataSource.manager.insert(Proposal, {
      id: proposalId,
      callId,
      organizationId,
      organizationName: '中山社区邻里互助会',
      organizationAreaType: 'RURAL',
      title: '“邻里守望”独居老人互助计划',
      summary: '组织低龄老人结对探访高龄独居老人',
      projectAreaType: 'RURAL',
      servedGroups: ['ELDERLY'],
      budgetLines: [{ description: '探访物资与交通补贴', amountFen: AMOUNT }],
      requestedFen: AMOUNT,
      contactName: '李红',
      contactPhone: sealPhone(CIPHER, '13800771234').cipher,
      contactPhoneMasked: '138****1234',
      bankAccount: sealPayeeAccount(CIPHER, BANK_ACCOUNT),
      status: 'SUBMITTED',
      priority: { bonus: 0, policyVersion: 'test', reasons: [] },
      priorityBonus: 0,
      submittedAt,
      createdBy: 'applicant',
    });
    await dataSource.manager.insert(
      ReviewAssignment,
      [1, 2, 3].map(() => ({
        proposalId,
        reviewerId: randomUUID(),
        callId,
        scores: { need: 8, design: 8, budget: 8 },
        comment: '方案可行',
        scoredAt: new Date(),
      })),
    );
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await scratch?.drop();
  });

  it('rule R16: an award counts its days from submission, under the organization’s street', async () => {
    const view = await awards.award(proposalId, { comment: '排名第一，予以资助' }, OFFICER);
    expect(view.status).toBe('AWARDED');
    expect(await drift()).toEqual([]);
    const county = await histograms({ areaCode: '450103' });
    expect(county.buckets).toEqual([
      { areaCode: '450103002', stage: 'DECISION', days: 5, count: 1 },
    ]);
  });

  it('rule R28: the first tranche settled counts once, at the earliest settlement, whatever order the answers come in', async () => {
    // Signing and mid-term approved: both asked of finance once it commits.
    await dataSource.query(
      `UPDATE venture.tranche SET milestone = 'APPROVED' WHERE award_id = $1 AND position < 2`,
      [proposalId],
    );
    await dataSource.transaction((m) =>
      funding.commitmentDecided(decided(proposalId, 'ACCEPTED'), m),
    );
    const [signing, midTerm] = await dataSource.manager.find(Tranche, {
      where: { awardId: proposalId },
      order: { position: 'ASC' },
    });
    expect([signing.payment, midTerm.payment]).toEqual(['REQUESTED', 'REQUESTED']);
    const settle = (tranche: Tranche, daysAfter: number) =>
      dataSource.transaction((m) =>
        funding.settled(
          {
            ...settledAnswer(
              proposalId,
              organizationId,
              tranche.paymentId,
              tranche.amountFen,
              `BR-${daysAfter}`,
            ),
            settledAt: new Date(submittedAt.getTime() + daysAfter * DAY_MS).toISOString(),
          },
          m,
        ),
      );
    await settle(midTerm, 9);
    expect(await drift()).toEqual([]);
    await settle(signing, 7); // earlier, though answered later: the count moves to 7 days
    expect(await drift()).toEqual([]);
    const payments = (await histograms({ areaCode: '4501' })).buckets.filter(
      (b) => b.stage === 'PAYMENT',
    );
    expect(payments).toEqual([{ areaCode: '450103', stage: 'PAYMENT', days: 7, count: 1 }]);
  });

  it('answers those who read finance, the year filtered; the migration’s backfill reproduces it', async () => {
    const province = await histograms({});
    expect(province.buckets.map((b) => [b.areaCode, b.stage, b.count])).toEqual([
      ['4501', 'DECISION', 1],
      ['4501', 'PAYMENT', 1],
    ]);
    expect((await histograms({ year: 2000 })).buckets).toEqual([]);
    await expect(histograms({}, { userId: 'r', roles: [Role.REVIEWER] })).rejects.toMatchObject({
      status: 403,
    });
    await expect(histograms({ areaCode: '46' })).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'areaCode' })],
    });
    await dataSource.query('DELETE FROM venture.timeliness_tally');
    await dataSource.query(TIMELINESS_BACKFILL);
    expect(await drift()).toEqual([]);
    expect((await histograms({})).buckets).toEqual(province.buckets);
  });
});

function snapshot(organizationId: string): OrganizationSnapshotV1 {
  return {
    organizationId,
    version: 1,
    name: '中山社区邻里互助会',
    category: 'MUTUAL_AID',
    areaType: 'RURAL',
    countyCode: '450103',
    streetCode: '450103002',
    communityCode: '450103002001',
    tier: 'STREET_FILED',
    uscc: null,
    leaders: [],
    financialCustodian: null,
    takesGovernmentFunctions: false,
    founderBackground: null,
    graduatedFromIncubation: false,
    occurredAt: new Date().toISOString(),
  } as OrganizationSnapshotV1;
}
