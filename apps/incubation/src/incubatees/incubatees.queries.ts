import {
  IdRef,
  type IncubateePage,
  IncubateesQuery,
  pageWindow,
  sortOf,
  type IncubateeView,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { hasPermission, Permission } from '@civic/domain/access';
import { beijingDayOf } from '@civic/domain/calendar';
import { ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { authorizeCohortReader, isBaseBound } from '../access';
import { Incubatee } from './incubatee.entity';
import { incubateeView } from './incubatee.mapper';
import { type IncubateeScope, IncubateesRepository } from './incubatees.repository';

/**
 * Incubation records as each reader may see them: staff their base's, officers every one, an
 * applicant its organization's. Each with its venue, in-kind support, training, activities, start-up
 * subsidy and, once it has left, whether its space came back in time (R16).
 */
@Injectable()
export class IncubateesQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: IncubateesRepository,
  ) {}

  async list(input: unknown, actor: RpcActor, now = new Date()): Promise<IncubateePage> {
    authorizeCohortReader(actor);
    const query = validatePlain(IncubateesQuery, input ?? {}, 'query');
    const { cohortId } = query;
    const { page, pageSize, skip, take } = pageWindow(query);
    const [rows, total] = await this.repository.page({
      ...(cohortId ? { cohortId } : {}),
      scope: scopeOf(actor),
      sort: sortOf(query.sort, 'name'),
      skip,
      take,
    });
    const items = await this.views(this.dataSource.manager, rows, now);
    return { items, total, page, pageSize };
  }

  async get(id: string, actor: RpcActor, now = new Date()): Promise<IncubateeView> {
    authorizeCohortReader(actor);
    validatePlain(IdRef, { id }, 'incubatee');
    const manager = this.dataSource.manager;
    const incubatee = await manager.findOneBy(Incubatee, { id });
    if (!incubatee) throw ServiceError.notFound('incubatee', id);
    const visible = isBaseBound(actor)
      ? incubatee.baseId === actor.baseId
      : hasPermission(actor.roles, Permission.INCUBATION_READ) ||
        (!!actor.organizationId && incubatee.organizationId === actor.organizationId);
    if (!visible) throw ServiceError.notVisible('incubatee', id);
    const [view] = await this.views(manager, [incubatee], now);
    return view;
  }

  private async views(
    manager: EntityManager,
    incubatees: Incubatee[],
    now: Date,
  ): Promise<IncubateeView[]> {
    if (incubatees.length === 0) return [];
    const records = await this.repository.records(manager, incubatees);
    const today = beijingDayOf(now);
    return incubatees.map((i) => incubateeView(i, records, today));
  }
}

/** Staff see their base's records, officers every one, an applicant its organization's. */
function scopeOf(actor: RpcActor): IncubateeScope {
  if (isBaseBound(actor)) return { kind: 'BASE', baseId: actor.baseId ?? NO_ID };
  if (hasPermission(actor.roles, Permission.INCUBATION_READ)) return { kind: 'ALL' };
  return { kind: 'ORGANIZATION', organizationId: actor.organizationId ?? NO_ID };
}

const NO_ID = '00000000-0000-0000-0000-000000000000';
