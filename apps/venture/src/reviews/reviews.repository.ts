import type { DrawResult } from '@civic/domain/venture';
import { OrganizationSnapshot } from '@civic/platform/snapshots';
import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { VentureCall } from '../calls/call.entity';
import { Proposal } from '../proposals/proposal.entity';
import { ReviewAssignment } from './assignment.entity';
import { Recusal } from './recusal.entity';
import { Reviewer } from './reviewer.entity';

/** Proposals with reviews: submitted, or decided after review. */
const REVIEWED = ['SUBMITTED', 'AWARDED', 'NOT_AWARDED'] as const;

/** The reviews feature's reads and writes that span its tables (R17, R18). */
@Injectable()
export class ReviewsRepository {
  /** What a call's draw works from: its submitted proposals, their applicants, the whole pool. */
  async drawCandidates(manager: EntityManager, callId: string) {
    const proposals = await manager.findBy(Proposal, { callId, status: 'SUBMITTED' });
    const snapshots = await manager.findBy(OrganizationSnapshot, {
      organizationId: In([...new Set(proposals.map((p) => p.organizationId))]),
    });
    const reviewers = await manager.findBy(Reviewer, {});
    return { proposals, snapshots, reviewers };
  }

  /** A draw's panels and recusals (with their clauses), in the caller's transaction. */
  async saveDraw(
    manager: EntityManager,
    callId: string,
    draw: Pick<DrawResult, 'assignments' | 'recusals'>,
  ): Promise<void> {
    await manager.insert(
      ReviewAssignment,
      draw.assignments.flatMap((a) =>
        a.reviewerIds.map((reviewerId) => ({
          proposalId: a.proposalId,
          reviewerId,
          callId,
          scores: null,
          comment: null,
          scoredAt: null,
        })),
      ),
    );
    if (draw.recusals.length === 0) return;
    await manager.insert(
      Recusal,
      draw.recusals.map((r) => ({
        proposalId: r.proposalId,
        reviewerId: r.reviewerId,
        callId,
        clauses: r.clauses.map((c) => ({
          clause: c.clause,
          message: c.message,
          messageZh: c.messageZh,
        })),
      })),
    );
  }

  /** A drawn call's record: panels, recusals, the proposals reviewed and the pool. */
  async drawRecord(manager: EntityManager, callId: string) {
    const [assignments, recusals, proposals, reviewers] = await Promise.all([
      manager.findBy(ReviewAssignment, { callId }),
      manager.find(Recusal, {
        where: { callId },
        order: { proposalId: 'ASC', reviewerId: 'ASC' },
      }),
      manager.find(Proposal, {
        where: { callId, status: In([...REVIEWED]) },
        order: { title: 'ASC', id: 'ASC' },
      }),
      manager.findBy(Reviewer, {}),
    ]);
    return { assignments, recusals, proposals, reviewers };
  }

  /** A reviewer's assignments with their proposals and those proposals' calls. */
  async tasksOf(manager: EntityManager, reviewerId: string) {
    const assignments = await manager.findBy(ReviewAssignment, { reviewerId });
    const proposals = await manager.findBy(Proposal, {
      id: In(assignments.map((a) => a.proposalId)),
    });
    const calls = await manager.findBy(VentureCall, {
      id: In([...new Set(proposals.map((p) => p.callId))]),
    });
    const awarded = await manager.find(Proposal, {
      select: { callId: true },
      where: { callId: In(calls.map((c) => c.id)), status: 'AWARDED' },
    });
    // rule R19: the calls whose awards began, whose scores are final (scoresOpen).
    const awardsBegun = new Set(awarded.map((p) => p.callId));
    return { assignments, proposals, calls, awardsBegun };
  }

  /** rule R19: whether a call's first award is made (its scores final, scoresOpen). */
  awardsBegun(manager: EntityManager, callId: string): Promise<boolean> {
    return manager.existsBy(Proposal, { callId, status: 'AWARDED' });
  }

  /** A call's assignments with their proposals and reviewers. */
  async sheetsOf(manager: EntityManager, callId: string) {
    const assignments = await manager.findBy(ReviewAssignment, { callId });
    const proposals = await manager.findBy(Proposal, {
      id: In([...new Set(assignments.map((a) => a.proposalId))]),
    });
    const reviewers = await manager.findBy(Reviewer, {
      id: In([...new Set(assignments.map((a) => a.reviewerId))]),
    });
    return { assignments, proposals, reviewers };
  }
}

export type DrawRecord = Awaited<ReturnType<ReviewsRepository['drawRecord']>>;
export type ReviewSheets = Awaited<ReturnType<ReviewsRepository['sheetsOf']>>;
