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
import { beijingDayOf, dayOfDateString } from '@civic/domain/calendar';
import { deadlineStatus } from '@civic/domain/incubation';
import { ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { authorizeCohortReader, isBaseBound } from '../access';
import { Venue } from '../bases/venue.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { TrainingAttendance } from '../training/training-attendance.entity';
import { InKindSupport } from './in-kind-support.entity';
import { Incubatee } from './incubatee.entity';
import { IncubateeActivity } from './incubatee-activity.entity';
import { StartupSubsidy } from './startup-subsidy.entity';
import { VenueAssignment } from './venue-assignment.entity';

/**
 * Incubation records as each reader may see them: staff their base's, officers every one, an
 * applicant its organization's. Each with its venue, in-kind support, training, activities, start-up
 * subsidy and, once it has left, whether its space came back in time (R16).
 */
@Injectable()
export class IncubateeQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(input: unknown, actor: RpcActor, now = new Date()): Promise<IncubateePage> {
    authorizeCohortReader(actor);
    const query = validatePlain(IncubateesQuery, input ?? {}, 'query');
    const { cohortId } = query;
    const { page, pageSize, skip, take } = pageWindow(query);
    const { field, order } = sortOf(query.sort, 'name');
    const qb = this.dataSource.manager
      .createQueryBuilder(Incubatee, 'i')
      .orderBy(`i.${field}`, order)
      .addOrderBy('i.name', 'ASC')
      .addOrderBy('i.id', 'ASC');
    if (cohortId) qb.andWhere('i.cohortId = :cohortId', { cohortId });
    if (isBaseBound(actor)) {
      qb.andWhere('i.baseId = :baseId', { baseId: actor.baseId ?? NO_ID });
    } else if (!hasPermission(actor.roles, Permission.INCUBATION_READ)) {
      qb.andWhere('i.organizationId = :org', { org: actor.organizationId ?? NO_ID });
    }
    const [rows, total] = await qb.skip(skip).take(take).getManyAndCount();
    const items = await incubateeViews(this.dataSource.manager, rows, now);
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
    if (!visible) {
      throw ServiceError.forbidden(
        'the incubation record is outside your scope',
        '无权查看该孵化记录',
      );
    }
    const [view] = await incubateeViews(manager, [incubatee], now);
    return view;
  }
}

const NO_ID = '00000000-0000-0000-0000-000000000000';

async function incubateeViews(
  manager: EntityManager,
  incubatees: Incubatee[],
  now: Date,
): Promise<IncubateeView[]> {
  if (incubatees.length === 0) return [];
  const ids = incubatees.map((i) => i.id);
  const [cohorts, places, inKind, attended, activities, subsidies] = await Promise.all([
    manager.findBy(Cohort, { id: In([...new Set(incubatees.map((i) => i.cohortId))]) }),
    manager.find(VenueAssignment, {
      where: { incubateeId: In(ids) },
      order: { assignedOn: 'DESC' },
    }),
    manager.find(InKindSupport, { where: { incubateeId: In(ids) }, order: { kind: 'ASC' } }),
    countBy(manager, TrainingAttendance, ids),
    countBy(manager, IncubateeActivity, ids),
    manager.findBy(StartupSubsidy, { incubateeId: In(ids) }),
  ]);
  const venues = await manager.findBy(Venue, {
    id: In([...new Set(places.map((p) => p.venueId))]),
  });
  const today = beijingDayOf(now);
  return incubatees.map((i) => {
    const place = places.find((p) => p.incubateeId === i.id);
    const venue = venues.find((v) => v.id === place?.venueId);
    const support = inKind.filter((k) => k.incubateeId === i.id);
    const subsidy = subsidies.find((s) => s.incubateeId === i.id);
    return {
      id: i.id,
      cohortId: i.cohortId,
      cohortName: cohorts.find((c) => c.id === i.cohortId)?.name ?? '',
      baseId: i.baseId,
      ...(i.organizationId ? { organizationId: i.organizationId } : {}),
      name: i.name,
      admittedAt: new Date(i.admittedAt).toISOString(),
      status: i.status,
      ...(place && venue
        ? {
            venue: {
              venueId: venue.id,
              venueName: venue.name,
              shared: venue.shared,
              assignedOn: place.assignedOn,
              ...(place.releasedOn ? { releasedOn: place.releasedOn } : {}),
            },
          }
        : {}),
      inKind: support.map((k) => ({ kind: k.kind, valueFen: k.valueFen, basis: k.basis })),
      inKindFen: support.reduce((sum, k) => sum + k.valueFen, 0),
      trainingSessionsAttended: attended.get(i.id) ?? 0,
      activitiesHeld: activities.get(i.id) ?? 0,
      ...(subsidy
        ? {
            subsidy: {
              status: subsidy.status,
              amountFen: subsidy.amountFen,
              ...(subsidy.paymentId
                ? {
                    payment: {
                      paymentId: subsidy.paymentId,
                      ...(subsidy.bankReference ? { bankReference: subsidy.bankReference } : {}),
                      ...(subsidy.paidAt ? { paidAt: new Date(subsidy.paidAt).toISOString() } : {}),
                      ...(subsidy.custodianName ? { custodianName: subsidy.custodianName } : {}),
                    },
                  }
                : {}),
              ...(subsidy.statusReason ? { statusReason: subsidy.statusReason } : {}),
            },
          }
        : {}),
      ...(i.exitedOn ? { exitedOn: i.exitedOn } : {}),
      ...(i.exitReason ? { exitReason: i.exitReason } : {}),
      ...(i.graduation ? { graduation: i.graduation } : {}),
      ...(i.spaceReturnDue
        ? {
            spaceReturn: deadlineStatus({
              deadlineDay: dayOfDateString(i.spaceReturnDue, 'spaceReturnDue'),
              today,
              ...(i.spaceReturnedOn
                ? { doneDay: dayOfDateString(i.spaceReturnedOn, 'spaceReturnedOn') }
                : {}),
            }),
          }
        : {}),
    };
  });
}

async function countBy(
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
