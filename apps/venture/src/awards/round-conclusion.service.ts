import { type CallView, IdRef, type RpcActor, validatePlain } from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import {
  concludeRound,
  type ProposalStatus,
  proposalStatus,
  type RankedProposal,
} from '@civic/domain/venture';
import { AuditTrail } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { clipped } from '@civic/platform/programme-kit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { VentureCall } from '../calls/call.entity';
import { CallsService } from '../calls/calls.service';
import { Proposal } from '../proposals/proposal.entity';
import { AwardsRepository } from './awards.repository';
import { rankCall } from './call-ranking';

const REFUSAL_CODES = {
  CONCLUDED: 'RULE_R19_ROUND_CONCLUDED',
  NOT_DRAWN: 'RULE_R19_ROUND_NOT_DRAWN',
  REVIEWS_INCOMPLETE: 'RULE_R19_REVIEWS_INCOMPLETE',
  AWARDS_PENDING: 'RULE_R19_AWARDS_PENDING',
} as const;

/**
 * rule R19: concluding a call's round. Once the ranking is final and every proposal it funds is
 * awarded, the officer concludes the round: each submitted proposal left becomes NOT_AWARDED, its
 * organization is told why (`venture.decision-made.v1`, NOT_FUNDED, the ranking's reason), all in
 * one transaction with the audit entry; no award is made after (AwardsService refuses).
 */
@Injectable()
export class RoundConclusionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: AwardsRepository,
    private readonly audit: AuditTrail,
    private readonly outbox: OutboxWriter,
    private readonly calls: CallsService,
  ) {}

  async conclude(callId: string, actor: RpcActor): Promise<CallView> {
    authorize(actor, Permission.VENTURE_MANAGE);
    validatePlain(IdRef, { id: callId }, 'call');
    await this.dataSource.transaction(async (manager) => {
      const call = await manager.findOne(VentureCall, {
        where: { id: callId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!call) throw ServiceError.notFound('call', callId);
      const now = new Date();
      const ranking = rankCall(call, await this.repository.rankingInputs(manager, call.id));
      const decision = concludeRound({
        concluded: call.concludedAt !== null,
        deadlinePassed: call.deadline <= now,
        drawn: call.drawnAt !== null,
        incomplete: ranking.incomplete,
        rows: ranking.rows.map((row) => ({
          ...row,
          status: row.status as ProposalStatus,
          outcome: row.outcome as RankedProposal['outcome'],
        })),
      });
      if (!decision.ok) {
        const code = REFUSAL_CODES[decision.reason];
        throw new ServiceError(409, code, decision.message, undefined, decision.messageZh);
      }
      const ids = decision.passedOver.map((p) => p.proposalId);
      const proposals = ids.length ? await manager.findBy(Proposal, { id: In(ids) }) : [];
      for (const proposal of proposals) {
        proposal.status = proposalStatus.next(proposal.status, 'PASS_OVER');
      }
      await manager.save(proposals);
      call.concludedAt = now;
      await manager.save(call);
      // issue #18: each organization passed over is told, with the ranking's reason.
      await this.outbox.publishMany(
        manager,
        'venture.decision-made.v1',
        proposals.map((proposal) => ({
          decisionId: `venture:proposal:${proposal.id}:NOT_FUNDED`,
          organizationId: proposal.organizationId,
          programme: 'venture' as const,
          subjectType: 'proposal' as const,
          subjectId: proposal.id,
          outcome: 'NOT_FUNDED' as const,
          title: clipped({ zh: proposal.title, en: proposal.title }),
          reason: clipped(decision.passedOver.find((p) => p.proposalId === proposal.id)!.reason),
          decidedAt: now.toISOString(),
          link: '/venture/mine',
        })),
      );
      await this.audit.record(manager, {
        actor,
        action: 'call.concluded',
        entityType: 'call',
        entityId: call.id,
        after: { concludedAt: now.toISOString(), passedOver: decision.passedOver },
      });
    });
    return this.calls.get(callId, actor);
  }
}
