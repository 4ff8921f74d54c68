import { randomUUID } from 'node:crypto';
import {
  AssignVenueDto,
  IdRef,
  type IncubateeView,
  LinkOrganizationDto,
  RecordActivityDto,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { beijingDayOf, dateStringOfDay } from '@civic/domain/calendar';
import { checkVenueAssignment } from '@civic/domain/incubation';
import { AuditTrail } from '@civic/platform/audit';
import { ServiceError } from '@civic/platform/rpc';
import { knownOrganization } from '@civic/platform/snapshots';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { AdmissionApplication } from '../admissions/admission.entity';
import { Venue } from '../bases/venue.entity';
import { InKindSupport } from './in-kind-support.entity';
import { inKindValue } from './in-kind-value';
import { IncubateeActivity } from './incubatee-activity.entity';
import { IncubateesQueries } from './incubatees.queries';
import { assertActive, lockIncubatee } from './incubatee-record';
import { VenueAssignment } from './venue-assignment.entity';

/**
 * Where an incubatee works and what it is given (R4, R15, R16): a place in a venue of its base,
 * shared sites allowed for organizations reachable by post; the free space and waived fees of the
 * cohort's package recorded as in-kind support in fen; its activities; and, for a founding group
 * that has registered, its organization.
 */
@Injectable()
export class PlacementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly queries: IncubateesQueries,
  ) {}

  async assignVenue(
    id: string,
    input: unknown,
    actor: RpcActor,
    now = new Date(),
  ): Promise<IncubateeView> {
    validatePlain(IdRef, { id }, 'incubatee');
    const { venueId } = validatePlain(AssignVenueDto, input, 'assignment');
    await this.dataSource.transaction(async (manager) => {
      const { incubatee, cohort } = await lockIncubatee(manager, id, actor);
      assertActive(incubatee);
      const venue = await manager.findOne(Venue, {
        where: { id: venueId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!venue || venue.baseId !== incubatee.baseId)
        throw ServiceError.notFound('venue of this base', venueId);
      if (await manager.existsBy(VenueAssignment, { incubateeId: id, releasedOn: IsNull() })) {
        throw new ServiceError(
          409,
          'ALREADY_PLACED',
          'the incubatee has a place already',
          undefined,
          '该组织已分配场地',
        );
      }
      const occupants = await manager.countBy(VenueAssignment, { venueId, releasedOn: IsNull() });
      // Reachable by post (R4): the registry requires an organization's postal address and
      // contact; a founding group is reached at the base's address through the contact it gave.
      const check = checkVenueAssignment({
        capacity: venue.capacity,
        occupants,
        shared: venue.shared,
        hasPostalAddress: true,
        hasContact: incubatee.organizationId !== null || (await this.hasContact(manager, id)),
      });
      if (!check.ok) {
        throw ServiceError.ruleViolated(
          'R4',
          [{ field: 'venueId', rule: 'R4', message: check.message, messageZh: check.messageZh }],
          `rule R4: ${check.message}`,
        );
      }
      const today = dateStringOfDay(beijingDayOf(now));
      await manager.insert(VenueAssignment, {
        id: randomUUID(),
        venueId,
        incubateeId: id,
        assignedOn: today,
        releasedOn: null,
      });
      const support = inKindValue(cohort, venue);
      for (const s of support) {
        await manager.insert(InKindSupport, {
          id: randomUUID(),
          incubateeId: id,
          cohortId: cohort.id,
          ...s,
        });
      }
      await this.audit.record(manager, {
        actor,
        action: 'venue.assigned',
        entityType: 'incubatee',
        entityId: id,
        after: { venueId, assignedOn: today, inKind: support },
      });
    });
    return this.queries.get(id, actor);
  }

  /** The space is handed back: the place is released, against the 15-working-day deadline (R16). */
  async spaceReturned(id: string, actor: RpcActor, now = new Date()): Promise<IncubateeView> {
    validatePlain(IdRef, { id }, 'incubatee');
    await this.dataSource.transaction(async (manager) => {
      const { incubatee } = await lockIncubatee(manager, id, actor);
      if (incubatee.status === 'ACTIVE' || incubatee.spaceReturnedOn) {
        throw new ServiceError(
          409,
          'NO_SPACE_TO_RETURN',
          'only an incubatee that has left and has not handed its space back returns it',
          undefined,
          '该组织尚未退出孵化或已交还场地',
        );
      }
      const today = dateStringOfDay(beijingDayOf(now));
      await manager.update(
        VenueAssignment,
        { incubateeId: id, releasedOn: IsNull() },
        { releasedOn: today },
      );
      incubatee.spaceReturnedOn = today;
      await manager.save(incubatee);
      await this.audit.record(manager, {
        actor,
        action: 'space.returned',
        entityType: 'incubatee',
        entityId: id,
        after: { spaceReturnedOn: today, due: incubatee.spaceReturnDue },
      });
    });
    return this.queries.get(id, actor);
  }

  async recordActivity(id: string, input: unknown, actor: RpcActor): Promise<IncubateeView> {
    validatePlain(IdRef, { id }, 'incubatee');
    const dto = validatePlain(RecordActivityDto, input, 'activity');
    await this.dataSource.transaction(async (manager) => {
      const { incubatee } = await lockIncubatee(manager, id, actor);
      assertActive(incubatee);
      await manager.insert(IncubateeActivity, { id: randomUUID(), incubateeId: id, ...dto });
    });
    return this.queries.get(id, actor);
  }

  /** A founding group registered during incubation: its record now follows the organization. */
  async linkOrganization(id: string, input: unknown, actor: RpcActor): Promise<IncubateeView> {
    validatePlain(IdRef, { id }, 'incubatee');
    const { organizationId } = validatePlain(LinkOrganizationDto, input, 'link');
    await this.dataSource.transaction(async (manager) => {
      const { incubatee } = await lockIncubatee(manager, id, actor);
      if (incubatee.organizationId) {
        throw new ServiceError(
          409,
          'ALREADY_LINKED',
          'the incubatee is an organization already',
          undefined,
          '该孵化对象已关联组织',
        );
      }
      const org = await knownOrganization(manager, organizationId, '孵化管理系统');
      incubatee.organizationId = org.organizationId;
      incubatee.name = org.name;
      await manager.save(incubatee);
      await this.audit.record(manager, {
        actor,
        action: 'incubatee.linked',
        entityType: 'incubatee',
        entityId: id,
        after: { organizationId },
      });
    });
    return this.queries.get(id, actor);
  }

  private async hasContact(manager: EntityManager, id: string): Promise<boolean> {
    const application = await manager.findOneBy(AdmissionApplication, { id });
    return !!application?.contactName && !!application.contactPhone;
  }
}
