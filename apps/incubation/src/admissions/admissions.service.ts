import { randomUUID } from 'node:crypto';
import {
  type AdmissionView,
  type RpcActor,
  SubmitAdmissionDto,
  validatePlain,
} from '@civic/contracts';
import { hasPermission, Permission } from '@civic/domain/access';
import { BaseLevel, screenApplicant } from '@civic/domain/incubation';
import { priorityScore } from '@civic/domain/priority';
import { priorityPolicyResolver } from '@civic/platform/policy-copies';
import { AuditTrail } from '@civic/platform/audit';
import { checkedAnswers } from '@civic/platform/forms';
import { PersonalDataCipher, sealPhone } from '@civic/platform/pii';
import { ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { authorizeBase } from '../access';
import { IncubationBase } from '../bases/base.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { countApplications } from '../dashboard/cohort-tally';
import { cohortPhase } from '../cohorts/cohort-phase';
import { AdmissionApplication } from './admission.entity';
import { admissionView } from './admission.mapper';
import { applicantFacts } from './applicant-facts';

/** Bases that serve one county take applicants from it; city and province bases from anywhere. */
const COUNTY_BOUND: readonly string[] = [BaseLevel.COUNTY, BaseLevel.STREET, BaseLevel.COMMUNITY];

/**
 * An application to a cohort while its window is open (R16). It is screened at once, with a reason
 * for each check, and carries its priority bonus and reasons (R13); the outcome comes when the
 * cohort's admissions are decided.
 */
@Injectable()
export class AdmissionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async submit(input: unknown, actor: RpcActor, now = new Date()): Promise<AdmissionView> {
    const dto = validatePlain(SubmitAdmissionDto, input, 'admission');
    return this.dataSource.transaction(async (manager) => {
      // issue #17: the cohort's row held FOR SHARE, so that its form does not change under the application.
      const cohort = await manager.findOne(Cohort, {
        where: { id: dto.cohortId },
        lock: { mode: 'pessimistic_read' },
      });
      if (!cohort) throw ServiceError.notFound('cohort', dto.cohortId);
      if (!hasPermission(actor.roles, Permission.INCUBATION_APPLY)) {
        // staff entering a founding group's paper application
        authorizeBase(actor, cohort.baseId, { what: 'cohort', id: dto.cohortId });
        if (dto.kind !== 'FOUNDING_GROUP') {
          throw ServiceError.forbidden(
            'staff enter applications for founding groups; an organization applies for itself',
            '工作人员只能代录筹备团队的申请，组织请自行申请',
          );
        }
      }
      const phase = cohortPhase(cohort, now);
      if (phase !== 'OPEN') {
        throw new ServiceError(
          409,
          'RULE_R16_WINDOW_NOT_OPEN',
          `rule R16: the cohort takes applications from ${cohort.windowOpensOn} to ${cohort.closedEarlyOn ?? cohort.windowClosesOn}; it is ${phase}`,
          undefined,
          `规则 R16：该批次申请期为 ${cohort.windowOpensOn} 至 ${cohort.closedEarlyOn ?? cohort.windowClosesOn}，现不受理申请`,
        );
      }
      // issue #17: an application is submitted in one step (no drafts), so every required added
      // question is answered now, checked against the cohort's form (rule R16).
      const answers = checkedAnswers(cohort.form, dto.answers, {
        owner: 'incubation-cohort',
        id: cohort.id,
        version: cohort.formVersion,
      });
      const facts = await applicantFacts(manager, dto, actor);
      if (
        facts.organizationId &&
        (await manager.existsBy(AdmissionApplication, {
          cohortId: cohort.id,
          organizationId: facts.organizationId,
        }))
      ) {
        throw new ServiceError(
          409,
          'ALREADY_APPLIED',
          'the organization has applied to this cohort already',
          undefined,
          '本组织已申请该批次',
        );
      }
      const base = await manager.findOneByOrFail(IncubationBase, { id: cohort.baseId });
      const screening = screenApplicant(
        facts.screening,
        {
          ...(cohort.eligibleCategories ? { categories: cohort.eligibleCategories } : {}),
          ...(COUNTY_BOUND.includes(base.level) ? { countyCodes: [base.countyCode] } : {}),
        },
        cohort.policy,
      );
      const score = priorityScore(
        facts.priority,
        { servedGroups: dto.servedGroups },
        // rule R13: the policy in force for the applicant's county today (issue #17).
        (await priorityPolicyResolver(manager))(facts.screening.countyCode),
      );
      // R30: the phone is stored sealed, and shown masked.
      const phone = sealPhone(this.cipher, dto.contactPhone);
      const application = manager.create(AdmissionApplication, {
        id: randomUUID(),
        cohortId: cohort.id,
        kind: dto.kind,
        organizationId: facts.organizationId,
        name: facts.name,
        founders: facts.founders,
        category: facts.priority.category,
        areaType: facts.priority.areaType,
        countyCode: facts.screening.countyCode,
        streetCode: facts.streetCode,
        founderBackground: facts.priority.founderBackground ?? null,
        servedGroups: dto.servedGroups,
        plan: dto.plan,
        contactName: dto.contactName,
        contactPhone: phone.cipher,
        contactPhoneMasked: phone.masked,
        priority: score,
        priorityBonus: score.bonus,
        screening,
        merit: null,
        status: 'SUBMITTED',
        decision: null,
        answers,
        formVersion: cohort.formVersion,
        submittedBy: actor.userId,
      });
      await manager.insert(AdmissionApplication, application);
      // issue #18: the cohort tally counts the applicant in the same transaction
      await countApplications(manager, cohort, [{ application, change: 'SUBMITTED' }]);
      await this.audit.record(manager, {
        actor,
        action: 'admission.submitted',
        entityType: 'admission-application',
        entityId: application.id,
        after: application,
      });
      return admissionView(application, cohort.name);
    });
  }
}
