import {
  type ApplicationPage,
  ApplicationsQuery,
  IdRef,
  type ApplicationView,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { organizationScope } from '@civic/domain/access';
import { ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type FindOptionsWhere, In } from 'typeorm';
import { authorizeSubsidyReader } from '../access';
import { SubsidyProgramme } from '../programmes/entities/subsidy-programme.entity';
import { applicationView } from './application.mapper';
import { SubsidyApplication } from './entities/subsidy-application.entity';

/**
 * Applications as officers review them, highest priority bonus first with its reasons (R13), and
 * as an applicant follows its own (scope: domain.md "Actors").
 */
@Injectable()
export class ApplicationsQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(input: unknown, actor: RpcActor): Promise<ApplicationPage> {
    authorizeSubsidyReader(actor);
    const query = validatePlain(ApplicationsQuery, input ?? {}, 'query');
    const scoped = this.scopeWhere(actor);
    if (scoped === null) return { items: [], total: 0 };
    const pageSize = query.pageSize ?? 50;
    const [rows, total] = await this.dataSource.getRepository(SubsidyApplication).findAndCount({
      where: { ...scoped, ...(query.programmeId ? { programmeId: query.programmeId } : {}) },
      order: { priorityBonus: 'DESC', submittedAt: 'ASC', id: 'ASC' },
      skip: ((query.page ?? 1) - 1) * pageSize,
      take: pageSize,
    });
    const programmes = await this.programmes(rows.map((r) => r.programmeId));
    return { items: rows.map((r) => applicationView(r, programmes.get(r.programmeId)!)), total };
  }

  async get(id: string, actor: RpcActor): Promise<ApplicationView> {
    authorizeSubsidyReader(actor);
    const { id: valid } = validatePlain(IdRef, { id }, 'application');
    const row = await this.dataSource.getRepository(SubsidyApplication).findOneBy({ id: valid });
    if (!row) throw ServiceError.notFound('subsidy application', valid);
    const scoped = this.scopeWhere(actor);
    if (
      scoped === null ||
      (scoped.organizationId && scoped.organizationId !== row.organizationId)
    ) {
      throw ServiceError.notVisible('subsidy application', valid);
    }
    const programmes = await this.programmes([row.programmeId]);
    return applicationView(row, programmes.get(row.programmeId)!);
  }

  /** Officers and administrators see all; an applicant only its organization's; others none. */
  private scopeWhere(actor: RpcActor): FindOptionsWhere<SubsidyApplication> | null {
    const scope = organizationScope(actor);
    if (scope.kind === 'all') return {};
    if (scope.kind === 'organization') return { organizationId: scope.organizationId };
    return null;
  }

  private async programmes(ids: string[]): Promise<Map<string, SubsidyProgramme>> {
    const rows = await this.dataSource
      .getRepository(SubsidyProgramme)
      .findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((p) => [p.id, p]));
  }
}
