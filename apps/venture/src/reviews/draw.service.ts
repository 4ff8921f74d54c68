import { randomInt } from 'node:crypto';
import { type DrawView, IdRef, type RpcActor, validatePlain } from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { beijingDayOf } from '@civic/domain/calendar';
import {
  type ConflictPolicy,
  type DeclaredRelation,
  drawReviewers,
  isBeforeDeadline,
} from '@civic/domain/venture';
import { AuditTrail } from '@civic/platform/audit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { policyInForceHere } from '@civic/platform/policy-copies';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { VentureCall } from '../calls/call.entity';
import { drawView } from './draw.mapper';
import { ReviewsRepository } from './reviews.repository';

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
    private readonly repository: ReviewsRepository,
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
      const { proposals, snapshots, reviewers } = await this.repository.drawCandidates(
        manager,
        callId,
      );
      const seed = randomInt(0, 2 ** 32);
      // rule R18: the conflict-of-interest policy in force today (issue #17), stamped on the call.
      const conflicts = await policyInForceHere<ConflictPolicy>(manager, 'CONFLICTS');
      const result = drawReviewers(
        {
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
        },
        conflicts.body,
      );
      if (result.shortfalls.length > 0) {
        throw new ServiceError(
          409,
          'RULE_R18_TOO_FEW_REVIEWERS',
          `rule R18: ${result.shortfalls.map((s) => s.message).join('; ')}`,
          undefined,
          `规则 R18：${result.shortfalls.map((s) => s.messageZh).join('；')}`,
        );
      }
      await this.repository.saveDraw(manager, callId, result);
      call.drawSeed = seed;
      call.drawnAt = now;
      call.drawPolicyVersion = conflicts.version;
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
    return drawView(call, await this.repository.drawRecord(manager, call.id));
  }
}
