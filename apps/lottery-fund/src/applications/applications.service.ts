import { randomUUID } from 'node:crypto';
import {
  type ApplicationView,
  type RpcActor,
  SubmitApplicationDto,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { authorize, ServiceError } from '@civic/platform/rpc';
import type { BannedUsePolicy } from '@civic/domain/lottery';
import { cachedPolicyResolver } from '@civic/platform/policy-copies';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { applicationViolations } from './application-checks';
import { SubmissionWriter } from './submission-writer';

/**
 * An organization applies to a subsidy programme. Its content is checked when entered: whom it
 * serves (R7) and a budget without banned uses (R22) that adds up; a refusal names each line and
 * changes nothing. The priority score and its reasons (R13) are fixed at submission.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly writer: SubmissionWriter,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Checks the submission on its own (permission, shape, scope, content rules), then has it
   * stored with its audit entry (R31); answers once both are committed. Submissions arriving
   * together share a transaction (see SubmissionWriter), each with its own answer.
   */
  async submit(input: unknown, actor: RpcActor): Promise<ApplicationView> {
    authorize(actor, Permission.SUBSIDY_APPLY);
    const dto = validatePlain(SubmitApplicationDto, input, 'application');
    const organizationId = this.ownOrganization(dto, actor);
    // rule R22: the banned-use keywords in force (issue #17), stamped on the application.
    const bannedUses = (
      await cachedPolicyResolver<BannedUsePolicy>(this.dataSource.manager, 'BANNED_USES')
    )();
    const violations = applicationViolations(dto, bannedUses.body);
    if (violations.length > 0) {
      const rules = [...new Set(violations.map((v) => v.rule))].join(', ');
      throw ServiceError.ruleViolated(
        violations.some((v) => v.rule === 'R22') ? 'R22' : violations[0].rule,
        violations,
        `the application breaks ${rules}: ${violations.map((v) => v.message).join('; ')}`,
      );
    }
    return this.writer.write({
      id: randomUUID(),
      dto,
      organizationId,
      actor,
      budgetPolicyVersion: bannedUses.version,
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
