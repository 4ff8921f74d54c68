import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { Venue } from '../bases/venue.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { TrainingAttendance } from '../training/training-attendance.entity';
import { InKindSupport } from './in-kind-support.entity';
import { Incubatee } from './incubatee.entity';
import { IncubateeActivity } from './incubatee-activity.entity';
import { StartupSubsidy } from './startup-subsidy.entity';
import { VenueAssignment } from './venue-assignment.entity';

/** Whose incubation records a reader sees: every one, a base's (its staff), one organization's. */
export type IncubateeScope =
  | { kind: 'ALL' }
  | { kind: 'BASE'; baseId: string }
  | { kind: 'ORGANIZATION'; organizationId: string };

/** A page of incubatees: which, in what order (ties by name, then id), which rows. */
export interface IncubateePageQuery {
  cohortId?: string;
  scope: IncubateeScope;
  sort: { field: string; order: 'ASC' | 'DESC' };
  skip: number;
  take: number;
}

/** The incubatees feature's SQL, and the records an incubatee's view is made of. */
@Injectable()
export class IncubateesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page of the incubatees in scope, and how many there are in all. */
  page(query: IncubateePageQuery): Promise<[Incubatee[], number]> {
    const { cohortId, scope, sort, skip, take } = query;
    const qb = this.dataSource.manager
      .createQueryBuilder(Incubatee, 'i')
      .orderBy(`i.${sort.field}`, sort.order)
      .addOrderBy('i.name', 'ASC')
      .addOrderBy('i.id', 'ASC');
    if (cohortId) qb.andWhere('i.cohortId = :cohortId', { cohortId });
    if (scope.kind === 'BASE') {
      qb.andWhere('i.baseId = :baseId', { baseId: scope.baseId });
    } else if (scope.kind === 'ORGANIZATION') {
      qb.andWhere('i.organizationId = :org', { org: scope.organizationId });
    }
    return qb.skip(skip).take(take).getManyAndCount();
  }

  /**
   * What the views of some incubatees show: their cohorts, places (newest first) and venues,
   * in-kind support, training attended, activities held and start-up subsidies.
   */
  async records(manager: EntityManager, incubatees: Incubatee[]) {
    const ids = incubatees.map((i) => i.id);
    const [cohorts, places, inKind, attended, activities, subsidies] = await Promise.all([
      manager.findBy(Cohort, { id: In([...new Set(incubatees.map((i) => i.cohortId))]) }),
      manager.find(VenueAssignment, {
        where: { incubateeId: In(ids) },
        order: { assignedOn: 'DESC' },
      }),
      manager.find(InKindSupport, { where: { incubateeId: In(ids) }, order: { kind: 'ASC' } }),
      this.countBy(manager, TrainingAttendance, ids),
      this.countBy(manager, IncubateeActivity, ids),
      manager.findBy(StartupSubsidy, { incubateeId: In(ids) }),
    ]);
    const venues = await manager.findBy(Venue, {
      id: In([...new Set(places.map((p) => p.venueId))]),
    });
    return { cohorts, places, venues, inKind, attended, activities, subsidies };
  }

  /** Rows per incubatee of an entity that has an incubatee id. */
  private async countBy(
    manager: EntityManager,
    entity: typeof TrainingAttendance | typeof IncubateeActivity,
    ids: string[],
  ): Promise<Map<string, number>> {
    const rows: { id: string; n: number }[] = await manager
      .createQueryBuilder(entity, 'x')
      .select('x.incubateeId', 'id')
      .addSelect('count(*)::int', 'n')
      .where('x.incubateeId IN (:...ids)', { ids })
      .groupBy('x.incubateeId')
      .getRawMany();
    return new Map(rows.map((r) => [r.id, r.n]));
  }
}

export type IncubateeRecords = Awaited<ReturnType<IncubateesRepository['records']>>;
