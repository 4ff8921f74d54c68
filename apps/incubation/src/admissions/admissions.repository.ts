import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AdmissionApplication } from './admission.entity';

/** Whose applications a reader sees: every one, a base's (its staff), or one applicant's. */
export type AdmissionScope =
  | { kind: 'ALL' }
  | { kind: 'BASE'; baseId: string }
  | { kind: 'APPLICANT'; organizationId: string; userId: string };

/** A page of applications: which, in what order (ties by submission, then id), which rows. */
export interface AdmissionPageQuery {
  cohortId?: string;
  scope: AdmissionScope;
  sort: { field: string; order: 'ASC' | 'DESC' };
  skip: number;
  take: number;
}

/** The admissions feature's SQL. */
@Injectable()
export class AdmissionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page of the applications in scope, and how many there are in all. */
  page(query: AdmissionPageQuery): Promise<[AdmissionApplication[], number]> {
    const { cohortId, scope, sort, skip, take } = query;
    const qb = this.dataSource.manager
      .createQueryBuilder(AdmissionApplication, 'a')
      .orderBy(`a.${sort.field}`, sort.order)
      .addOrderBy('a.submittedAt', 'ASC')
      .addOrderBy('a.id', 'ASC');
    if (cohortId) qb.andWhere('a.cohortId = :cohortId', { cohortId });
    if (scope.kind === 'BASE') {
      qb.andWhere(
        'a.cohortId IN (SELECT c.id FROM "incubation".cohort c WHERE c.base_id = :baseId)',
        { baseId: scope.baseId },
      );
    } else if (scope.kind === 'APPLICANT') {
      qb.andWhere('(a.organizationId = :org OR a.submittedBy = :user)', {
        org: scope.organizationId,
        user: scope.userId,
      });
    }
    return qb.skip(skip).take(take).getManyAndCount();
  }
}
