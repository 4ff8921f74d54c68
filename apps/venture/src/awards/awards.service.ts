import { randomUUID } from 'node:crypto';
import {
  AwardDecisionDto,
  type AwardPage,
  AwardsQuery,
  type AwardView,
  IdRef,
  pageWindow,
  type RpcActor,
  validatePlain,
  type VentureRankingView,
} from '@civic/contracts';
import { hasPermission, Permission } from '@civic/domain/access';
import { proposalStatus, splitAward } from '@civic/domain/venture';
import { AuditTrail } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { clipped, ProgrammeFunding } from '@civic/platform/programme-kit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { VentureCall } from '../calls/call.entity';
import { awardStreet, countAwarded } from '../dashboard/timeliness';
import { Proposal } from '../proposals/proposal.entity';
import { notAwardable, roundConcluded } from './award-errors';
import { Award } from './award.entity';
import { awardView, awardViews } from './award.mapper';
import { AwardsRepository } from './awards.repository';
import { rankCall } from './call-ranking';
import { Tranche } from './tranche.entity';
import { awardFunding } from './venture-funding.port';

/**
 * Awards (R19). An officer awards from the ranked list only what the ranking funds, once every
 * review is in; the award asks finance to commit the whole amount from the venture philanthropy
 * fund and is split into tranches (50 / 30 / 20 by default). The conversation with finance is the
 * programme kit's (ProgrammeFunding over VentureFundingPort); milestones and clawbacks have their
 * own services.
 */
@Injectable()
export class AwardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly funding: ProgrammeFunding,
    private readonly repository: AwardsRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async ranking(callId: string, actor: RpcActor): Promise<VentureRankingView> {
    authorize(actor, Permission.VENTURE_MANAGE);
    validatePlain(IdRef, { id: callId }, 'call');
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const call = await manager.findOneBy(VentureCall, { id: callId });
      if (!call) throw ServiceError.notFound('call', callId);
      return this.rank(manager, call);
    });
  }

  async award(proposalId: string, input: unknown, actor: RpcActor): Promise<AwardView> {
    authorize(actor, Permission.VENTURE_MANAGE);
    validatePlain(IdRef, { id: proposalId }, 'proposal');
    const { comment } = validatePlain(AwardDecisionDto, input, 'award');
    return this.dataSource.transaction(async (manager) => {
      const proposal = await manager.findOneBy(Proposal, { id: proposalId });
      if (!proposal) throw ServiceError.notFound('proposal', proposalId);
      // Awards of one call are decided one at a time, so the budget is never overrun.
      const call = await manager.findOneOrFail(VentureCall, {
        where: { id: proposal.callId },
        lock: { mode: 'pessimistic_write' },
      });
      if (call.concludedAt) throw roundConcluded();
      const ranking = await this.rank(manager, call);
      const row = ranking.rows.find((r) => r.proposalId === proposalId);
      if (!row?.awardable) throw notAwardable(ranking, row);
      const award = manager.create(Award, {
        id: proposalId,
        callId: call.id,
        organizationId: proposal.organizationId,
        amountFen: proposal.requestedFen,
        source: row.outcome === 'FUNDED_FROM_RESERVE' ? 'RURAL_RESERVE' : 'GENERAL',
        rank: row.rank,
        comment,
        decidedBy: actor.name ?? actor.userId,
        status: 'AWARDED',
        statusReason: null,
        releasedFen: 0,
        clawbacks: [],
        streetCode: await awardStreet(manager, proposal.organizationId),
      });
      await manager.insert(Award, award);
      const shares = splitAward(award.amountFen, call.tranches);
      const tranches = shares.map((share, position) =>
        manager.create(Tranche, {
          id: randomUUID(),
          awardId: award.id,
          position,
          ...share,
          milestone: 'PENDING',
          report: null,
          reviewComment: null,
          payment: 'NOT_RELEASED',
          paymentId: '',
          releasedAt: null,
          bankReference: null,
          paidAt: null,
          statusReason: null,
        }),
      );
      for (const tranche of tranches) tranche.paymentId = tranche.id;
      await manager.insert(Tranche, tranches);
      proposal.status = proposalStatus.next(proposal.status, 'AWARD');
      await manager.save(proposal);
      await this.funding.requestCommitment(manager, awardFunding(award, tranches), {
        fund: 'VENTURE_PHILANTHROPY',
        fiscalYear: call.fiscalYear,
        reference: `公益创投资助：${proposal.title}`,
      });
      // issue #18: the organization's users are told, with the award, in its transaction.
      await this.outbox.publish(manager, 'venture.decision-made.v1', {
        decisionId: `venture:proposal:${proposal.id}:AWARDED`,
        organizationId: proposal.organizationId,
        programme: 'venture',
        subjectType: 'proposal',
        subjectId: proposal.id,
        outcome: 'AWARDED',
        title: clipped({ zh: proposal.title, en: proposal.title }),
        amountFen: award.amountFen,
        decidedAt: new Date().toISOString(),
        link: '/venture/mine',
      });
      // issue #18: its time to decision, in the timeliness tally before the audit chain's lock.
      await countAwarded(manager, award, proposal);
      await this.audit.record(manager, {
        actor,
        action: 'award.made',
        entityType: 'award',
        entityId: award.id,
        after: { ...award, tranches: shares, rank: row.rank, reason: row.messageZh },
      });
      return awardView(award, proposal, tranches);
    });
  }

  async list(input: unknown, actor: RpcActor): Promise<AwardPage> {
    const query = validatePlain(AwardsQuery, input ?? {}, 'query');
    const { callId } = query;
    const { page, pageSize, skip, take } = pageWindow(query);
    const manager = this.dataSource.manager;
    const where = hasPermission(actor.roles, Permission.VENTURE_MANAGE)
      ? callId
        ? { callId }
        : {}
      : { organizationId: ownOrNone(actor), ...(callId ? { callId } : {}) };
    if (!hasPermission(actor.roles, Permission.VENTURE_MANAGE))
      authorize(actor, Permission.VENTURE_APPLY);
    const [awards, total] = await manager.findAndCount(Award, {
      where,
      order: { rank: 'ASC', id: 'ASC' },
      skip,
      take,
    });
    const parts = await this.repository.viewParts(
      manager,
      awards.map((a) => a.id),
    );
    return { items: awardViews(awards, parts), total, page, pageSize };
  }

  private async rank(manager: EntityManager, call: VentureCall): Promise<VentureRankingView> {
    return rankCall(call, await this.repository.rankingInputs(manager, call.id));
  }
}

function ownOrNone(actor: RpcActor): string {
  return actor.organizationId ?? '00000000-0000-0000-0000-000000000000';
}
