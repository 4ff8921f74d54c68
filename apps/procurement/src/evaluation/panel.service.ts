import { randomInt } from 'node:crypto';
import {
  IdRef,
  type PanelView,
  type PurchaseProjectView,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { beijingDayOf } from '@civic/domain/calendar';
import type { ConflictPolicy, DeclaredRelation } from '@civic/domain/conflicts';
import {
  bidStatus,
  checkBidCount,
  drawPanel,
  methodRule,
  purchaseProjectStatus,
} from '@civic/domain/procurement';
import { AuditTrail } from '@civic/platform/audit';
import { policyInForceHere } from '@civic/platform/policy-copies';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { organizationSnapshots } from '@civic/platform/snapshots';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DirectoryEntry } from '../directory/directory-entry.entity';
import { purchasePolicyInForce } from '../policy/purchase-policy';
import { Bid } from '../projects/bid.entity';
import { ProjectsRepository } from '../projects/projects.repository';
import { PurchaseProject } from '../projects/purchase-project.entity';
import { refused } from '../rule-errors';
import { Expert } from './expert.entity';
import { PanelMember, PanelRecusal } from './panel-member.entity';
import { PanelRepository } from './panel.repository';

/**
 * From bids to a panel (R25, R18): bidding closes once the deadline has passed (too few valid
 * bids and the purchase fails), then an evaluation panel of the method's size is drawn at random
 * from the expert pool, never an expert tied to any bidder, every recusal logged, the seed kept.
 */
