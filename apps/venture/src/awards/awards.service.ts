import { randomUUID } from 'node:crypto';
import {
  AwardDecisionDto,
  type AwardPage,
  AwardsQuery,
  type AwardView,
  IdRef,
  MilestoneReportDto,
  MilestoneReviewDto,
  OpenClawbackDto,
  pageWindow,
  type RpcActor,
  validatePlain,
  type VentureRankingView,
} from '@civic/contracts';
import { hasPermission, Permission } from '@civic/domain/access';
import { fenToYuan } from '@civic/domain/money';
import { clawbackOf, milestoneReportCheck, paysNoMore, splitAward } from '@civic/domain/venture';
import { AuditTrail } from '@civic/platform/audit';
import { ProgrammeFunding } from '@civic/platform/programme-kit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { VentureCall } from '../calls/call.entity';
import { Proposal } from '../proposals/proposal.entity';
import { Award } from './award.entity';
import { awardView } from './award.mapper';
import { rankCall } from './call-ranking';
import { Tranche } from './tranche.entity';
import { trancheStates } from './tranche-release';
import { awardFunding, failedEvaluationReason } from './venture-funding.port';

/**
 * Awards and their tranches (R19). An officer awards from the ranked list only what the ranking
 * funds, once every review is in; the award asks finance to commit the whole amount from the venture
 * philanthropy fund and is split into tranches (50 / 30 / 20 by default). Signing the agreement
 * approves the first milestone; the organization reports the others and an officer approves or
 * fails them. A tranche is paid only when its milestone is approved and no earlier one failed;
 * once one failed the award pays no more and the unpaid rest is released. The conversation with
 * finance is the programme kit's (ProgrammeFunding over VentureFundingPort).
 */
@Injectable()
export class AwardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly funding: ProgrammeFunding,
  ) {}

  async ranking(callId: string, actor: RpcActor): Promise<VentureRankingView> {
    authorize(actor, Permission.VENTURE_MANAGE);
    validatePlain(IdRef, { id: callId }, 'call');
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const call = await manager.findOneBy(VentureCall, { id: callId });
      if (!call) throw ServiceError.notFound('call', callId);
      return rankCall(manager, call);
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
      const ranking = await rankCall(manager, call);
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
      proposal.status = 'AWARDED';
      await manager.save(proposal);
      await this.funding.requestCommitment(manager, awardFunding(award, tranches), {
        fund: 'VENTURE_PHILANTHROPY',
        fiscalYear: call.fiscalYear,
        reference: `公益创投资助：${proposal.title}`,
      });
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
    return { items: await views(manager, awards), total, page, pageSize };
  }

  /** The agreement is signed: the first milestone is approved and its tranche released (R19). */
  async sign(id: string, actor: RpcActor): Promise<AwardView> {
    return this.milestone(
      id,
      0,
      actor,
      'award.signed',
      (tranche) => {
        if (tranche.milestone !== 'PENDING') throw milestoneState(tranche);
        tranche.milestone = 'APPROVED';
      },
      Permission.VENTURE_MANAGE,
    );
  }

  async report(id: string, position: number, input: unknown, actor: RpcActor): Promise<AwardView> {
    const { report } = validatePlain(MilestoneReportDto, input, 'report');
    return this.milestone(
      id,
      position,
      actor,
      'milestone.reported',
      (tranche, award, tranches) => {
        if (award.organizationId !== actor.organizationId) {
          throw ServiceError.forbidden(
            'only the awarded organization reports',
            '只有获资助组织可以提交阶段报告',
          );
        }
        const check = milestoneReportCheck(
          tranches.map((t) => t.milestone),
          position,
        );
        if (!check.ok && check.reason !== 'EARLIER_MILESTONE_OPEN') throw milestoneState(tranche);
        if (!check.ok) {
          throw new ServiceError(
            409,
            'RULE_R19_EARLIER_MILESTONE_OPEN',
            check.message,
            undefined,
            check.messageZh,
          );
        }
        tranche.milestone = 'SUBMITTED';
        tranche.report = report;
      },
      Permission.VENTURE_APPLY,
    );
  }

  async review(id: string, position: number, input: unknown, actor: RpcActor): Promise<AwardView> {
    const { outcome, comment } = validatePlain(MilestoneReviewDto, input, 'review');
    return this.milestone(
      id,
      position,
      actor,
      `milestone.${outcome.toLowerCase()}`,
      (tranche) => {
        if (tranche.milestone !== 'SUBMITTED') throw milestoneState(tranche);
        tranche.milestone = outcome;
        tranche.reviewComment = comment;
      },
      Permission.VENTURE_MANAGE,
    );
  }

  /**
   * After a failed final evaluation, an officer opens a clawback of up to what was paid and not
   * claimed by an earlier clawback (R19); it is recorded at finance against the award's
   * commitment. A further one may be opened once the earlier ones are recovered (a tranche at the
   * bank when the evaluation failed may be paid after). Audited.
   */
  async openClawback(id: string, input: unknown, actor: RpcActor): Promise<AwardView> {
    authorize(actor, Permission.VENTURE_MANAGE);
    validatePlain(IdRef, { id }, 'award');
    const { amountFen, reason } = validatePlain(OpenClawbackDto, input, 'clawback');
    return this.dataSource.transaction(async (manager) => {
      const award = await manager.findOne(Award, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!award) throw ServiceError.notFound('award', id);
      const tranches = await manager.find(Tranche, {
        where: { awardId: id },
        order: { position: 'ASC' },
      });
      if (award.clawbacks.some((c) => c.status !== 'RECOVERED')) {
        throw new ServiceError(
          409,
          'CLAWBACK_OPEN',
          'a clawback is open for this award already; open another once it is recovered',
          undefined,
          '该项目已有进行中的资金追回，追回完成后方可再次发起',
        );
      }
      const eligibility = clawbackOf(trancheStates(tranches, 'PAID'), claimedFen(award));
      if (!eligibility.eligible) {
        throw new ServiceError(
          409,
          'RULE_R19_NO_CLAWBACK',
          eligibility.message,
          undefined,
          eligibility.messageZh,
        );
      }
      if (amountFen > eligibility.recoverableFen) {
        throw ServiceError.ruleViolated(
          'R19',
          [
            {
              field: 'amountFen',
              rule: 'R19',
              message: `at most what was paid and not clawed back yet: ${eligibility.recoverableFen} fen`,
              messageZh: `追回金额不能超过已拨付且尚未追回的 ${fenToYuan(eligibility.recoverableFen)} 元`,
            },
          ],
          'rule R19: a clawback recovers at most what was paid and not clawed back yet',
        );
      }
      const clawback = {
        id: randomUUID(),
        amountFen,
        reason,
        openedBy: actor.name ?? actor.userId,
        openedAt: new Date().toISOString(),
      };
      award.clawbacks = [...award.clawbacks, clawback];
      await manager.save(award);
      await this.funding.openClawback(
        manager,
        {
          id: clawback.id,
          commitmentId: award.id,
          organizationId: award.organizationId,
          amountFen,
        },
        reason,
      );
      await this.audit.record(manager, {
        actor,
        action: 'clawback.opened',
        entityType: 'award',
        entityId: id,
        after: clawback,
      });
      return (await views(manager, [award]))[0];
    });
  }

  /**
   * After a milestone moved: a failed one ends the award's payments, and finance releases what is
   * unpaid (R19, R27); otherwise every tranche now due is asked of finance.
   */
  private async afterMilestone(manager: EntityManager, awardId: string, tranches: Tranche[]) {
    const award = await manager.findOneByOrFail(Award, { id: awardId });
    if (paysNoMore(tranches.map((t) => t.milestone))) {
      if (award.status === 'COMMITTED') {
        await this.funding.withdraw(manager, awardId, failedEvaluationReason(tranches), {
          cancelRequested: false,
        });
      }
      return;
    }
    if (award.status === 'COMMITTED') await this.funding.requestDuePayments(manager, awardId);
  }

  private async milestone(
    id: string,
    position: number,
    actor: RpcActor,
    action: string,
    change: (tranche: Tranche, award: Award, tranches: Tranche[]) => void,
    permission: Permission,
  ): Promise<AwardView> {
    authorize(actor, permission);
    validatePlain(IdRef, { id }, 'award');
    return this.dataSource.transaction(async (manager) => {
      const award = await manager.findOne(Award, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!award) throw ServiceError.notFound('award', id);
      const tranches = await manager.find(Tranche, {
        where: { awardId: id },
        order: { position: 'ASC' },
      });
      const tranche = tranches.find((t) => t.position === position);
      if (!tranche) throw ServiceError.notFound('tranche', `${id}/${position}`);
      const before = { milestone: tranche.milestone };
      change(tranche, award, tranches);
      await manager.save(tranche);
      await this.audit.record(manager, {
        actor,
        action,
        entityType: 'award',
        entityId: id,
        before,
        after: { position, key: tranche.key, milestone: tranche.milestone },
      });
      await this.afterMilestone(manager, award.id, tranches);
      const after = await manager.findOneByOrFail(Award, { id });
      return (await views(manager, [after]))[0];
    });
  }
}

