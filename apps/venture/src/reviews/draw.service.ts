import { randomInt } from 'node:crypto';
import { type DrawView, IdRef, type RpcActor, validatePlain } from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { beijingDayOf } from '@civic/domain/calendar';
import { type DeclaredRelation, drawReviewers, isBeforeDeadline } from '@civic/domain/venture';
import { AuditTrail } from '@civic/platform/audit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { OrganizationSnapshot } from '@civic/platform/snapshots';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { VentureCall } from '../calls/call.entity';
import { Proposal } from '../proposals/proposal.entity';
import { ReviewAssignment } from './assignment.entity';
import { Recusal } from './recusal.entity';
import { Reviewer } from './reviewer.entity';

/**
 * The reviewer draw (R18), once the call's deadline has passed: at least 3 reviewers at random per
 * submitted proposal, never one in conflict with the applicant (its leaders and officers, within
 * the 3-year look-back), every recusal logged with its clause. The seed is kept, so the draw can be
 * shown to be the one the seed gives.
 */
@Injectable()
export class DrawService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async draw(callId: string, actor: RpcActor, now = new Date()): Promise<DrawView> {
    authorize(actor, Permission.VENTURE_MANAGE);
    validatePlain(IdRef, { id: callId }, 'call');
    await this.dataSource.transaction(async (manager) => {
      const call = await manager.findOne(VentureCall, {
        where: { id: callId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!call) throw ServiceError.notFound('call', callId);
      if (isBeforeDeadline(now, call.deadline)) {
        throw new ServiceError(
          409,
          'RULE_R18_CALL_STILL_OPEN',
          'rule R18: reviewers are drawn once the call has closed',
          undefined,
          '规则 R18：征集截止后方可抽取评审专家',
        );
      }
      if (call.drawnAt) {
        throw new ServiceError(
          409,
          'ALREADY_DRAWN',
          'the reviewers of this call are drawn already',
          undefined,
          '本次征集已抽取评审专家',
        );
      }
      const proposals = await manager.findBy(Proposal, { callId, status: 'SUBMITTED' });
      const snapshots = await manager.findBy(OrganizationSnapshot, {
        organizationId: In([...new Set(proposals.map((p) => p.organizationId))]),
      });
      const reviewers = await manager.findBy(Reviewer, {});
      const seed = randomInt(0, 2 ** 32);
      const result = drawReviewers({
        pool: reviewers.map((r) => ({
          id: r.id,
          fields: r.fields,
          relations: r.relations as DeclaredRelation[],
          active: r.active,
        })),
        proposals: proposals.map((p) => {
          const org = snapshots.find((s) => s.organizationId === p.organizationId)?.data;
          return {
            id: p.id,
            applicant: {
              organizationId: p.organizationId,
              organizationName: p.organizationName,
              people: (org?.leaders ?? []).map((l) => ({ name: l.name, role: l.role })),
            },
          };
        }),
        seed,
        today: beijingDayOf(now),
      });
      if (result.shortfalls.length > 0) {
        throw new ServiceError(
          409,
          'RULE_R18_TOO_FEW_REVIEWERS',
          `rule R18: ${result.shortfalls.map((s) => s.message).join('; ')}`,
          undefined,
          `规则 R18：${result.shortfalls.map((s) => s.messageZh).join('；')}`,
        );
      }
      await manager.insert(
        ReviewAssignment,
        result.assignments.flatMap((a) =>
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
      if (result.recusals.length > 0) {
        await manager.insert(
          Recusal,
          result.recusals.map((r) => ({
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
      call.drawSeed = seed;
      call.drawnAt = now;
      await manager.save(call);
      await this.audit.record(manager, {
        actor,
        action: 'reviewers.drawn',
        entityType: 'venture-call',
        entityId: callId,
        after: { seed, assignments: result.assignments, recusals: result.recusals.length },
      });
    });
    return this.view(callId, actor);
  }

  async view(callId: string, actor: RpcActor): Promise<DrawView> {
    authorize(actor, Permission.VENTURE_MANAGE);
    validatePlain(IdRef, { id: callId }, 'call');
    const manager = this.dataSource.manager;
    const call = await manager.findOneBy(VentureCall, { id: callId });
    if (!call) throw ServiceError.notFound('call', callId);
    if (!call.drawnAt) {
      throw new ServiceError(
        409,
        'NOT_DRAWN',
        'the reviewers of this call are not drawn yet',
        undefined,
        '尚未抽取评审专家',
      );
    }
    return drawView(manager, call);
  }
}

async function drawView(manager: EntityManager, call: VentureCall): Promise<DrawView> {
  const [assignments, recusals, proposals, reviewers] = await Promise.all([
    manager.findBy(ReviewAssignment, { callId: call.id }),
    manager.find(Recusal, {
      where: { callId: call.id },
      order: { proposalId: 'ASC', reviewerId: 'ASC' },
    }),
    manager.find(Proposal, {
      where: { callId: call.id, status: In(['SUBMITTED', 'AWARDED', 'NOT_AWARDED']) },
      order: { title: 'ASC', id: 'ASC' },
    }),
    manager.findBy(Reviewer, {}),
  ]);
  const name = (id: string) => reviewers.find((r) => r.id === id)?.name ?? '';
  const title = (id: string) => proposals.find((p) => p.id === id)?.title ?? '';
  return {
    callId: call.id,
    seed: call.drawSeed ?? 0,
    drawnAt: (call.drawnAt ?? new Date(0)).toISOString(),
    assignments: proposals.map((p) => ({
      proposalId: p.id,
      proposalTitle: p.title,
      reviewerNames: assignments
        .filter((a) => a.proposalId === p.id)
        .map((a) => name(a.reviewerId))
        .sort(),
    })),
    recusals: recusals.map((r) => ({
      proposalId: r.proposalId,
      proposalTitle: title(r.proposalId),
      reviewerId: r.reviewerId,
      reviewerName: name(r.reviewerId),
      clauses: r.clauses,
      loggedAt: r.loggedAt.toISOString(),
    })),
  };
}
