import {
  type AdmissionPage,
  AdmissionsQuery,
  type AdmissionView,
  IdRef,
  pageWindow,
  sortOf,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { hasPermission, Permission } from '@civic/domain/access';
import { ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { authorizeCohortReader, isBaseBound } from '../access';
import { Cohort } from '../cohorts/cohort.entity';
import { AdmissionApplication } from './admission.entity';
import { admissionView } from './admission.mapper';
import { type AdmissionScope, AdmissionsRepository } from './admissions.repository';

/**
 * Admission applications as each reader may see them: an applicant its own (its organization's,
 * or those it submitted), staff their base's, officers every one; a page at a time, highest
 * priority bonus first unless sorted otherwise.
 */
@Injectable()
export class AdmissionsQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: AdmissionsRepository,
  ) {}

  async list(input: unknown, actor: RpcActor): Promise<AdmissionPage> {
    authorizeCohortReader(actor);
    const query = validatePlain(AdmissionsQuery, input ?? {}, 'query');
    const { cohortId } = query;
    const { page, pageSize, skip, take } = pageWindow(query);
    const [rows, total] = await this.repository.page({
      ...(cohortId ? { cohortId } : {}),
      scope: scopeOf(actor),
      sort: sortOf(query.sort, '-priorityBonus'),
      skip,
      take,
    });
    return { items: await this.views(rows), total, page, pageSize };
  }

  async get(id: string, actor: RpcActor): Promise<AdmissionView> {
    authorizeCohortReader(actor);
    validatePlain(IdRef, { id }, 'admission');
    const manager = this.dataSource.manager;
    const application = await manager.findOneBy(AdmissionApplication, { id });
    if (!application) throw ServiceError.notFound('admission application', id);
    const cohort = await manager.findOneByOrFail(Cohort, { id: application.cohortId });
    const visible = isBaseBound(actor)
      ? cohort.baseId === actor.baseId
      : hasPermission(actor.roles, Permission.INCUBATION_READ) ||
        application.submittedBy === actor.userId ||
        (!!actor.organizationId && application.organizationId === actor.organizationId);
    if (!visible) throw ServiceError.notVisible('admission application', id);
    return admissionView(application, cohort.name);
  }

  private async views(rows: AdmissionApplication[]): Promise<AdmissionView[]> {
    const cohorts = await this.dataSource.manager.findBy(Cohort, {
      id: In([...new Set(rows.map((r) => r.cohortId))]),
    });
    const names = new Map(cohorts.map((c) => [c.id, c.name]));
    return rows.map((r) => admissionView(r, names.get(r.cohortId) ?? ''));
  }
}

/** Staff see their base's applications, officers every one, an applicant its own. */
function scopeOf(actor: RpcActor): AdmissionScope {
  if (isBaseBound(actor)) return { kind: 'BASE', baseId: actor.baseId ?? NO_ID };
  if (hasPermission(actor.roles, Permission.INCUBATION_READ)) return { kind: 'ALL' };
  return { kind: 'APPLICANT', organizationId: actor.organizationId ?? NO_ID, userId: actor.userId };
}

const NO_ID = '00000000-0000-0000-0000-000000000000';
