import type { RpcActor, WorkItemView } from '@civic/contracts';
import { Role } from '@civic/domain/access';
import { dataSourceOptions } from '@civic/platform/database';
import { sealPayeeAccount, sealPhone } from '@civic/platform/pii';
import { startServiceUnderTest, type ServiceUnderTest } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { VentureCall } from '../src/calls/call.entity';
import { VENTURE_DATABASE } from '../src/database';
import { Proposal } from '../src/proposals/proposal.entity';
import { ReviewAssignment } from '../src/reviews/assignment.entity';
import { Reviewer } from '../src/reviews/reviewer.entity';
import { awarded, BANK_ACCOUNT, CIPHER, closedCall } from './funding.fixture';

jest.setTimeout(120_000);

const DAY = 86_400_000;
const OFFICER: RpcActor = { userId: 'officer-1', roles: [Role.PROGRAMME_OFFICER] };
const REVIEWER: RpcActor = { userId: randomUUID(), roles: [Role.REVIEWER] };
const OTHER_REVIEWER: RpcActor = { userId: randomUUID(), roles: [Role.REVIEWER] };

/**
 * The venture service's work queue (issue #18) over RPC, with the service a real process and its
 * rows real: an applicant's drafts before the call's deadline (R17) and the reports it may file
 * (R19), a reviewer's unscored proposals of undecided calls (R18), the officer's closed calls to
 * draw for, agreements to sign and milestones to evaluate (R17–R19).
 */