/** What was claimed by the award's earlier clawbacks: none may claim the same money again. */
function claimedFen(award: Award): number {
  return award.clawbacks.reduce((sum, c) => sum + c.amountFen, 0);
}

async function views(manager: EntityManager, awards: Award[]): Promise<AwardView[]> {
  if (awards.length === 0) return [];
  const ids = awards.map((a) => a.id);
  const proposals = await manager.findBy(Proposal, { id: In(ids) });
  const tranches = await manager.find(Tranche, {
    where: { awardId: In(ids) },
    order: { position: 'ASC' },
  });
  return awards.map((a) =>
    awardView(
      a,
      proposals.find((p) => p.id === a.id)!,
      tranches.filter((t) => t.awardId === a.id),
    ),
  );
}

function ownOrNone(actor: RpcActor): string {
  return actor.organizationId ?? '00000000-0000-0000-0000-000000000000';
}

function milestoneState(tranche: Tranche): ServiceError {
  return new ServiceError(
    409,
    'MILESTONE_STATE',
    `the ${tranche.key} milestone is ${tranche.milestone}`,
    undefined,
    `该阶段（${tranche.key}）当前状态为 ${tranche.milestone}，不能进行此操作`,
  );
}

function notAwardable(
  ranking: VentureRankingView,
  row: VentureRankingView['rows'][number] | undefined,
): ServiceError {
  if (ranking.incomplete > 0) {
    return new ServiceError(
      409,
      'RULE_R19_REVIEWS_INCOMPLETE',
      `rule R19: ${ranking.incomplete} proposal(s) still miss reviews; awards follow the whole ranking`,
      undefined,
      `规则 R19：还有 ${ranking.incomplete} 份项目书未完成评审，须全部评审后按排名资助`,
    );
  }
  if (row?.status === 'AWARDED') {
    return new ServiceError(
      409,
      'ALREADY_AWARDED',
      'the proposal is awarded already',
      undefined,
      '该项目已获资助',
    );
  }
  return new ServiceError(
    409,
    'RULE_R19_NOT_FUNDED_IN_RANK_ORDER',
    `rule R19: ${row?.message ?? 'the proposal is not in the ranking'}`,
    undefined,
    `规则 R19：${row?.messageZh ?? '该项目书不在排名中'}`,
  );
}
