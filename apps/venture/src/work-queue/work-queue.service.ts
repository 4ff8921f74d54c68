import { type RpcActor, type WorkItemView, type WorkKind, workItem } from '@civic/contracts';
import { hasPermission, Permission } from '@civic/domain/access';
import { Injectable } from '@nestjs/common';
import { type CallTally, VentureWorkRepository } from './work-queue.repository';

/**
 * What waits in venture philanthropy (issue #18), call by call: for an applicant its drafts before
 * the call's deadline (R17) and the milestone reports it may file (R19); for a reviewer the
 * proposals drawn for them and not scored (R18; calls keep no review deadline, so none is shown);
 * for officers the proposals of closed calls to draw reviewers for or to rank, the agreements to
 * sign and the milestones to evaluate (R17–R19).
 */
@Injectable()
export class VentureWorkQueueService {
  constructor(private readonly repository: VentureWorkRepository) {}

  async work(actor: RpcActor | undefined, now = new Date()): Promise<WorkItemView[]> {
    if (!actor) return [];
    const can = (p: Permission) => hasPermission(actor.roles, p);
    const repo = this.repository;
    const lists: Promise<WorkItemView[]>[] = [];
    const organizationId = actor.organizationId;
    if (can(Permission.VENTURE_APPLY) && organizationId) {
      lists.push(
        items('venture.drafts-to-submit', repo.drafts(organizationId, now), () => MINE_PROPOSALS),
        items('venture.reports-to-file', repo.reportsToFile(organizationId), () => MINE_AWARDS),
      );
    }
    if (can(Permission.VENTURE_REVIEW)) {
      lists.push(items('venture.reviews-due', repo.reviewsDue(actor.userId), () => REVIEWS));
    }
    if (can(Permission.VENTURE_MANAGE)) {
      lists.push(
        items('venture.proposals-to-check', repo.proposalsToCheck(now), (c) =>
          callTab(c, c.drawn ? 'ranking' : 'draw'),
        ),
        items('venture.awards-to-sign', repo.awardsToSign(), (c) => callTab(c, 'awards')),
        items('venture.milestones-to-evaluate', repo.milestonesToEvaluate(), (c) =>
          callTab(c, 'awards'),
        ),
      );
    }
    return (await Promise.all(lists)).flat();
  }
}

const MINE_PROPOSALS = '/venture/mine?tab=proposals';
const MINE_AWARDS = '/venture/mine?tab=awards';
const REVIEWS = '/venture/reviews';

function callTab(call: CallTally, tab: 'draw' | 'ranking' | 'awards'): string {
  return `/venture/calls/${call.callId}?tab=${tab}`;
}

async function items(
  kind: WorkKind,
  tallies: Promise<CallTally[]>,
  link: (call: CallTally) => string,
): Promise<WorkItemView[]> {
  return (await tallies).flatMap((c) =>
    workItem(kind, link(c), {
      count: c.count,
      oldestAt: c.oldest,
      deadline: c.deadline,
      programme: c.name,
    }),
  );
}
