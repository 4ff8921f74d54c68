import {
  type AwardView,
  IdRef,
  MilestoneReportDto,
  MilestoneReviewDto,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { milestoneReportCheck, paysNoMore } from '@civic/domain/venture';
import { AuditTrail } from '@civic/platform/audit';
import { ProgrammeFunding } from '@civic/platform/programme-kit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { seesAward } from '../access';
import { milestoneState } from './award-errors';
import { Award } from './award.entity';
import { awardViews } from './award.mapper';
import { AwardsRepository } from './awards.repository';
import type { Tranche } from './tranche.entity';
import { failedEvaluationReason } from './venture-funding.port';

/**
 * An award's milestones (R19). Signing the agreement approves the first; the organization reports
 * the others and an officer approves or fails them. A tranche is paid only when its milestone is
 * approved and no earlier one failed; once one failed the award pays no more and the unpaid rest
 * is released (ProgrammeFunding over VentureFundingPort).
 */
@Injectable()
export class MilestonesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly funding: ProgrammeFunding,
    private readonly repository: AwardsRepository,
  ) {}

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
      const award = await this.repository.lock(manager, id);
      if (!award) throw ServiceError.notFound('award', id);
      if (!seesAward(actor, award)) throw ServiceError.notVisible('award', id);
      const tranches = await this.repository.tranchesOf(manager, id);
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
      return awardViews([after], await this.repository.viewParts(manager, [after.id]))[0];
    });
  }
}
