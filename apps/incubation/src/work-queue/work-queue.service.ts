import { endOfBeijingDay, type RpcActor, type WorkItemView, workItem } from '@civic/contracts';
import { hasPermission, Permission, Role } from '@civic/domain/access';
import { beijingDayOf, dateStringOfDay } from '@civic/domain/calendar';
import { workingCalendarHere } from '@civic/platform/policy-copies';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { answersDeadline } from '../cohorts/cohort-phase';
import { type CohortTally, IncubationWorkRepository } from './work-queue.repository';

/**
 * What waits in incubation (issue #18, rule R16), cohort by cohort: for those who run a base (staff
 * their own base, administrators every one) the applications to answer within 5 working days of
 * the window closing, by the working calendar in force, and the space leavers must hand back
 * within 15; for an applicant, the space its organization must hand back. Start-up subsidies go
 * straight to finance (R15): nothing waits for an approval here.
 */
@Injectable()
export class IncubationWorkQueueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: IncubationWorkRepository,
  ) {}

  async work(actor: RpcActor | undefined, now = new Date()): Promise<WorkItemView[]> {
    if (!actor) return [];
    const lists: Promise<WorkItemView[]>[] = [];
    // As authorizeBase decides: administrators run every base, staff their own; staff without a
    // base see nothing (fail closed, domain.md "Actors").
    const baseId = actor.roles.includes(Role.ADMINISTRATOR) ? null : actor.baseId;
    if (hasPermission(actor.roles, Permission.INCUBATION_RUN) && baseId !== undefined) {
      lists.push(this.admissions(baseId, now), this.spaces(baseId));
    }
    if (hasPermission(actor.roles, Permission.INCUBATION_APPLY) && actor.organizationId) {
      lists.push(this.ownSpace(actor.organizationId));
    }
    return (await Promise.all(lists)).flat();
  }

  private async admissions(baseId: string | null, now: Date): Promise<WorkItemView[]> {
    const today = dateStringOfDay(beijingDayOf(now));
    const cohorts = await this.repository.unanswered(baseId, today);
    if (cohorts.length === 0) return [];
    const calendar = await workingCalendarHere(this.dataSource.manager);
    return cohorts.flatMap(({ cohort, tally }) =>
      workItem(
        'incubation.admissions-to-answer',
        `/incubation/cohorts/${cohort.id}?tab=admissions`,
        {
          count: tally.count,
          oldestAt: tally.oldest,
          deadline: endOfBeijingDay(answersDeadline(cohort, now, calendar).deadline),
          programme: tally.name,
        },
      ),
    );
  }

  private async spaces(baseId: string | null): Promise<WorkItemView[]> {
    return (await this.repository.spacesOut({ baseId })).flatMap((c) =>
      spaceItem(
        'incubation.spaces-due-back',
        `/incubation/cohorts/${c.cohortId}?tab=incubatees`,
        c,
      ),
    );
  }

  private async ownSpace(organizationId: string): Promise<WorkItemView[]> {
    return (await this.repository.spacesOut({ organizationId })).flatMap((c) =>
      spaceItem('incubation.space-to-hand-back', '/incubation/applications', c),
    );
  }
}

function spaceItem(
  kind: 'incubation.spaces-due-back' | 'incubation.space-to-hand-back',
  link: string,
  c: CohortTally,
): WorkItemView[] {
  return workItem(kind, link, {
    count: c.count,
    deadline: c.dueOn ? endOfBeijingDay(c.dueOn) : null,
    programme: c.name,
  });
}
