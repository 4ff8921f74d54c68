import { randomUUID } from 'node:crypto';
import {
  type AwardView,
  IdRef,
  OpenClawbackDto,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { fenToYuan } from '@civic/domain/money';
import { clawbackOf } from '@civic/domain/venture';
import { AuditTrail } from '@civic/platform/audit';
import { ProgrammeFunding } from '@civic/platform/programme-kit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Award } from './award.entity';
import { awardViews } from './award.mapper';
import { AwardsRepository } from './awards.repository';
import { trancheStates } from './tranche-release';

/**
 * After a failed final evaluation, an officer opens a clawback of up to what was paid and not
 * claimed by an earlier clawback (R19); it is recorded at finance against the award's
 * commitment. A further one may be opened once the earlier ones are recovered (a tranche at the
 * bank when the evaluation failed may be paid after). Audited.
 */
@Injectable()
export class ClawbacksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly funding: ProgrammeFunding,
    private readonly repository: AwardsRepository,
  ) {}

  async open(id: string, input: unknown, actor: RpcActor): Promise<AwardView> {
    authorize(actor, Permission.VENTURE_MANAGE);
    validatePlain(IdRef, { id }, 'award');
    const { amountFen, reason } = validatePlain(OpenClawbackDto, input, 'clawback');
    return this.dataSource.transaction(async (manager) => {
      const award = await this.repository.lock(manager, id);
      if (!award) throw ServiceError.notFound('award', id);
      const tranches = await this.repository.tranchesOf(manager, id);
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
      return awardViews([award], await this.repository.viewParts(manager, [award.id]))[0];
    });
  }
}

/** What was claimed by the award's earlier clawbacks: none may claim the same money again. */
function claimedFen(award: Award): number {
  return award.clawbacks.reduce((sum, c) => sum + c.amountFen, 0);
}
