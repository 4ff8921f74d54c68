import {
  AssessmentDto,
  type ApplicationView,
  IdRef,
  type RankingView,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { AuditTrail } from '@civic/platform/audit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SubsidyProgramme } from '../programmes/entities/subsidy-programme.entity';
import { applicationView } from './application.mapper';
import { assertUndecided } from './application-state';
import { SubsidyApplication } from './entities/subsidy-application.entity';
import { ApplicationsRepository } from './applications.repository';
import { rankProgramme } from './programme-ranking';

/**
 * Officers assess each application's merit (0–100); the programme's assessed applications are then
 * ranked and allocated (`rankProgramme`, R13/R14). Every row says why it is funded or not.
 */
@Injectable()
export class RankingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly repository: ApplicationsRepository,
  ) {}

  async assess(id: string, input: unknown, actor: RpcActor): Promise<ApplicationView> {
    authorize(actor, Permission.SUBSIDY_REVIEW);
    validatePlain(IdRef, { id }, 'application');
    const { merit, comment } = validatePlain(AssessmentDto, input, 'assessment');
    return this.dataSource.transaction(async (manager) => {
      const application = await manager.findOne(SubsidyApplication, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!application) throw ServiceError.notFound('subsidy application', id);
      assertUndecided(application);
      // Assessments and approvals of one programme take turns, so an approval sees every merit.
      const programme = await manager.findOneOrFail(SubsidyProgramme, {
        where: { id: application.programmeId },
        lock: { mode: 'pessimistic_write' },
      });
      const before = { merit: application.merit };
      application.merit = merit;
      await manager.save(application);
      await this.audit.record(manager, {
        actor,
        action: 'subsidy-application.assessed',
        entityType: 'subsidy-application',
        entityId: id,
        before,
        after: { merit, ...(comment ? { comment } : {}) },
      });
      return applicationView(application, programme);
    });
  }

  async ranking(id: string, actor: RpcActor): Promise<RankingView> {
    authorize(actor, Permission.SUBSIDY_REVIEW);
    validatePlain(IdRef, { id }, 'programme');
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const programme = await manager.findOneBy(SubsidyProgramme, { id });
      if (!programme) throw ServiceError.notFound('subsidy programme', id);
      return rankProgramme(programme, await this.repository.competing(manager, id));
    });
  }
}
