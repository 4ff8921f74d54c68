import {
  endOfBeijingDay,
  type RpcActor,
  type WorkItemView,
  type WorkKind,
  workItem,
  type WorkTally,
} from '@civic/contracts';
import { hasPermission, Permission } from '@civic/domain/access';
import { beijingDayOf, dateStringOfDay } from '@civic/domain/calendar';
import { Injectable } from '@nestjs/common';
import { ProcurementWorkRepository, type SubjectTally } from './work-queue.repository';

/**
 * What waits in government purchase (issue #18): for officers the directory applications to decide
 * (R24), the projects to open and to draw a panel for, the objections to answer, the contracts to
 * sign and the final evaluations due (R25); for a panel member the bids to score (R18); for an
 * undertaker the final performance reports due by each contract year's end (R25).
 */
@Injectable()
export class ProcurementWorkQueueService {
  constructor(private readonly repository: ProcurementWorkRepository) {}

  async work(actor: RpcActor | undefined, now = new Date()): Promise<WorkItemView[]> {
    if (!actor) return [];
    const can = (p: Permission) => hasPermission(actor.roles, p);
    const repo = this.repository;
    const today = dateStringOfDay(beijingDayOf(now));
    const lists: Promise<WorkItemView[]>[] = [];
    const one = (kind: WorkKind, link: string, tally: Promise<WorkTally>) =>
      tally.then((t) => workItem(kind, link, t));
    if (can(Permission.PROCUREMENT_DIRECTORY_MANAGE)) {
      lists.push(
        one(
          'procurement.directory-to-decide',
          '/procurement/directory?status=PENDING',
          repo.directoryToDecide(),
        ),
      );
    }
    if (can(Permission.PROCUREMENT_PURCHASE_MANAGE)) {
      lists.push(
        one('procurement.bidding-to-close', projects('ANNOUNCED'), repo.biddingToClose(now)),
        one('procurement.panels-to-draw', projects('BIDDING_CLOSED'), repo.panelsToDraw()),
        one('procurement.contracts-to-sign', projects('AWARDED'), repo.contractsToSign(now)),
        one(
          'procurement.evaluations-due',
          '/procurement/contracts?status=IN_FORCE',
          repo.evaluationsDue(today),
        ),
        bySubject(
          'procurement.objections-to-answer',
          repo.objectionsToAnswer(),
          (p) => `/procurement/projects/${p.id}?tab=objections`,
        ),
      );
    }
    if (can(Permission.PROCUREMENT_EVALUATE)) {
      lists.push(
        bySubject('procurement.bids-to-score', repo.bidsToScore(actor.userId), () => PANEL),
      );
    }
    if (can(Permission.PROCUREMENT_APPLY) && actor.organizationId) {
      lists.push(
        bySubject(
          'procurement.reports-due',
          repo.reportsDue(actor.organizationId),
          (c) => `/procurement/undertaker/contracts/${c.id}`,
        ),
      );
    }
    return (await Promise.all(lists)).flat();
  }
}

const PANEL = '/procurement/panel';

/** The officers' project list, filtered to one status (every year). */
function projects(status: 'ANNOUNCED' | 'BIDDING_CLOSED' | 'AWARDED'): string {
  return `/procurement/projects?status=${status}`;
}

async function bySubject(
  kind: WorkKind,
  tallies: Promise<SubjectTally[]>,
  link: (subject: SubjectTally) => string,
): Promise<WorkItemView[]> {
  return (await tallies).flatMap((s) =>
    workItem(kind, link(s), {
      count: s.count,
      oldestAt: s.oldest,
      deadline: s.dueOn ? endOfBeijingDay(s.dueOn) : null,
      programme: s.title,
    }),
  );
}
