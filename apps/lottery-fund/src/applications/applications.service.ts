import { randomUUID } from 'node:crypto';
import {
  type ApplicationView,
  type RpcActor,
  SubmitApplicationDto,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { DEFAULT_PRIORITY_POLICY, priorityScore } from '@civic/domain/priority';
import { AuditTrail } from '@civic/platform/audit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { knownOrganization } from '@civic/platform/snapshots';
import { SubsidyProgramme } from '../programmes/entities/subsidy-programme.entity';
import { applicationViolations } from './application-checks';
import { applicationView } from './application.mapper';
import { SubsidyApplication } from './entities/subsidy-application.entity';

/**
 * An organization applies to a subsidy programme. Its content is checked when entered: whom it
 * serves (R7) and a budget without banned uses (R22) that adds up; a refusal names each line and
 * changes nothing. The priority score and its reasons (R13) are fixed at submission.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async submit(input: unknown, actor: RpcActor): Promise<ApplicationView> {
    authorize(actor, Permission.SUBSIDY_APPLY);
    const dto = validatePlain(SubmitApplicationDto, input, 'application');
    const organizationId = this.ownOrganization(dto, actor);
    const violations = applicationViolations(dto);
    if (violations.length > 0) {
      const rules = [...new Set(violations.map((v) => v.rule))].join(', ');
      throw ServiceError.ruleViolated(
        violations.some((v) => v.rule === 'R22') ? 'R22' : violations[0].rule,
        violations,
        `the application breaks ${rules}: ${violations.map((v) => v.message).join('; ')}`,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const programme = await manager.findOneBy(SubsidyProgramme, { id: dto.programmeId });
      if (!programme) throw ServiceError.notFound('subsidy programme', dto.programmeId);
      const org = await knownOrganization(manager, organizationId, '彩票公益金系统');
      const score = priorityScore(
        org,
        { areaType: dto.projectAreaType, servedGroups: dto.beneficiaries.map((b) => b.group) },
        DEFAULT_PRIORITY_POLICY,
      );
      const application = manager.create(SubsidyApplication, {
        id: randomUUID(),
        programmeId: programme.id,
        organizationId,
        organizationName: org.name,
        organizationAreaType: org.areaType,
        streetCode: org.streetCode,
        projectName: dto.projectName,
        projectAreaType: dto.projectAreaType,
        beneficiaries: dto.beneficiaries,
        budgetLines: dto.budgetLines,
        requestedFen: dto.requestedFen,
        contactName: dto.contactName,
        contactPhone: dto.contactPhone,
        bankAccount: dto.bankAccount,
        status: 'SUBMITTED',
        priorityBonus: score.bonus,
        priority: score,
        submittedBy: actor.userId,
      });
      await manager.insert(SubsidyApplication, application);
      await this.audit.record(manager, {
        actor,
        action: 'subsidy-application.submitted',
        entityType: 'subsidy-application',
        entityId: application.id,
        after: application,
      });
      return applicationView(application, programme);
    });
  }

  /** An applicant applies for the organization it acts for, and no other. */
  private ownOrganization(dto: SubmitApplicationDto, actor: RpcActor): string {
    const own = actor.organizationId;
    if (!own) {
      throw ServiceError.forbidden(
        'an applicant must be bound to an organization to apply',
        '申请人账号尚未绑定组织，不能申请',
      );
    }
    if (dto.organizationId && dto.organizationId !== own) {
      throw ServiceError.forbidden(
        'an applicant may apply only for its own organization',
        '只能为本组织申请',
      );
    }
    return own;
  }
}
