import { randomUUID } from 'node:crypto';
import {
  AnswerPurchaseObjectionDto,
  IdRef,
  pageWindow,
  type PurchaseObjectionPage,
  PurchaseObjectionsQuery,
  type PurchaseObjectionView,
  RaisePurchaseObjectionDto,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { AuditTrail } from '@civic/platform/audit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In, Not } from 'typeorm';
import { DirectoryEntry } from '../directory/directory-entry.entity';
import { Bid } from '../projects/bid.entity';
import { ProjectsRepository } from '../projects/projects.repository';
import { PurchaseProject } from '../projects/purchase-project.entity';
import { AwardService } from './award.service';
import { Objection } from './objection.entity';

/**
 * Objections (质疑) to a published result (R25; Government Procurement Law art. 52–53): a bidder
 * raises one within the window, by the database clock; an officer answers it. Upheld, the award
 * passes to the next bid in rank with a new window; no contract is signed while one is open.
 */
@Injectable()
export class ObjectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly projects: ProjectsRepository,
    private readonly award: AwardService,
  ) {}

  async raise(projectId: string, input: unknown, actor: RpcActor): Promise<PurchaseObjectionView> {
    authorize(actor, Permission.PROCUREMENT_APPLY);
    validatePlain(IdRef, { id: projectId }, 'project');
    const dto = validatePlain(RaisePurchaseObjectionDto, input, 'objection');
    const id = await this.dataSource.transaction(async (manager) => {
      const entries = actor.organizationId
        ? await manager.findBy(DirectoryEntry, { organizationId: actor.organizationId })
        : [];
      const bid = entries.length
        ? await manager.findOneBy(Bid, {
            projectId,
            entryId: In(entries.map((e) => e.id)),
            status: Not('WITHDRAWN'),
          })
        : null;
      // Only a bidder objects; to anyone else the project's bids are none of their business.
      if (!bid) throw ServiceError.notVisible('purchase project', projectId);
      const project = await manager.findOneOrFail(PurchaseProject, {
        where: { id: projectId },
        lock: { mode: 'pessimistic_read' },
      });
      const now = await this.projects.databaseNow(manager);
      if (
        project.status !== 'AWARDED' ||
        !project.objectionDeadline ||
        now >= project.objectionDeadline
      ) {
        throw new ServiceError(
          409,
          'RULE_R25_OBJECTION_WINDOW_CLOSED',
          'rule R25: objections are taken only while the published result’s window is open',
          undefined,
          '规则 R25：仅在成交结果公告的质疑期内可以提出质疑',
        );
      }
      const objection = manager.create(Objection, {
        id: randomUUID(),
        projectId,
        bidId: bid.id,
        text: dto.text,
        status: 'OPEN',
        answer: null,
        raisedBy: actor.userId,
        answeredBy: null,
        answeredAt: null,
      });
      await manager.insert(Objection, objection);
      await this.audit.record(manager, {
        actor,
        action: 'objection.raised',
        entityType: 'purchase-project',
        entityId: projectId,
        after: objection,
      });
      return objection.id;
    });
    return this.view(id);
  }

  async answer(id: string, input: unknown, actor: RpcActor): Promise<PurchaseObjectionView> {
    authorize(actor, Permission.PROCUREMENT_PURCHASE_MANAGE);
    validatePlain(IdRef, { id }, 'objection');
    const dto = validatePlain(AnswerPurchaseObjectionDto, input, 'answer');
    await this.dataSource.transaction(async (manager) => {
      const objection = await manager.findOne(Objection, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!objection) throw ServiceError.notFound('objection', id);
      if (objection.status !== 'OPEN') {
        throw new ServiceError(
          409,
          'OBJECTION_ANSWERED',
          `the objection is ${objection.status} already`,
          undefined,
          `该质疑已答复（${objection.status}）`,
        );
      }
      const project = await manager.findOneOrFail(PurchaseProject, {
        where: { id: objection.projectId },
        lock: { mode: 'pessimistic_write' },
      });
      objection.status = dto.decision;
      objection.answer = dto.answer;
      objection.answeredBy = actor.userId;
      objection.answeredAt = await this.projects.databaseNow(manager);
      await manager.save(objection);
      const next =
        dto.decision === 'UPHELD' && project.status === 'AWARDED'
          ? await this.award.passToNext(manager, project)
          : undefined;
      await this.audit.record(manager, {
        actor,
        action: 'objection.answered',
        entityType: 'purchase-project',
        entityId: project.id,
        after: {
          objectionId: id,
          decision: dto.decision,
          ...(next === undefined ? {} : { awardedBidId: next?.id ?? null, status: project.status }),
        },
      });
    });
    return this.view(id);
  }

  async list(projectId: string, input: unknown, actor: RpcActor): Promise<PurchaseObjectionPage> {
    authorize(actor, Permission.PROCUREMENT_PURCHASE_MANAGE);
    validatePlain(IdRef, { id: projectId }, 'project');
    const query = validatePlain(PurchaseObjectionsQuery, input ?? {}, 'query');
    const { page, pageSize, skip, take } = pageWindow(query);
    const [objections, total] = await this.dataSource.manager.findAndCount(Objection, {
      where: { projectId },
      order: { raisedAt: 'ASC', id: 'ASC' },
      skip,
      take,
    });
    const views = await Promise.all(objections.map((o) => this.view(o.id)));
    return { items: views, total, page, pageSize };
  }

  private async view(id: string): Promise<PurchaseObjectionView> {
    const o = await this.dataSource.manager.findOneByOrFail(Objection, { id });
    const bid = await this.dataSource.manager.findOneByOrFail(Bid, { id: o.bidId });
    return {
      id: o.id,
      projectId: o.projectId,
      bidId: o.bidId,
      undertakerName: bid.undertakerName,
      text: o.text,
      status: o.status,
      answer: o.answer,
      raisedAt: o.raisedAt.toISOString(),
      answeredAt: o.answeredAt ? o.answeredAt.toISOString() : null,
    };
  }
}
