import {
  ExitDto,
  GraduateDto,
  IdRef,
  type IncubateeView,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { beijingDayOf, dateStringOfDay, dayOfDateString } from '@civic/domain/calendar';
import {
  checkGraduation,
  type GraduationCriterion,
  incubateeStatus,
  monthsBetween,
  spaceReturnDeadline,
} from '@civic/domain/incubation';
import { AuditTrail } from '@civic/platform/audit';
import { workingCalendarHere } from '@civic/platform/policy-copies';
import { OutboxWriter } from '@civic/platform/messaging';
import { ServiceError } from '@civic/platform/rpc';
import { OrganizationSnapshot } from '@civic/platform/snapshots';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { Cohort } from '../cohorts/cohort.entity';
import { countLeft } from '../dashboard/cohort-tally';
import { TrainingAttendance } from '../training/training-attendance.entity';
import type { Incubatee } from './incubatee.entity';
import { IncubateeActivity } from './incubatee-activity.entity';
import { IncubateesQueries } from './incubatees.queries';
import { assertActive, lockIncubatee } from './incubatee-record';
import { VenueAssignment } from './venue-assignment.entity';

/**
 * Leaving a base (R16). Graduation (出壳) is checked against the cohort's recorded criteria: months
 * incubated, training attended (R11), activities held, the registry's tier, and what staff confirm;
 * unmet criteria refuse it with each reason. A graduate is announced to the registry, whose record
 * the priority score reads (R13). Graduate or not, space lent is due back within 15 working days.
 */
@Injectable()
export class GraduationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly outbox: OutboxWriter,
    private readonly queries: IncubateesQueries,
  ) {}

  async graduate(
    id: string,
    input: unknown,
    actor: RpcActor,
    now = new Date(),
  ): Promise<IncubateeView> {
    validatePlain(IdRef, { id }, 'incubatee');
    const dto = validatePlain(GraduateDto, input, 'graduation');
    await this.dataSource.transaction(async (manager) => {
      const { incubatee, cohort } = await lockIncubatee(manager, id, actor);
      assertActive(incubatee);
      if (!incubatee.organizationId) {
        throw new ServiceError(
          409,
          'RULE_R16_NOT_REGISTERED',
          'rule R16: a founding group graduates once it has registered and its organization is linked',
          undefined,
          '规则 R16：筹备团队须完成登记（备案）并关联组织后方可出壳',
        );
      }
      const today = beijingDayOf(now);
      const check = checkGraduation(cohort.graduationCriteria as GraduationCriterion[], {
        monthsIncubated: Math.max(
          0,
          monthsBetween(dayOfDateString(cohort.startsOn, 'startsOn'), today),
        ),
        trainingSessionsAttended: await manager.countBy(TrainingAttendance, { incubateeId: id }),
        activitiesHeld: await manager.countBy(IncubateeActivity, { incubateeId: id }),
        tier: (
          await manager.findOneBy(OrganizationSnapshot, {
            organizationId: incubatee.organizationId,
          })
        )?.data.tier,
        confirmed: dto.confirmed,
      });
      const results = check.results.map((r) => ({
        kind: r.criterion.kind,
        met: r.met,
        message: r.message,
        messageZh: r.messageZh,
      }));
      if (!check.ok) {
        throw ServiceError.ruleViolated(
          'R16',
          results
            .map((r, index) => ({ r, index }))
            .filter(({ r }) => !r.met)
            .map(({ r, index }) => ({
              field: `graduationCriteria.${index}`,
              rule: 'R16',
              message: r.message,
              messageZh: r.messageZh,
            })),
          `rule R16: not every graduation criterion is met: ${results
            .filter((r) => !r.met)
            .map((r) => r.message)
            .join('; ')}`,
        );
      }
      await this.leave(manager, incubatee, 'GRADUATED', today, null);
      incubatee.graduation = { results, ...(dto.note ? { note: dto.note } : {}) };
      await manager.save(incubatee);
      await this.outbox.publish(manager, 'incubation.organization-graduated.v1', {
        organizationId: incubatee.organizationId,
        baseId: incubatee.baseId,
        cohortId: cohort.id,
        graduatedAt: now.toISOString(),
      });
      await this.audit.record(manager, {
        actor,
        action: 'incubatee.graduated',
        entityType: 'incubatee',
        entityId: id,
        after: incubatee,
      });
    });
    return this.queries.get(id, actor);
  }

  /** An incubatee leaves without graduating, with the reason (R16). */
  async exit(
    id: string,
    input: unknown,
    actor: RpcActor,
    now = new Date(),
  ): Promise<IncubateeView> {
    validatePlain(IdRef, { id }, 'incubatee');
    const { reason } = validatePlain(ExitDto, input, 'exit');
    await this.dataSource.transaction(async (manager) => {
      const { incubatee } = await lockIncubatee(manager, id, actor);
      assertActive(incubatee);
      await this.leave(manager, incubatee, 'EXITED', beijingDayOf(now), reason);
      await manager.save(incubatee);
      await this.audit.record(manager, {
        actor,
        action: 'incubatee.exited',
        entityType: 'incubatee',
        entityId: id,
        after: incubatee,
      });
    });
    return this.queries.get(id, actor);
  }

  private async leave(
    manager: EntityManager,
    incubatee: Incubatee,
    status: 'GRADUATED' | 'EXITED',
    today: number,
    reason: string | null,
  ): Promise<void> {
    incubatee.status = incubateeStatus.next(
      incubatee.status,
      status === 'GRADUATED' ? 'GRADUATE' : 'EXIT',
    );
    incubatee.exitedOn = dateStringOfDay(today);
    incubatee.exitReason = reason;
    const placed = await manager.existsBy(VenueAssignment, {
      incubateeId: incubatee.id,
      releasedOn: IsNull(),
    });
    // rule R16: within the working days of the cohort's policy (issue #17), 15 by default.
    const cohort = await manager.findOneByOrFail(Cohort, { id: incubatee.cohortId });
    await countLeft(manager, cohort, incubatee, status); // issue #18: the cohort tally
    incubatee.spaceReturnDue = placed
      ? dateStringOfDay(
          spaceReturnDeadline(today, cohort.policy, await workingCalendarHere(manager)),
        )
      : null;
  }
}
