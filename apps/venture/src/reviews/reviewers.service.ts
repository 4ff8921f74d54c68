import { randomUUID } from 'node:crypto';
import {
  CreateReviewerDto,
  type ReviewerView,
  type RpcActor,
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
    dto.relations.forEach((relation, i) =>
      assertValid(checkDeclaredRelation(relation), 'R18', `relations.${i}`),
    );
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

  async list(actor: RpcActor): Promise<ReviewerView[]> {
    authorize(actor, Permission.VENTURE_MANAGE);
    const reviewers = await this.dataSource.manager.find(Reviewer, { order: { name: 'ASC' } });
    return reviewers.map(reviewerView);
  }
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
