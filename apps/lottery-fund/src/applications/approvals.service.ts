import {
  ApplicationDecisionDto,
  type ApplicationView,
  IdRef,
  type RpcActor,
  validatePlain,
  WithdrawFundingDto,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { fenToYuan } from '@civic/domain/money';
import { checkEldercareFloor, lotteryDecision, withdrawalCheck } from '@civic/domain/lottery';
import type { AwardSource } from '@civic/domain/priority';
import { AuditTrail } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { clipped, ProgrammeFunding } from '@civic/platform/programme-kit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { countDecided } from '../dashboard/timeliness';
import { DisclosureService } from '../disclosure/disclosure.service';
import { SubsidyProgramme } from '../programmes/entities/subsidy-programme.entity';
import { applicationView } from './application.mapper';
import { ApplicationsRepository } from './applications.repository';
import { SubsidyApplication } from './entities/subsidy-application.entity';
import { LotteryFundingPort } from './lottery-funding.port';
import { rankProgramme } from './programme-ranking';
import { assertUndecided } from './application-state';

/**
 * A programme officer's decision on an application, with a comment the applicant sees. Approval
 * follows the programme's ranking with its rural reserve (R13/R14), stays within its budget, warns before the year's eldercare share would fall below
 * its floor (R21: the officer must accept the warning to go on), and asks finance to commit the
 * money from the lottery welfare fund, with its payment, through the programme kit (R27, R28);
 * finance's answer arrives in the inbox. The approval is published for the publicity period at
 * once (R23). An officer may withdraw a subsidy finance holds and has not paid: the unpaid money is
 * released and the publicity notice retracted by a correction.
 */
@Injectable()
export class ApprovalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly funding: ProgrammeFunding,
    private readonly port: LotteryFundingPort,
    private readonly disclosure: DisclosureService,
    private readonly repository: ApplicationsRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  approve(id: string, input: unknown, actor: RpcActor): Promise<ApplicationView> {
    return this.decide(id, input, actor, 'APPROVED');
  }

  reject(id: string, input: unknown, actor: RpcActor): Promise<ApplicationView> {
    return this.decide(id, input, actor, 'REJECTED');
  }

  private async decide(
    id: string,
    input: unknown,
    actor: RpcActor,
    outcome: 'APPROVED' | 'REJECTED',
  ): Promise<ApplicationView> {
    authorize(actor, Permission.SUBSIDY_REVIEW);
    validatePlain(IdRef, { id }, 'application');
    const decision = validatePlain(ApplicationDecisionDto, input, 'decision');
    return this.dataSource.transaction(async (manager) => {
      const application = await manager.findOne(SubsidyApplication, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!application) throw ServiceError.notFound('subsidy application', id);
      // Approvals of one programme are decided one at a time, so its budget is never overrun.
      const programme = await manager.findOneOrFail(SubsidyProgramme, {
        where: { id: application.programmeId },
        lock: { mode: 'pessimistic_write' },
      });
      assertUndecided(application);
      const before = { ...application };
      let warning: string | undefined;
      if (outcome === 'APPROVED') {
        application.fundingSource = await this.checkRankOrder(manager, programme, application);
        warning = await this.checkApproval(manager, programme, application, decision);
      }
      application.status = lotteryDecision.next('SUBMITTED', approved(outcome));
      application.decision = {
        outcome,
        comment: decision.comment,
        decidedBy: actor.name ?? actor.userId,
        decidedAt: new Date().toISOString(),
        ...(warning ? { eldercareWarning: warning } : {}),
      };
      if (outcome === 'APPROVED') {
        Object.assign(application, {
          commitmentState: 'REQUESTED',
          paymentState: 'NOT_REQUESTED',
          paymentId: randomUUID(),
        });
      }
      await manager.save(application);
      if (outcome === 'APPROVED') {
        await this.disclosure.publishApproval(manager, application, programme, new Date());
        await this.funding.requestCommitment(manager, this.port.fundingOf(application), {
          fund: 'LOTTERY_WELFARE',
          fiscalYear: programme.fiscalYear,
          reference: `彩票公益金资助：${application.projectName}`,
          purpose: programme.purpose, // R20, for finance's eldercare share (R21)
        });
      }
      // issue #18: the applicant's users are told, with the decision, in its transaction.
      await this.outbox.publish(manager, 'lottery-fund.decision-made.v1', {
        decisionId: `lottery-fund:subsidy-application:${application.id}:${outcome}`,
        organizationId: application.organizationId,
        programme: 'lottery-fund',
        subjectType: 'subsidy-application',
        subjectId: application.id,
        outcome,
        title: clipped({ zh: application.projectName, en: application.projectName }),
        ...(outcome === 'APPROVED' ? { amountFen: application.requestedFen } : {}),
        decidedAt: application.decision.decidedAt,
        link: '/lottery/applications',
      });
      // issue #18: its time to decision, in the timeliness tally before the audit chain's lock.
      await countDecided(manager, application, new Date(application.decision.decidedAt));
      await this.audit.record(manager, {
        actor,
        action:
          outcome === 'APPROVED' ? 'subsidy-application.approved' : 'subsidy-application.rejected',
        entityType: 'subsidy-application',
        entityId: application.id,
        before,
        after: application,
      });
      return applicationView(application, programme);
    });
  }

  /**
   * An officer withdraws a subsidy finance holds and has not paid (committed, or its payment
   * failed for good): finance is asked to release the unpaid money (R27), and the publicity notice
   * is retracted by a correction naming the reason (R23). Audited (R31).
   */
  async withdraw(id: string, input: unknown, actor: RpcActor): Promise<ApplicationView> {
    authorize(actor, Permission.SUBSIDY_REVIEW);
    validatePlain(IdRef, { id }, 'application');
    const { reason } = validatePlain(WithdrawFundingDto, input, 'withdrawal');
    return this.dataSource.transaction(async (manager) => {
      const application = await manager.findOne(SubsidyApplication, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!application) throw ServiceError.notFound('subsidy application', id);
      const check = withdrawalCheck(application.status);
      if (!check.ok) {
        throw new ServiceError(
          409,
          `RULE_R27_${check.reason}`,
          check.message,
          undefined,
          check.messageZh,
        );
      }
      const before = { ...application };
      await this.funding.withdraw(manager, id, reason);
      const after = await manager.findOneByOrFail(SubsidyApplication, { id });
      await this.disclosure.retract(manager, after, `撤销资助：${reason}`);
      await this.audit.record(manager, {
        actor,
        action: 'subsidy-application.withdrawn',
        entityType: 'subsidy-application',
        entityId: id,
        before,
        after: { ...after, withdrawalReason: reason },
      });
      const programme = await manager.findOneByOrFail(SubsidyProgramme, {
        id: after.programmeId,
      });
      return applicationView(after, programme);
    });
  }

  /**
   * Approval follows the ranking (R13/R14): the application is assessed, so is every application
   * it competes with, and the ranking funds it. Returns where its money comes from.
   */
  private async checkRankOrder(
    manager: EntityManager,
    programme: SubsidyProgramme,
    application: SubsidyApplication,
  ): Promise<AwardSource> {
    if (application.merit === null) {
      throw new ServiceError(
        409,
        'RULE_R13_NOT_ASSESSED',
        'rule R13: assess the application before deciding it, so it has a place in the ranking',
        undefined,
        '规则 R13：请先评估该申请，使其进入排名后再批准',
      );
    }
    const competing = await this.repository.competing(manager, programme.id);
    const ranking = rankProgramme(programme, competing);
    if (ranking.unassessed > 0) {
      throw new ServiceError(
        409,
        'RULE_R13_RANKING_INCOMPLETE',
        `rule R13: ${ranking.unassessed} application(s) of this programme are not assessed yet; approvals follow the whole ranking`,
        undefined,
        `规则 R13：本项目还有 ${ranking.unassessed} 份申请未评估，须全部评估后按排名批准`,
      );
    }
    const row = ranking.rows.find((r) => r.applicationId === application.id)!;
    if (row.outcome === 'NOT_FUNDED') {
      throw new ServiceError(
        409,
        'RULE_R14_NOT_FUNDED_IN_RANK_ORDER',
        `rule R14: ${row.message}`,
        undefined,
        `规则 R14：${row.messageZh}`,
      );
    }
    return row.outcome === 'FUNDED_FROM_RESERVE' ? 'RURAL_RESERVE' : 'GENERAL';
  }

  /** The programme's budget, then the year's eldercare share (R21); returns an accepted warning. */
  private async checkApproval(
    manager: EntityManager,
    programme: SubsidyProgramme,
    application: SubsidyApplication,
    decision: ApplicationDecisionDto,
  ): Promise<string | undefined> {
    const held = await this.repository.heldFen(manager, programme.id);
    if (held + application.requestedFen > programme.budgetFen) {
      throw ServiceError.ruleViolated(
        'R27',
        [
          {
            field: 'requestedFen',
            rule: 'R27',
            message: `approving it would exceed the programme's budget: ${programme.budgetFen - held} fen left`,
            messageZh: `批准该申请将超出本项目预算，剩余 ${fenToYuan(programme.budgetFen - held)} 元`,
          },
        ],
        "rule R27: approving it would exceed the programme's budget",
      );
    }
    const approved = await this.repository.heldByPurpose(manager, programme.fiscalYear);
    const check = checkEldercareFloor(approved, {
      purpose: programme.purpose,
      amountFen: application.requestedFen,
    });
    if (check.ok) return undefined;
    if (!decision.acceptEldercareWarning) {
      throw new ServiceError(
        409,
        'RULE_R21_BELOW_ELDERCARE_FLOOR',
        `${check.message}; approve again with acceptEldercareWarning to go on`,
        undefined,
        `${check.messageZh}；确认后可再次批准`,
      );
    }
    return check.messageZh;
  }
}

function approved(outcome: 'APPROVED' | 'REJECTED') {
  return outcome === 'APPROVED' ? ('APPROVE' as const) : ('REJECT' as const);
}