describe('venture.work-queue (issue #18), the service over RPC on the real Postgres', () => {
  let venture: ServiceUnderTest;
  let dataSource: DataSource;
  const ids = {} as Record<
    'drawn' | 'undrawn' | 'awards' | 'open' | 'org' | 'otherOrg' | 'openDeadline',
    string
  >;

  beforeAll(async () => {
    venture = await startServiceUnderTest('venture');
    dataSource = await new DataSource(
      dataSourceOptions(VENTURE_DATABASE, venture.databaseUrl, { poolSize: 2 }),
    ).initialize();
    ids.org = randomUUID();
    // A closed call whose reviewers are drawn: one sheet in, one outstanding.
    ids.drawn = await closedCall(dataSource);
    await dataSource.manager.update(VentureCall, ids.drawn, { drawnAt: new Date(), drawSeed: 7 });
    const [scored, unscored] = [await proposal(ids.drawn), await proposal(ids.drawn)];
    await reviewers();
    await assign(scored, ids.drawn, REVIEWER, { need: 8, design: 7, budget: 9 });
    await assign(unscored, ids.drawn, REVIEWER, null);
    await assign(scored, ids.drawn, OTHER_REVIEWER, { need: 6, design: 6, budget: 6 });
    await assign(unscored, ids.drawn, OTHER_REVIEWER, { need: 5, design: 6, budget: 7 });
    // A closed call nobody drew reviewers for yet: two proposals and a draft left behind.
    ids.undrawn = await closedCall(dataSource);
    await proposal(ids.undrawn);
    await proposal(ids.undrawn);
    await proposal(ids.undrawn, ids.org, 'DRAFT');
    // A call whose awards began: signing, a reported milestone, the organization's report to file.
    ids.awards = await closedCall(dataSource);
    await awarded(dataSource, ids.awards, ['PENDING', 'PENDING', 'PENDING']);
    await awarded(dataSource, ids.awards, ['APPROVED', 'SUBMITTED', 'PENDING']);
    const own = await awarded(dataSource, ids.awards, ['APPROVED', 'PENDING', 'PENDING']);
    ids.otherOrg = own.organizationId;
    await assign(await proposal(ids.awards), ids.awards, REVIEWER, null); // decided: not due
    // An open call, a week to go, with the organization's draft.
    ids.open = await closedCall(dataSource);
    const deadline = new Date(Date.now() + 7 * DAY);
    ids.openDeadline = deadline.toISOString();
    await dataSource.manager.update(VentureCall, ids.open, { deadline });
    await proposal(ids.open, ids.org, 'DRAFT');
    await proposal(ids.open, randomUUID(), 'DRAFT');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await venture?.stop();
  });

  const work = (actor: RpcActor) => venture.rpc.call('venture.work-queue', {}, actor);
  const applicant = (organizationId: string): RpcActor => ({
    userId: `applicant-${organizationId}`,
    roles: [Role.APPLICANT],
    organizationId,
  });

  async function proposal(
    callId: string,
    organizationId: string = randomUUID(),
    status: 'DRAFT' | 'SUBMITTED' = 'SUBMITTED',
  ): Promise<string> {
    const id = randomUUID();
    await dataSource.manager.insert(Proposal, {
      id,
      callId,
      organizationId,
      organizationName: '新竹社区夕阳红志愿服务队',
      organizationAreaType: 'URBAN',
      title: `“邻里守望”独居老人互助计划 ${id.slice(0, 4)}`,
      summary: '组织低龄老人结对探访高龄独居老人',
      projectAreaType: 'URBAN',
      servedGroups: ['ELDERLY'],
      budgetLines: [{ description: '探访物资与交通补贴', amountFen: 3_000_000 }],
      requestedFen: 3_000_000,
      contactName: '李红',
      contactPhone: sealPhone(CIPHER, '13800771234').cipher,
      contactPhoneMasked: '138****1234',
      bankAccount: sealPayeeAccount(CIPHER, BANK_ACCOUNT),
      status,
      priority: { bonus: 0, policyVersion: 'test', reasons: [] },
      priorityBonus: 0,
      submittedAt: status === 'DRAFT' ? null : new Date(Date.now() - 3 * DAY),
      createdBy: 'applicant',
    });
    return id;
  }

  async function reviewers() {
    for (const [actor, name] of [
      [REVIEWER, '周专家'],
      [OTHER_REVIEWER, '吴专家'],
    ] as const) {
      await dataSource.manager.insert(Reviewer, {
        id: actor.userId,
        userId: actor.userId,
        name,
        fields: ['ELDERCARE'],
        relations: [],
        active: true,
      });
    }
  }

  async function assign(
    proposalId: string,
    callId: string,
    reviewer: RpcActor,
    scores: Record<string, number> | null,
  ) {
    await dataSource.manager.insert(ReviewAssignment, {
      proposalId,
      callId,
      reviewerId: reviewer.userId, // the reviewer's id is its user's here
      scores,
      comment: null,
      scoredAt: scores ? new Date() : null,
    });
  }

  const byKind = (items: WorkItemView[], kind: string) => items.filter((i) => i.kind === kind);

  it('rule R17: shows an applicant its drafts to calls still open, due by the call’s deadline; not one to a closed call', async () => {
    const items = await work(applicant(ids.org));
    expect(byKind(items, 'venture.drafts-to-submit')).toEqual([
      expect.objectContaining({
        count: 1,
        deadline: ids.openDeadline,
        link: '/venture/mine?tab=proposals',
        programme: '2026 年青秀区社区公益创投大赛',
      }),
    ]);
    expect(items.map((i) => i.kind)).toEqual(['venture.drafts-to-submit']);
  });

  it('rule R19: shows an awarded organization the milestone report it may file now, once the one before is approved', async () => {
    const items = await work(applicant(ids.otherOrg));
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'venture.reports-to-file',
        count: 1,
        link: '/venture/mine?tab=awards',
      }),
    ]);
  });

  it('rule R18: shows a reviewer the proposals drawn for them and not scored, only of calls whose awards have not begun', async () => {
    expect(await work(REVIEWER)).toEqual([
      expect.objectContaining({
        kind: 'venture.reviews-due',
        count: 1,
        link: '/venture/reviews',
        programme: '2026 年青秀区社区公益创投大赛',
      }),
    ]);
    expect(await work(OTHER_REVIEWER)).toEqual([]);
  });

  it('rules R17–R19: shows officers the closed call to draw reviewers for (not one whose sheets are still coming), the agreement to sign and the milestone to evaluate', async () => {
    const items = await work(OFFICER);
    expect(byKind(items, 'venture.proposals-to-check')).toEqual([
      expect.objectContaining({ count: 2, link: `/venture/calls/${ids.undrawn}?tab=draw` }),
    ]);
    expect(byKind(items, 'venture.awards-to-sign')).toEqual([
      expect.objectContaining({ count: 1, link: `/venture/calls/${ids.awards}?tab=awards` }),
    ]);
    expect(byKind(items, 'venture.milestones-to-evaluate')).toEqual([
      expect.objectContaining({ count: 1, link: `/venture/calls/${ids.awards}?tab=awards` }),
    ]);
  });

  it('rules R17, R18: once every sheet of a drawn call is in, its proposals wait for the officer’s ranking', async () => {
    await dataSource.manager.update(
      ReviewAssignment,
      { callId: ids.drawn, reviewerId: REVIEWER.userId },
      { scores: { need: 9, design: 8, budget: 8 }, scoredAt: new Date() },
    );
    const checks = byKind(await work(OFFICER), 'venture.proposals-to-check');
    expect(checks.map((i) => [i.link, i.count]).sort()).toEqual(
      [
        [`/venture/calls/${ids.drawn}?tab=ranking`, 2],
        [`/venture/calls/${ids.undrawn}?tab=draw`, 2],
      ].sort(),
    );
    expect(await work(REVIEWER)).toEqual([]);
  });

  it('shows nothing to someone whose roles hold no venture work, nor to an organization with none', async () => {
    expect(await work({ userId: 'street-1', roles: [Role.STREET_OFFICER] })).toEqual([]);
    expect(await work(applicant(randomUUID()))).toEqual([]);
  });
});
