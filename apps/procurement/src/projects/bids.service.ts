import { randomUUID } from 'node:crypto';
import {
  type BidPage,
  BidsQuery,
  type BidView,
  IdRef,
  type RpcActor,
  SubmitBidDto,
  validatePlain,
} from '@civic/contracts';
import { hasPermission, Permission } from '@civic/domain/access';
import { bidDeadlineCheck, bidEligibility, bidStatus } from '@civic/domain/procurement';
import { AuditTrail } from '@civic/platform/audit';
import { checkedAnswers } from '@civic/platform/forms';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DirectoryEntry } from '../directory/directory-entry.entity';
import { refused } from '../rule-errors';
import { Bid } from './bid.entity';
import { BidsRepository } from './bids.repository';
import { ProjectsRepository } from './projects.repository';
import { PurchaseProject } from './purchase-project.entity';

/**
 * Bids on announced projects (R24, R25): a listed undertaker serving the project's region bids
 * until the deadline, by the database clock; a reserved project takes only community social
 * organizations (R12, as announced). Bids stay sealed from officers until the deadline.
 */
@Injectable()
export class BidsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly projects: ProjectsRepository,
    private readonly repository: BidsRepository,
  ) {}

  async submit(projectId: string, input: unknown, actor: RpcActor): Promise<BidView> {
    const officer = this.bidderRole(actor);
    validatePlain(IdRef, { id: projectId }, 'project');
    const dto = validatePlain(SubmitBidDto, input, 'bid');
    const id = await this.dataSource.transaction(async (manager) => {
      // A shared lock: bids come in side by side; closing the project, or changing its form
      // (issue #17), waits for them.
      const project = await manager.findOne(PurchaseProject, {
        where: { id: projectId },
        lock: { mode: 'pessimistic_read' },
      });
      if (!project || project.status === 'DRAFT') {
        throw ServiceError.notFound('purchase project', projectId);
      }
      await this.open(manager, project);
      // issue #17 (R25): a bid is submitted in one step, an officer's paper bid as well, so every
      // required added question is answered now, checked against the project's form.
      const answers = checkedAnswers(project.form, dto.answers, {
        owner: 'purchase-project',
        id: project.id,
        version: project.formVersion,
      });
      const entry = await this.bidderEntry(manager, dto.entryId, officer, actor);
      const eligible = bidEligibility(
        { regionCode: project.regionCode, reserved: project.reservedForSocialOrganizations },
        entry,
      );
      if (!eligible.ok) throw refused(eligible);
      if (dto.priceFen > project.budgetFen) {
        throw refused({
          ok: false,
          rule: 'R25',
          code: 'RULE_R25_BID_OVER_BUDGET',
          field: 'priceFen',
          message: `rule R25: a bid may not exceed the project's budget of ${(project.budgetFen / 100).toFixed(2)} yuan`,
          messageZh: `规则 R25：报价不得超过项目预算 ${(project.budgetFen / 100).toFixed(2)} 元`,
        });
      }
      const bid = manager.create(Bid, {
        id: randomUUID(),
        projectId,
        entryId: entry.id,
        undertakerName: entry.name,
        undertakerKind: entry.kind,
        priceFen: dto.priceFen,
        proposal: dto.proposal,
        status: 'SUBMITTED',
        answers,
        formVersion: project.formVersion,
        submittedAt: await this.projects.databaseNow(manager),
        submittedBy: actor.userId,
        totalScore: null,
        rank: null,
      });
      await manager.insert(Bid, bid);
      await this.audit.record(manager, {
        actor,
        action: 'bid.submitted',
        entityType: 'bid',
        entityId: bid.id,
        after: { ...bid, proposal: `${bid.proposal.length} characters` },
      });
      return bid.id;
    });
    return this.view(id);
  }

  /** The bidder takes its bid back before the deadline (R25); it may then bid anew. */
  async withdraw(bidId: string, actor: RpcActor): Promise<BidView> {
    const officer = this.bidderRole(actor);
    validatePlain(IdRef, { id: bidId }, 'bid');
    await this.dataSource.transaction(async (manager) => {
      const bid = await manager.findOne(Bid, {
        where: { id: bidId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!bid || !(officer || (await this.ownsEntry(manager, bid.entryId, actor)))) {
        throw ServiceError.notVisible('bid', bidId);
      }
      const project = await manager.findOneByOrFail(PurchaseProject, { id: bid.projectId });
      await this.open(manager, project);
      const before = { ...bid };
      bid.status = bidStatus.next(bid.status, 'WITHDRAW');
      await manager.save(bid);
      await this.audit.record(manager, {
        actor,
        action: 'bid.withdrawn',
        entityType: 'bid',
        entityId: bidId,
        before: { status: before.status },
        after: { status: bid.status },
      });
    });
    return this.view(bidId);
  }

  /**
   * A project's bids for officers, opened only once the deadline has passed (开标): before it they
   * are sealed (409), so no one can leak one bidder's price to another.
   */
  async list(projectId: string, input: unknown, actor: RpcActor): Promise<BidPage> {
    authorize(actor, Permission.PROCUREMENT_PURCHASE_MANAGE);
    validatePlain(IdRef, { id: projectId }, 'project');
    const query = validatePlain(BidsQuery, input ?? {}, 'query');
    const manager = this.dataSource.manager;
    const project = await manager.findOneBy(PurchaseProject, { id: projectId });
    if (!project) throw ServiceError.notFound('purchase project', projectId);
    const now = await this.projects.databaseNow(manager);
    if (project.status === 'ANNOUNCED' && project.bidDeadline && now < project.bidDeadline) {
      throw new ServiceError(
        409,
        'RULE_R25_BIDS_SEALED',
        `rule R25: bids stay sealed until the deadline ${project.bidDeadline.toISOString()}`,
        undefined,
        `规则 R25：投标截止（${project.bidDeadline.toISOString()}）前投标文件密封，不能查看`,
      );
    }
    return this.repository.page(manager, { projectId }, query);
  }

  /** An undertaker's own bids, newest first. */
  mine(input: unknown, actor: RpcActor): Promise<BidPage> {
    authorize(actor, Permission.PROCUREMENT_APPLY);
    const query = validatePlain(BidsQuery, input ?? {}, 'query');
    if (!actor.organizationId)
      return Promise.resolve({ items: [], total: 0, page: 1, pageSize: query.pageSize ?? 20 });
    return this.repository.page(
      this.dataSource.manager,
      { organizationId: actor.organizationId },
      query,
    );
  }

  /** Officers record paper bids for any entry; an undertaker bids only for its own. */
  private bidderRole(actor: RpcActor): boolean {
    if (hasPermission(actor.roles, Permission.PROCUREMENT_PURCHASE_MANAGE)) return true;
    authorize(actor, Permission.PROCUREMENT_APPLY);
    return false;
  }

  /** Bids are taken while the project is announced and its deadline, by the database clock, ahead. */
  private async open(manager: EntityManager, project: PurchaseProject): Promise<void> {
    if (project.status !== 'ANNOUNCED' || !project.bidDeadline) {
      throw new ServiceError(
        409,
        'RULE_R25_NOT_OPEN_FOR_BIDS',
        `rule R25: the project is ${project.status}; it takes no bids`,
        undefined,
        `规则 R25：项目当前状态为 ${project.status}，不接受投标`,
      );
    }
    const deadline = bidDeadlineCheck(
      project.bidDeadline,
      await this.projects.databaseNow(manager),
    );
    if (!deadline.ok) throw refused(deadline);
  }

  private async bidderEntry(
    manager: EntityManager,
    entryId: string | undefined,
    officer: boolean,
    actor: RpcActor,
  ): Promise<DirectoryEntry> {
    if (officer) {
      if (!entryId) {
        throw ServiceError.ruleViolated(
          'R24',
          [
            {
              field: 'entryId',
              rule: 'R24',
              message: 'an officer names the directory entry whose bid this is',
              messageZh: '代为录入投标时须指明承接主体目录条目',
            },
          ],
          'rule R24: entryId is required when an officer records a bid',
        );
      }
      const entry = await manager.findOneBy(DirectoryEntry, { id: entryId });
      if (!entry) throw ServiceError.notFound('directory entry', entryId);
      return entry;
    }
    const entry = actor.organizationId
      ? await manager.findOne(DirectoryEntry, {
          where: { organizationId: actor.organizationId, status: 'LISTED' },
        })
      : null;
    if (!entry) {
      throw refused({
        ok: false,
        rule: 'R24',
        code: 'RULE_R24_NOT_IN_DIRECTORY',
        field: 'undertaker',
        message:
          'rule R24: only an organization listed in the undertaker directory may bid; apply to be listed first',
        messageZh: '规则 R24：只有列入承接主体目录的组织可以投标，请先申请列入目录',
      });
    }
    return entry;
  }

  private async ownsEntry(
    manager: EntityManager,
    entryId: string,
    actor: RpcActor,
  ): Promise<boolean> {
    if (!actor.organizationId) return false;
    return manager.existsBy(DirectoryEntry, { id: entryId, organizationId: actor.organizationId });
  }

  private async view(id: string): Promise<BidView> {
    const page = await this.repository.page(this.dataSource.manager, { bidId: id }, {});
    if (!page.items[0]) throw ServiceError.notFound('bid', id);
    return page.items[0];
  }
}
