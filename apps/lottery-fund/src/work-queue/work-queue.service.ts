import { endOfBeijingDay, type RpcActor, type WorkItemView, workItem } from '@civic/contracts';
import { hasPermission, Permission } from '@civic/domain/access';
import { beijingDayOf, dateStringOfDay } from '@civic/domain/calendar';
import { annualReportDeadline } from '@civic/domain/lottery';
import { Injectable } from '@nestjs/common';
import { LotteryWorkRepository } from './work-queue.repository';

/**
 * What waits for lottery fund staff (issue #18): officers who review assess the submitted
 * applications and then decide them (R20), by programme; officers who run the programmes look at
 * the objections to notices in force and publish last year's annual report by 30 June (R23). The
 * fund keeps no drafts and returns nothing for correction, so an applicant has nothing waiting.
 */
@Injectable()
export class LotteryWorkQueueService {
  constructor(private readonly repository: LotteryWorkRepository) {}

  async work(actor: RpcActor | undefined, now = new Date()): Promise<WorkItemView[]> {
    if (!actor) return [];
    const can = (p: Permission) => hasPermission(actor.roles, p);
    const lists: Promise<WorkItemView[]>[] = [];
    if (can(Permission.SUBSIDY_REVIEW)) {
      lists.push(this.undecided(false), this.undecided(true));
    }
    if (can(Permission.SUBSIDY_PROGRAMME_MANAGE)) {
      lists.push(this.objections(), this.annualReport(now));
    }
    return (await Promise.all(lists)).flat();
  }

  private async undecided(assessed: boolean): Promise<WorkItemView[]> {
    const kind = assessed
      ? 'lottery-fund.applications-to-decide'
      : 'lottery-fund.applications-to-assess';
    return (await this.repository.undecided(assessed)).flatMap((p) =>
      workItem(kind, `/lottery/review?programme=${p.programmeId}`, {
        count: p.count,
        oldestAt: p.oldest,
        programme: p.name,
      }),
    );
  }

  private async objections(): Promise<WorkItemView[]> {
    return (await this.repository.objections()).flatMap((y) =>
      workItem('lottery-fund.objections-to-answer', `/lottery/notices?year=${y.fiscalYear}`, {
        count: y.count,
        oldestAt: y.oldest,
        programme: String(y.fiscalYear),
      }),
    );
  }

  /**
   * rule R23: last year's report, due by 30 June of this year, once that year had programmes and
   * until it is published; the review page's year card publishes it.
   */
  private async annualReport(now: Date): Promise<WorkItemView[]> {
    const year = Number(dateStringOfDay(beijingDayOf(now)).slice(0, 4)) - 1;
    const { programmes, published } = await this.repository.annualReport(year);
    if (programmes === 0 || published) return [];
    return workItem('lottery-fund.annual-report-due', '/lottery/review', {
      count: 1,
      deadline: endOfBeijingDay(annualReportDeadline(year)),
      programme: String(year),
    });
  }
}
