import {
  type ApplicationView,
  PayloadValidationError,
  type RpcActor,
  type SubmitApplicationDto,
} from '@civic/contracts';
import { priorityScore } from '@civic/domain/priority';
import { priorityPolicyResolver } from '@civic/platform/policy-copies';
import { projectKey } from '@civic/domain/programme';
import { AuditTrail } from '@civic/platform/audit';
import { checkedAnswers } from '@civic/platform/forms';
import { GroupCommit, type GroupCommitOptions, type Outcome } from '@civic/platform/messaging';
import { PersonalDataCipher, sealPayeeAccount, sealPhone } from '@civic/platform/pii';
import { ServiceError } from '@civic/platform/rpc';
import { organizationNotKnownYet, organizationSnapshots } from '@civic/platform/snapshots';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { SubsidyProgramme } from '../programmes/entities/subsidy-programme.entity';
import { applicationView } from './application.mapper';
import { ApplicationsRepository } from './applications.repository';
import { SubsidyApplication } from './entities/subsidy-application.entity';

/** How submissions are grouped into transactions (group commit). */
export type SubmissionBatching = GroupCommitOptions;

export const SUBMISSION_BATCHING = Symbol('SUBMISSION_BATCHING');

export const DEFAULT_SUBMISSION_BATCHING: SubmissionBatching = { maxBatch: 50, maxParallel: 2 };

/** A submission that passed every check that needs no database (R7, R17, R22, R26, scope). */
export interface CheckedSubmission {
  /** Chosen before the write, so a retry alone after a failed batch cannot store it twice. */
  id: string;
  dto: SubmitApplicationDto;
  organizationId: string;
  actor: RpcActor;
  /** The BANNED_USES policy version its budget was checked under (R22, issue #17). */
  budgetPolicyVersion: string;
}

const SERVICE_ZH = '彩票公益金系统';

/**
 * Stores checked submissions with their audit entries (R31), many to a transaction: submissions
 * that arrive while a batch commits wait for the next one (up to `maxBatch`). A batch is one
 * transaction: the programmes and organization snapshots it needs in two reads, the applications
 * in one INSERT, their audit entries appended under one take of the chain's lock, one COMMIT.
 * Only then is anyone answered, each with its own application. A submission refused on what
 * the database holds (no such programme, an organization not known yet) is answered alone and
 * stores nothing. If the batch's transaction fails (a row the database refuses, a lost
 * connection), it rolls back and each submission is written again in a transaction of its own,
 * so one bad submission fails only itself.
 */
