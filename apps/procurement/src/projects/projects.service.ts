import { randomUUID } from 'node:crypto';
import {
  AnnounceProjectDto,
  CreatePurchaseProjectDto,
  IdRef,
  type PurchaseProjectPage,
  PurchaseProjectQuery,
  type PurchaseProjectView,
  type RpcActor,
  SetFormDto,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import {
  checkContractTerm,
  checkCriteria,
  checkPurchaseMethod,
  checkPurchaseScope,
  purchaseProjectStatus,
} from '@civic/domain/procurement';
import { AuditTrail } from '@civic/platform/audit';
import { buildForm, replaceForm } from '@civic/platform/forms';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CatalogueItem } from '../catalogue/catalogue-item.entity';
import { purchasePolicyInForce } from '../policy/purchase-policy';
import { refused } from '../rule-errors';
import { Bid } from './bid.entity';
import { PurchaseProject } from './purchase-project.entity';
import { ProjectsRepository } from './projects.repository';

/**
 * Purchase projects (R25): an officer drafts one for a catalogue item within the year's budget
 * (Order 102 art. 14), by a method the budget allows, with its criteria and any R12 reservation
 * announced up front; then publishes the announcement with a bid deadline.
 */
@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly repository: ProjectsRepository,
  ) {}

  async create(input: unknown, actor: RpcActor): Promise<PurchaseProjectView> {
    authorize(actor, Permission.PROCUREMENT_PURCHASE_MANAGE);
    const dto = validatePlain(CreatePurchaseProjectDto, input, 'project');
    const id = await this.dataSource.transaction(async (manager) => {
      // rule R25: the purchase policy in force today for the project's region (issue #17); the
      // project stamps its version, and its later decisions use that version.
      const policy = await purchasePolicyInForce(manager, undefined, dto.regionCode);
      const item = await manager.findOneBy(CatalogueItem, { id: dto.catalogueItemId });
      // One project at a time plans against a year's budget (R27): the budget row is the lock.
      const budget = await this.repository.lockYearBudget(manager, dto.fiscalYear);
      const scope = checkPurchaseScope(item, dto, budget);
      if (!scope.ok) throw refused(scope);
      const method = checkPurchaseMethod(policy, {
        budgetFen: dto.budgetFen,
        method: dto.method,
        justification: dto.methodJustification,
      });
      if (!method.ok) throw refused(method);
      const criteria = checkCriteria(policy, dto.criteria);
      if (!criteria.ok) throw refused(criteria);
      // The term is checked at the contract too; refusing it here spares an announcement that
      // promises a contract the law does not allow (Order 102 art. 24).
      const term = checkContractTerm(policy, {
        months: dto.contractMonths,
        stable: item!.stable,
        budgetSecured: dto.budgetSecured ?? false,
      });
      if (!term.ok) throw refused({ ...term, field: 'contractMonths' });
      const id = randomUUID();
      const project = manager.create(PurchaseProject, {
        id,
        catalogueItemId: dto.catalogueItemId,
        regionCode: dto.regionCode,
        fiscalYear: dto.fiscalYear,
        title: dto.title,
        description: dto.description,
        budgetFen: dto.budgetFen,
        method: method.method,
        methodJustification: dto.methodJustification?.trim() || null,
        contractMonths: dto.contractMonths,
        budgetSecured: dto.budgetSecured ?? false,
        reservedForSocialOrganizations: dto.reservedForSocialOrganizations ?? false,
        criteria: dto.criteria.map((c) => ({
          ...c,
          kind: c.kind ?? 'PANEL',
          tilt: c.tilt ?? false,
        })),
        status: 'DRAFT',
        policyVersion: policy.version,
        announcedAt: null,
        bidDeadline: null,
        // issue #17: questions given with the project are its form's first version.
        ...(dto.questions?.length
          ? {
              form: buildForm(
                { questions: dto.questions },
                { owner: 'purchase-project', id, version: 1 },
              ),
              formVersion: 1,
            }
          : { form: null, formVersion: 0 }),
        createdBy: actor.userId,
      });
      await manager.insert(PurchaseProject, project);
      await this.audit.record(manager, {
        actor,
        action: 'purchase-project.created',
        entityType: 'purchase-project',
        entityId: project.id,
        after: project,
      });
      return project.id;
    });
    return this.view(id);
  }

  /**
   * Publish the announcement (R25): its criteria and reservation are fixed from now on, and bids
   * are taken until the deadline, which must lie ahead by the database clock.
   */
  async announce(id: string, input: unknown, actor: RpcActor): Promise<PurchaseProjectView> {
    authorize(actor, Permission.PROCUREMENT_PURCHASE_MANAGE);
    validatePlain(IdRef, { id }, 'project');
    const dto = validatePlain(AnnounceProjectDto, input, 'announcement');
    await this.dataSource.transaction(async (manager) => {
      const project = await this.locked(manager, id);
      const now = await this.repository.databaseNow(manager);
      const deadline = new Date(dto.bidDeadline);
      if (deadline <= now) {
        throw new ServiceError(
          422,
          'RULE_R25_DEADLINE_PASSED',
          `rule R25: the bid deadline ${dto.bidDeadline} is not in the future`,
          [
            {
              field: 'bidDeadline',
              rule: 'R25',
              message: 'the bid deadline must be in the future',
              messageZh: '投标截止时间须晚于当前时间',
            },
          ],
          `规则 R25：投标截止时间 ${dto.bidDeadline} 不晚于当前时间`,
        );
      }
      const before = { ...project };
      project.status = purchaseProjectStatus.next(project.status, 'ANNOUNCE');
      project.announcedAt = now;
      project.bidDeadline = deadline;
      await manager.save(project);
      await this.audit.record(manager, {
        actor,
        action: 'purchase-project.announced',
        entityType: 'purchase-project',
        entityId: id,
        before,
        after: project,
      });
    });
    return this.view(id);
  }

  /**
   * Replaces the questions added to the bid (issue #17) with a new version of the project's form
   * (R25: the bidding documents are the buyer's): while the project is a draft or announced and
   * until its first bid, withdrawn ones included; from then on the answers must keep their
   * meaning, and a project past bidding takes no answers at all (409 FORM_FROZEN). Bids take the
   * project's row FOR SHARE, so a bid and a change never cross.
   */
  async setForm(id: string, input: unknown, actor: RpcActor): Promise<PurchaseProjectView> {
    authorize(actor, Permission.PROCUREMENT_PURCHASE_MANAGE);
    validatePlain(IdRef, { id }, 'project');
    const { questions } = validatePlain(SetFormDto, input, 'form');
    await this.dataSource.transaction(async (manager) => {
      const project = await this.locked(manager, id);
      // Past announcement a project takes no more bids, so no more answers: its form stays too.
      await replaceForm(manager, PurchaseProject, project, questions, {
        owner: 'purchase-project',
        what: 'purchase project',
        frozen:
          (project.status !== 'DRAFT' && project.status !== 'ANNOUNCED') ||
          (await manager.existsBy(Bid, { projectId: id })),
        audit: this.audit,
        actor,
        entityType: 'purchase-project',
      });
    });
    return this.view(id);
  }

  /** Cancel a project before its contract (R25): what it planned goes back to the year's budget. */
  async cancel(id: string, actor: RpcActor): Promise<PurchaseProjectView> {
    authorize(actor, Permission.PROCUREMENT_PURCHASE_MANAGE);
    validatePlain(IdRef, { id }, 'project');
    await this.dataSource.transaction(async (manager) => {
      const project = await this.locked(manager, id);
      const before = { ...project };
      project.status = purchaseProjectStatus.next(project.status, 'CANCEL');
      await manager.save(project);
      await this.audit.record(manager, {
        actor,
        action: 'purchase-project.cancelled',
        entityType: 'purchase-project',
        entityId: id,
        before,
        after: project,
      });
    });
    return this.view(id);
  }

  /** Officers' list: drafts included. */
  list(input: unknown, actor: RpcActor): Promise<PurchaseProjectPage> {
    authorize(actor, Permission.PROCUREMENT_PURCHASE_MANAGE);
    const query = validatePlain(PurchaseProjectQuery, input ?? {}, 'query');
    return this.repository.page(this.dataSource.manager, query, false);
  }

  /**
   * Announcements (采购公告), for anyone without logging in and for undertakers choosing what to
   * bid on: every project once announced, whatever became of it since (R25).
   */
  announcements(input: unknown): Promise<PurchaseProjectPage> {
    const query = validatePlain(PurchaseProjectQuery, input ?? {}, 'query');
    return this.repository.page(this.dataSource.manager, query, true);
  }

  async get(id: string, actor: RpcActor): Promise<PurchaseProjectView> {
    authorize(actor, Permission.PROCUREMENT_PURCHASE_MANAGE);
    validatePlain(IdRef, { id }, 'project');
    return this.view(id);
  }

  private async locked(manager: EntityManager, id: string): Promise<PurchaseProject> {
    const project = await manager.findOne(PurchaseProject, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!project) throw ServiceError.notFound('purchase project', id);
    return project;
  }

  private async view(id: string): Promise<PurchaseProjectView> {
    const view = await this.repository.view(this.dataSource.manager, id);
    if (!view) throw ServiceError.notFound('purchase project', id);
    return view;
  }
}
