import {
  AssessmentDto,
  type ApplicationView,
  IdRef,
  type RankingView,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { AreaType } from '@civic/domain/organizations';
import { allocateWithRuralReserve, rankCandidates } from '@civic/domain/priority';
import { AuditTrail } from '@civic/platform/audit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { SubsidyProgramme } from '../programmes/entities/subsidy-programme.entity';
import { applicationView } from './application.mapper';
import { assertUndecided } from './application-state';
import { SubsidyApplication } from './entities/subsidy-application.entity';

/** Applications that compete for the programme's money: waiting, or already holding some. */
const COMPETING = ['SUBMITTED', 'APPROVED', 'COMMITTED', 'PAID'];

/**
 * Officers assess each application's merit (0–100); the programme's assessed applications are then
 * ranked by merit × (1 + bonus/100) (R13) and allocated in that order within the budget, rural
 * organizations first from the rural reserve, whose unused part returns to the general pool (R14).
 * Every row says why it is funded or not.
 */
@Injectable()
export class RankingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async assess(id: string, input: unknown, actor: RpcActor): Promise<ApplicationView> {
    authorize(actor, Permission.SUBSIDY_REVIEW);
    validatePlain(IdRef, { id }, 'application');
    const { merit } = validatePlain(AssessmentDto, input, 'assessment');
    return this.dataSource.transaction(async (manager) => {
      const application = await manager.findOne(SubsidyApplication, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!application) throw ServiceError.notFound('subsidy application', id);
      assertUndecided(application);
      const before = { merit: application.merit };
      application.merit = merit;
      await manager.save(application);
      await this.audit.record(manager, {
        actor,
        action: 'subsidy-application.assessed',
        entityType: 'subsidy-application',
        entityId: id,
        before,
        after: { merit },
      });
      const programme = await manager.findOneByOrFail(SubsidyProgramme, {
        id: application.programmeId,
      });
      return applicationView(application, programme);
    });
  }

  async ranking(id: string, actor: RpcActor): Promise<RankingView> {
    authorize(actor, Permission.SUBSIDY_REVIEW);
    validatePlain(IdRef, { id }, 'programme');
    const programme = await this.dataSource.getRepository(SubsidyProgramme).findOneBy({ id });
    if (!programme) throw ServiceError.notFound('subsidy programme', id);
    const applications = await this.dataSource.getRepository(SubsidyApplication).findBy({
      programmeId: id,
      status: In(COMPETING),
    });
    const assessed = applications.filter((a) => a.merit !== null);
    const ranked = rankCandidates(
      assessed.map((a) => ({ id: a.id, merit: a.merit as number, bonus: a.priorityBonus })),
    );
    const byId = new Map(assessed.map((a) => [a.id, a]));
    const allocation = allocateWithRuralReserve({
      budget: programme.budgetFen,
      reservePercent: programme.ruralReservePercent,
      candidates: ranked.map((r) => ({
        id: r.id,
        amount: byId.get(r.id)!.requestedFen,
        rural: byId.get(r.id)!.organizationAreaType === AreaType.RURAL,
        rankScore: r.rankScore,
      })),
    });
    const decisions = new Map(allocation.decisions.map((d) => [d.id, d]));
    return {
      programmeId: id,
      budgetFen: programme.budgetFen,
      reservePercent: programme.ruralReservePercent,
      reserveFen: allocation.reserve,
      reserveUsedFen: allocation.reserveUsed,
      reserveReturnedFen: allocation.reserveReturned,
      remainingFen: allocation.remaining,
      unassessed: applications.length - assessed.length,
      rows: ranked.map((r) => {
        const a = byId.get(r.id)!;
        const d = decisions.get(r.id)!;
        return {
          applicationId: a.id,
          organizationName: a.organizationName,
          projectName: a.projectName,
          rural: d.rural,
          requestedFen: a.requestedFen,
          merit: r.merit,
          bonus: r.bonus,
          rankScore: r.rankScore,
          rank: r.rank,
          outcome: d.outcome,
          message: d.message,
          messageZh: d.messageZh,
          reasons: a.priority.reasons,
          status: a.status,
        };
      }),
    };
  }
}
