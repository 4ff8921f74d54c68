import { randomUUID } from 'node:crypto';
import {
  CreateReviewerDto,
  pageWindow,
  type ReviewerPage,
  ReviewersQuery,
  type ReviewerView,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { checkDeclaredRelation } from '@civic/domain/conflicts';
import { AuditTrail } from '@civic/platform/audit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Expert } from './expert.entity';

/**
 * Government purchase's expert pool (评审专家库, R18): each expert's user, fields and declared ties,
 * in the same shape as venture's reviewer pool, checked by the same shared conflict rules.
 */
@Injectable()
export class ExpertsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async add(input: unknown, actor: RpcActor): Promise<ReviewerView> {
    authorize(actor, Permission.PROCUREMENT_PURCHASE_MANAGE);
    const dto = validatePlain(CreateReviewerDto, input, 'expert');
    dto.relations.forEach((relation, i) => {
      const check = checkDeclaredRelation(relation);
      if (!check.ok) {
        throw ServiceError.ruleViolated(
          'R18',
          check.violations.map((v) => ({
            field: v.field ? `relations.${i}.${v.field}` : `relations.${i}`,
            rule: 'R18',
            message: v.message,
            messageZh: v.messageZh,
          })),
          `rule R18: relations.${i}: ${check.violations.map((v) => v.message).join('; ')}`,
        );
      }
    });
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(Expert, { userId: dto.userId })) {
        throw new ServiceError(
          409,
          'EXPERT_EXISTS',
          'the user is in the expert pool already',
          undefined,
          '该用户已在评审专家库中',
        );
      }
      const expert = manager.create(Expert, { id: randomUUID(), ...dto, active: true });
      await manager.insert(Expert, expert);
      await this.audit.record(manager, {
        actor,
        action: 'expert.added',
        entityType: 'expert',
        entityId: expert.id,
        after: expert,
      });
      return expertView(expert);
    });
  }

  async list(input: unknown, actor: RpcActor): Promise<ReviewerPage> {
    authorize(actor, Permission.PROCUREMENT_PURCHASE_MANAGE);
    const query = validatePlain(ReviewersQuery, input ?? {}, 'query');
    const { page, pageSize, skip, take } = pageWindow(query);
    const [experts, total] = await this.dataSource.manager.findAndCount(Expert, {
      order: { name: 'ASC', id: 'ASC' },
      skip,
      take,
    });
    return { items: experts.map(expertView), total, page, pageSize };
  }
}

function expertView(e: Expert): ReviewerView {
  return {
    id: e.id,
    userId: e.userId,
    name: e.name,
    fields: e.fields,
    relations: e.relations,
    active: e.active,
  };
}