@Injectable()
export class PanelService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly projects: ProjectsRepository,
    private readonly repository: PanelRepository,
  ) {}

  /** Close bidding after the deadline (开标): FAILED with too few valid bids for the method. */
  async close(id: string, actor: RpcActor): Promise<PurchaseProjectView> {
    authorize(actor, Permission.PROCUREMENT_PURCHASE_MANAGE);
    validatePlain(IdRef, { id }, 'project');
    await this.dataSource.transaction(async (manager) => {
      const project = await this.locked(manager, id);
      const now = await this.projects.databaseNow(manager);
      if (project.status === 'ANNOUNCED' && project.bidDeadline && now < project.bidDeadline) {
        throw new ServiceError(
          409,
          'RULE_R25_BIDDING_OPEN',
          `rule R25: bids are taken until ${project.bidDeadline.toISOString()}; close after it`,
          undefined,
          `规则 R25：投标截止时间为 ${project.bidDeadline.toISOString()}，截止后方可开标`,
        );
      }
      const before = project.status;
      project.status = purchaseProjectStatus.next(project.status, 'CLOSE_BIDDING');
      const bids = await manager.find(Bid, { where: { projectId: id, status: 'SUBMITTED' } });
      const policy = await purchasePolicyInForce(
        manager,
        project.policyVersion,
        project.regionCode,
      );
      const enough = checkBidCount(policy, project.method, bids.length);
      if (!enough.ok) {
        project.status = purchaseProjectStatus.next(project.status, 'FAIL');
        for (const bid of bids) bid.status = bidStatus.next(bid.status, 'PASS_OVER');
        await manager.save(bids);
      }
      await manager.save(project);
      await this.audit.record(manager, {
        actor,
        action: enough.ok ? 'purchase-project.bidding-closed' : 'purchase-project.failed',
        entityType: 'purchase-project',
        entityId: id,
        before: { status: before },
        after: {
          status: project.status,
          bids: bids.length,
          ...(enough.ok ? {} : { reason: enough.messageZh }),
        },
      });
    });
    return this.projectView(id);
  }

  /**
   * Draw the panel (R18, 财库〔2016〕198号 art. 16): the method's smallest panel under the policy
   * the project was announced with, from active experts free of conflict with every bidder.
   */
  async draw(id: string, actor: RpcActor): Promise<PanelView> {
    authorize(actor, Permission.PROCUREMENT_PURCHASE_MANAGE);
    validatePlain(IdRef, { id }, 'project');
    await this.dataSource.transaction(async (manager) => {
      const project = await this.locked(manager, id);
      const next = purchaseProjectStatus.next(project.status, 'START_EVALUATION');
      const policy = await purchasePolicyInForce(
        manager,
        project.policyVersion,
        project.regionCode,
      );
      const size = methodRule(policy, project.method)?.minPanel ?? 3;
      const bids = await manager.find(Bid, { where: { projectId: id, status: 'SUBMITTED' } });
      const pool = await manager.find(Expert, { order: { id: 'ASC' } });
      const seed = randomInt(0, 2 ** 32);
      // rule R18: the conflict-of-interest policy in force today (issue #17), stamped on the project.
      const conflicts = await policyInForceHere<ConflictPolicy>(manager, 'CONFLICTS');
      const result = drawPanel({
        pool: pool.map((e) => ({
          id: e.id,
          fields: e.fields,
          relations: e.relations as DeclaredRelation[],
          active: e.active,
        })),
        bidders: await this.bidders(manager, bids),
        size: size % 2 === 1 ? size : size + 1,
        minSize: 3,
        seed,
        today: beijingDayOf(await this.projects.databaseNow(manager)),
        policy: conflicts.body,
      });
      if (result.shortfall) throw refused(result.shortfall, 409);
      const experts = new Map(pool.map((e) => [e.id, e]));
      await manager.insert(
        PanelMember,
        result.members.map((expertId) => ({
          projectId: id,
          expertId,
          userId: experts.get(expertId)!.userId,
          name: experts.get(expertId)!.name,
        })),
      );
      if (result.recusals.length > 0) {
        await manager.insert(
          PanelRecusal,
          result.recusals.map((r) => ({
            projectId: id,
            expertId: r.expertId,
            bidId: r.bidderId,
            clauses: r.clauses,
          })),
        );
      }
      project.status = next;
      project.panelSeed = seed;
      project.panelPolicyVersion = conflicts.version;
      await manager.save(project);
      await this.audit.record(manager, {
        actor,
        action: 'panel.drawn',
        entityType: 'purchase-project',
        entityId: id,
        after: { seed, members: result.members, recusals: result.recusals.length },
      });
    });
    return this.view(id, actor);
  }

  async view(id: string, actor: RpcActor): Promise<PanelView> {
    authorize(actor, Permission.PROCUREMENT_PURCHASE_MANAGE);
    validatePlain(IdRef, { id }, 'project');
    const view = await this.repository.panel(this.dataSource.manager, id);
    if (!view) {
      throw new ServiceError(
        404,
        'PANEL_NOT_DRAWN',
        'the panel of this project has not been drawn',
        undefined,
        '本项目尚未抽取评审委员会',
      );
    }
    return view;
  }

  /** Each bidder with the people the conflict rules compare: a social organization's leaders. */
  private async bidders(manager: EntityManager, bids: Bid[]) {
    const entries = await manager.findBy(
      DirectoryEntry,
      bids.map((b) => ({ id: b.entryId })),
    );
    const byId = new Map(entries.map((e) => [e.id, e]));
    const organizationIds = entries.flatMap((e) => (e.organizationId ? [e.organizationId] : []));
    const snapshots = await organizationSnapshots(manager, organizationIds);
    return bids.map((bid) => {
      const entry = byId.get(bid.entryId);
      const snapshot = entry?.organizationId ? snapshots.get(entry.organizationId) : undefined;
      return {
        id: bid.id,
        organization: {
          organizationId: entry?.organizationId ?? bid.entryId,
          organizationName: bid.undertakerName,
          people: (snapshot?.leaders ?? []).map((l) => ({ name: l.name, role: l.role })),
        },
      };
    });
  }

  private async locked(manager: EntityManager, id: string): Promise<PurchaseProject> {
    const project = await manager.findOne(PurchaseProject, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!project) throw ServiceError.notFound('purchase project', id);
    return project;
  }

  private async projectView(id: string): Promise<PurchaseProjectView> {
    return (await this.projects.view(this.dataSource.manager, id))!;
  }
}
