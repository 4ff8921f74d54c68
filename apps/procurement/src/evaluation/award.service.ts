import {
  IdRef,
  type PurchaseProjectView,
  type PurchaseResultPage,
  PurchaseResultsQuery,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { bidStatus, purchaseProjectStatus, rankBids } from '@civic/domain/procurement';
import { AuditTrail } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { countDecided, stampDecided } from '../dashboard/timeliness';
import { purchasePolicyInForce } from '../policy/purchase-policy';
import { Bid } from '../projects/bid.entity';
import { ProjectsRepository } from '../projects/projects.repository';
import { PurchaseProject } from '../projects/purchase-project.entity';
import { refused } from '../rule-errors';
import { PanelMember } from './panel-member.entity';
import { publishBidDecisions } from './bid-notices';
import { ResultsRepository } from './results.repository';
import { ScoreSheet } from './score-sheet.entity';

const DAY_MS = 86_400_000;

/**
 * The award (R25): once every member has scored every bid, the bids are ranked on the criteria
 * announced, the first is awarded, and the result is published with the policy's objection window
 * (by the database clock). An upheld objection passes the award to the next in rank.
 */
@Injectable()
export class AwardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly projects: ProjectsRepository,
    private readonly published: ResultsRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async award(id: string, actor: RpcActor): Promise<PurchaseProjectView> {
    authorize(actor, Permission.PROCUREMENT_PURCHASE_MANAGE);
    validatePlain(IdRef, { id }, 'project');
    await this.dataSource.transaction(async (manager) => {
      const project = await manager.findOne(PurchaseProject, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!project) throw ServiceError.notFound('purchase project', id);
      const next = purchaseProjectStatus.next(project.status, 'AWARD');
      const bids = await manager.find(Bid, { where: { projectId: id, status: 'SUBMITTED' } });
      const members = await manager.findBy(PanelMember, { projectId: id });
      const sheets = await manager.findBy(ScoreSheet, { projectId: id });
      const missing = bids.length * members.length - sheets.length;
      if (missing > 0) {
        throw new ServiceError(
          409,
          'RULE_R18_SCORES_MISSING',
          `rule R18: ${missing} score sheets are still missing; every member scores every bid`,
          undefined,
          `规则 R18：尚缺 ${missing} 份评分表，每位评审专家须对每份投标评分`,
        );
      }
      const ranking = rankBids(
        project.criteria,
        bids.map((bid) => ({
          bidId: bid.id,
          priceFen: bid.priceFen,
          submittedAt: bid.submittedAt,
          sheets: sheets
            .filter((s) => s.bidId === bid.id)
            .map((s) => ({ memberId: s.expertId, scores: s.scores })),
        })),
      );
      if (!ranking.ok) throw refused(ranking, 409);
      const byId = new Map(bids.map((b) => [b.id, b]));
      for (const ranked of ranking.ranking) {
        const bid = byId.get(ranked.bidId)!;
        bid.status = bidStatus.next(bid.status, 'RANK');
        bid.totalScore = ranked.total.toFixed(2);
        bid.rank = ranked.rank;
      }
      const winner = byId.get(ranking.ranking[0].bidId)!;
      winner.status = bidStatus.next(winner.status, 'AWARD');
      await stampDecided(manager, bids, new Date()); // issue #18: decided now, where
      await manager.save(bids);
      project.status = next;
      await this.publish(manager, project, winner.id);
      // issue #18: every ranked bidder is told the result, in its transaction.
      await publishBidDecisions(
        this.outbox,
        manager,
        project,
        bids.map((bid) => ({
          bid,
          outcome: bid.id === winner.id ? 'CONTRACT_AWARDED' : 'BID_NOT_SELECTED',
        })),
        project.resultPublishedAt!,
      );
      // issue #18: each bid's time to decision, in the timeliness tally before the audit lock.
      await countDecided(manager, bids);
      await this.audit.record(manager, {
        actor,
        action: 'purchase-project.awarded',
        entityType: 'purchase-project',
        entityId: id,
        after: {
          awardedBidId: winner.id,
          ranking: ranking.ranking.map((r) => ({ bidId: r.bidId, rank: r.rank, total: r.total })),
          policyVersion: project.policyVersion,
        },
      });
    });
    return (await this.projects.view(this.dataSource.manager, id))!;
  }

  /**
   * The award passes to the next bid in rank after an upheld objection (R25); with none left the
   * purchase fails. A new result is published with a new objection window.
   */
  async passToNext(manager: EntityManager, project: PurchaseProject): Promise<Bid | null> {
    const current = await manager.findOneByOrFail(Bid, { id: project.awardedBidId! });
    current.status = bidStatus.next(current.status, 'REVOKE');
    await manager.save(current);
    const next = await manager.findOne(Bid, {
      where: { projectId: project.id, status: 'RANKED' },
      order: { rank: 'ASC' },
    });
    if (!next) {
      project.status = purchaseProjectStatus.next(project.status, 'FAIL');
      project.awardedBidId = null;
      await manager.save(project);
      const revoked = [{ bid: current, outcome: 'AWARD_REVOKED' as const }];
      await publishBidDecisions(this.outbox, manager, project, revoked, new Date());
      return null;
    }
    next.status = bidStatus.next(next.status, 'AWARD');
    await manager.save(next);
    await this.publish(manager, project, next.id);
    const passed = [
      { bid: current, outcome: 'AWARD_REVOKED' as const },
      { bid: next, outcome: 'CONTRACT_AWARDED' as const },
    ];
    await publishBidDecisions(this.outbox, manager, project, passed, project.resultPublishedAt!);
    return next;
  }

  /** Published results (成交结果公告), for anyone without logging in. */
  results(input: unknown): Promise<PurchaseResultPage> {
    const query = validatePlain(PurchaseResultsQuery, input ?? {}, 'query');
    return this.published.page(this.dataSource.manager, query);
  }

  private async publish(manager: EntityManager, project: PurchaseProject, bidId: string) {
    const policy = await purchasePolicyInForce(manager, project.policyVersion, project.regionCode);
    const now = await this.projects.databaseNow(manager);
    project.awardedBidId = bidId;
    project.resultPublishedAt = now;
    project.objectionDeadline = new Date(now.getTime() + policy.award.objectionDays * DAY_MS);
    await manager.save(project);
  }
}