@Injectable()
export class SubmissionWriter {
  private readonly writer: GroupCommit<CheckedSubmission, ApplicationView>;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly repository: ApplicationsRepository,
    private readonly cipher: PersonalDataCipher,
    @Inject(SUBMISSION_BATCHING) batching: SubmissionBatching,
  ) {
    this.writer = new GroupCommit(
      dataSource,
      (manager, submissions) => this.store(manager, submissions),
      batching,
      new Logger(SubmissionWriter.name),
    );
  }

  /** Resolves once the application and its audit entry are committed. */
  write(submission: CheckedSubmission): Promise<ApplicationView> {
    return this.writer.submit(submission);
  }

  /** The submissions' applications and audit entries, in the caller's transaction. */
  private async store(
    manager: EntityManager,
    submissions: CheckedSubmission[],
  ): Promise<Outcome<ApplicationView>[]> {
    const programmeIds = [...new Set(submissions.map((s) => s.dto.programmeId))];
    // issue #17: the programmes held FOR SHARE, so that their forms do not change under a
    // submission (setForm takes the row FOR UPDATE and refuses once an application exists).
    const programmes = new Map(
      (
        await manager.find(SubsidyProgramme, {
          where: { id: In(programmeIds) },
          lock: { mode: 'pessimistic_read' },
        })
      ).map((p) => [p.id, p]),
    );
    const organizations = await organizationSnapshots(
      manager,
      submissions.map((s) => s.organizationId),
    );
    const taken = await this.sameApplications(manager, submissions);
    const priorityPolicy = await priorityPolicyResolver(manager);
    const outcomes: Outcome<ApplicationView>[] = [];
    const accepted: {
      index: number;
      application: SubsidyApplication;
      programme: SubsidyProgramme;
      actor: RpcActor;
    }[] = [];
    submissions.forEach(({ id, dto, organizationId, actor, budgetPolicyVersion }, index) => {
      const programme = programmes.get(dto.programmeId);
      if (!programme) {
        outcomes[index] = { refusal: ServiceError.notFound('subsidy programme', dto.programmeId) };
        return;
      }
      const answered = answersTo(programme, dto.answers);
      if (answered instanceof PayloadValidationError) {
        outcomes[index] = { refusal: answered };
        return;
      }
      const org = organizations.get(organizationId);
      if (!org) {
        outcomes[index] = { refusal: organizationNotKnownYet(organizationId, SERVICE_ZH) };
        return;
      }
      const key = `${programme.id}/${organizationId}/${projectKey(dto.projectName)}`;
      if (taken.has(key)) {
        outcomes[index] = { refusal: duplicateApplication(dto.projectName) };
        return;
      }
      taken.add(key);
      // R30: the phone and the account number are stored sealed, and shown masked.
      const phone = sealPhone(this.cipher, dto.contactPhone);
      const score = priorityScore(
        org,
        { areaType: dto.projectAreaType, servedGroups: dto.beneficiaries.map((b) => b.group) },
        // rule R13: the policy in force for the organization's county today (issue #17).
        priorityPolicy(org.countyCode),
      );
      const application = Object.assign(new SubsidyApplication(), {
        id,
        programmeId: programme.id,
        organizationId,
        organizationName: org.name,
        organizationAreaType: org.areaType,
        streetCode: org.streetCode,
        projectName: dto.projectName,
        projectKey: projectKey(dto.projectName),
        projectAreaType: dto.projectAreaType,
        beneficiaries: dto.beneficiaries,
        budgetLines: dto.budgetLines,
        requestedFen: dto.requestedFen,
        contactName: dto.contactName,
        contactPhone: phone.cipher,
        contactPhoneMasked: phone.masked,
        bankAccount: sealPayeeAccount(this.cipher, dto.bankAccount),
        status: 'SUBMITTED',
        priorityBonus: score.bonus,
        priority: score,
        budgetPolicyVersion,
        ...answered,
        submittedBy: actor.userId,
      } satisfies Partial<SubsidyApplication>);
      accepted.push({ index, application, programme, actor });
    });
    if (accepted.length > 0) {
      await this.repository.insertSubmitted(
        manager,
        accepted.map((a) => a.application),
      );
      await this.audit.recordMany(
        manager,
        accepted.map(({ application, actor }) => ({
          actor,
          action: 'subsidy-application.submitted',
          entityType: 'subsidy-application',
          entityId: application.id,
          after: application,
        })),
      );
      for (const { index, application, programme } of accepted) {
        outcomes[index] = { value: applicationView(application, programme) };
      }
    }
    return outcomes;
  }

  /**
   * The applications already stored that these submissions would repeat (R27: a programme funds
   * an organization's project once), as `programme/organization/project key`. Two submissions
   * racing in separate transactions meet the unique index instead (answered 409 the same way).
   */
  private sameApplications(
    manager: EntityManager,
    submissions: CheckedSubmission[],
  ): Promise<Set<string>> {
    return this.repository.projectsTaken(
      manager,
      submissions.map((s) => ({
        programmeId: s.dto.programmeId,
        organizationId: s.organizationId,
        projectKey: projectKey(s.dto.projectName),
      })),
    );
  }
}

/**
 * The answers to the programme's added questions (issue #17), checked against its form in full:
 * an application is submitted in one step (no drafts), so every required question is answered.
 * A refusal (400 naming `answers.<key>`) is returned, not thrown, to fail only its submission.
 */
function answersTo(
  programme: SubsidyProgramme,
  answers: unknown,
): Pick<SubsidyApplication, 'answers' | 'formVersion'> | PayloadValidationError {
  const owner = {
    owner: 'lottery-programme' as const,
    id: programme.id,
    version: programme.formVersion,
  };
  try {
    return {
      answers: checkedAnswers(programme.form, answers, owner),
      formVersion: programme.formVersion,
    };
  } catch (error) {
    if (error instanceof PayloadValidationError) return error;
    throw error;
  }
}

/** 409: the organization applied to this programme for this project already (R27). */
export function duplicateApplication(projectName: string): ServiceError {
  return new ServiceError(
    409,
    'RULE_R27_DUPLICATE_APPLICATION',
    `rule R27: your organization has applied to this programme for "${projectName}" already; a project is funded once`,
    [
      {
        field: 'projectName',
        rule: 'R27',
        message: 'this organization has applied to the programme for this project already',
        messageZh: '本组织已就该项目向本项目申请过，请勿重复申请',
      },
    ],
    `规则 R27：本组织已就“${projectName}”提交过申请，同一项目只资助一次`,
  );
}
