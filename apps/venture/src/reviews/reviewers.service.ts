import { randomUUID } from 'node:crypto';
import {
  CreateReviewerDto,
  IdRef,
  pageWindow,
  type ReviewerPage,
  ReviewersQuery,
  type ReviewerView,
  type RpcActor,
  UpdateReviewerDto,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { checkDeclaredRelation } from '@civic/domain/venture';
import { AuditTrail } from '@civic/platform/audit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { assertValid } from '../rule-errors';
import { Reviewer } from './reviewer.entity';

/** The expert pool (R18): each reviewer's fields and declared relations, audited. */
@Injectable()
export class ReviewersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async create(input: unknown, actor: RpcActor): Promise<ReviewerView> {
    authorize(actor, Permission.VENTURE_MANAGE);
    const dto = validatePlain(CreateReviewerDto, input, 'reviewer');
    checkRelations(dto.relations);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(Reviewer, { userId: dto.userId })) {
        throw new ServiceError(
          409,
          'REVIEWER_EXISTS',
          'the user is in the pool already',
          undefined,
          '该用户已在专家库中',
        );
      }
      const reviewer = manager.create(Reviewer, { id: randomUUID(), ...dto, active: true });
      await manager.insert(Reviewer, reviewer);
      await this.audit.record(manager, {
        actor,
        action: 'reviewer.added',
        entityType: 'reviewer',
        entityId: reviewer.id,
        after: reviewer,
      });
      return reviewerView(reviewer);
    });
  }

  /**
   * The entry replaced whole: relations as now declared (a new job, a marriage, a tie that ended)
   * count from the next draw; draws already made stay as they were, with their recusals (R18).
   * An inactive reviewer is kept, with their past assignments, and drawn no more.
   */
  async update(id: string, input: unknown, actor: RpcActor): Promise<ReviewerView> {
    authorize(actor, Permission.VENTURE_MANAGE);
    validatePlain(IdRef, { id }, 'reviewer');
    const dto = validatePlain(UpdateReviewerDto, input, 'reviewer');
    checkRelations(dto.relations);
    return this.dataSource.transaction(async (manager) => {
      const reviewer = await manager.findOne(Reviewer, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!reviewer) throw ServiceError.notFound('reviewer', id);
      const before = reviewerView(reviewer);
      Object.assign(reviewer, {
        name: dto.name,
        fields: dto.fields,
        relations: dto.relations,
        active: dto.active,
      });
      await manager.save(reviewer);
      await this.audit.record(manager, {
        actor,
        action: 'reviewer.updated',
        entityType: 'reviewer',
        entityId: id,
        before,
        after: reviewerView(reviewer),
      });
      return reviewerView(reviewer);
    });
  }

  async list(input: unknown, actor: RpcActor): Promise<ReviewerPage> {
    authorize(actor, Permission.VENTURE_MANAGE);
    const { page, pageSize, skip, take } = pageWindow(
      validatePlain(ReviewersQuery, input ?? {}, 'query'),
    );
    const [reviewers, total] = await this.dataSource.manager.findAndCount(Reviewer, {
      order: { name: 'ASC', id: 'ASC' },
      skip,
      take,
    });
    return { items: reviewers.map(reviewerView), total, page, pageSize };
  }
}

/** Each declared relation checked on its own, a 422 naming `relations.<i>.<field>` (R18). */
function checkRelations(relations: CreateReviewerDto['relations']): void {
  relations.forEach((relation, i) =>
    assertValid(checkDeclaredRelation(relation), 'R18', `relations.${i}`),
  );
}

function reviewerView(r: Reviewer): ReviewerView {
  return {
    id: r.id,
    userId: r.userId,
    name: r.name,
    fields: r.fields,
    relations: r.relations,
    active: r.active,
  };
}
