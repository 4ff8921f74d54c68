import {
  IdRef,
  pageWindow,
  type ReviewTaskPage,
  ReviewTasksQuery,
  type ReviewTaskView,
  type RpcActor,
  ScoreSheetDto,
  type ScoreSheetsView,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { checkScoreSheet, scoresOpen } from '@civic/domain/venture';
import { AuditTrail } from '@civic/platform/audit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { VentureCall } from '../calls/call.entity';
import { Proposal } from '../proposals/proposal.entity';
import { assertValid } from '../rule-errors';
import { ReviewAssignment } from './assignment.entity';
import { scoreSheetsView, taskView } from './review.mapper';
import { Reviewer } from './reviewer.entity';
import { ReviewsRepository } from './reviews.repository';

/**
 * A reviewer's work (R17, R18): the proposals they were drawn for, blind to who proposes them,
 * and a score for every criterion of the call's rubric, on its scale. Scores change until the
 * call's awards begin; each sheet is audited.
 */
@Injectable()
export class ScoringService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly repository: ReviewsRepository,
  ) {}

  async tasks(input: unknown, actor: RpcActor): Promise<ReviewTaskPage> {
    authorize(actor, Permission.VENTURE_REVIEW);
    const { page, pageSize, skip, take } = pageWindow(
      validatePlain(ReviewTasksQuery, input ?? {}, 'query'),
    );
    const manager = this.dataSource.manager;
    const reviewer = await this.reviewerOf(manager, actor);
    const { assignments, proposals, calls, awardsBegun } = await this.repository.tasksOf(
      manager,
      reviewer.id,
    );
    // One reviewer's assignments (a few dozen at most), sorted by title, then paged.
    const sorted = proposals.sort(
      (a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
    );
    const items = sorted.slice(skip, skip + take).map((p) =>
      taskView(
        p,
        calls,
        assignments.find((a) => a.proposalId === p.id)!,
        awardsBegun.has(p.callId),
      ),
    );
    return { items, total: sorted.length, page, pageSize };
  }

  async score(proposalId: string, input: unknown, actor: RpcActor): Promise<ReviewTaskView> {
    authorize(actor, Permission.VENTURE_REVIEW);
    validatePlain(IdRef, { id: proposalId }, 'proposal');
    const sheet = validatePlain(ScoreSheetDto, input, 'sheet');
    return this.dataSource.transaction(async (manager) => {
      const reviewer = await this.reviewerOf(manager, actor);
      const assignment = await manager.findOne(ReviewAssignment, {
        where: { proposalId, reviewerId: reviewer.id },
        lock: { mode: 'pessimistic_write' },
      });
      // A reviewer sees only the proposals drawn for them (tasks, R18): any other is unknown.
      if (!assignment) throw ServiceError.notVisible('proposal', proposalId);
      const proposal = await manager.findOneByOrFail(Proposal, { id: proposalId });
      const call = await manager.findOneByOrFail(VentureCall, { id: proposal.callId });
      const open = scoresOpen({ awardsBegun: await this.repository.awardsBegun(manager, call.id) });
      if (!open.ok) {
        throw new ServiceError(
          409,
          'RULE_R19_AWARDS_BEGUN',
          open.message,
          undefined,
          open.messageZh,
        );
      }
      assertValid(checkScoreSheet({ criteria: call.rubric }, sheet.scores), 'R17', '');
      const before = { scores: assignment.scores };
      assignment.scores = sheet.scores;
      assignment.comment = sheet.comment ?? null;
      assignment.scoredAt = new Date();
      await manager.save(assignment);
      await this.audit.record(manager, {
        actor,
        action: 'proposal.scored',
        entityType: 'review-assignment',
        entityId: `${proposalId}/${reviewer.id}`,
        before,
        after: { scores: sheet.scores, ...(sheet.comment ? { comment: sheet.comment } : {}) },
      });
      return taskView(proposal, [call], assignment, false);
    });
  }

  /**
   * Every reviewer's sheet in a call, for its officers (R17): who was drawn for what, and each
   * criterion's score once given. Reviewers stay blind to applicants; officers are not.
   */
  async sheets(callId: string, actor: RpcActor): Promise<ScoreSheetsView> {
    authorize(actor, Permission.VENTURE_MANAGE);
    validatePlain(IdRef, { id: callId }, 'call');
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      if (!(await manager.existsBy(VentureCall, { id: callId })))
        throw ServiceError.notFound('call', callId);
      return scoreSheetsView(callId, await this.repository.sheetsOf(manager, callId));
    });
  }

  private async reviewerOf(manager: EntityManager, actor: RpcActor): Promise<Reviewer> {
    const reviewer = await manager.findOneBy(Reviewer, { userId: actor.userId });
    if (!reviewer) {
      throw ServiceError.forbidden(
        'the user is not in the reviewer pool',
        '当前账号不在评审专家库中',
      );
    }
    return reviewer;
  }
}
