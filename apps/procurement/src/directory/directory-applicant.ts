import type { ApplyDirectoryEntryDto, FieldViolation, RpcActor } from '@civic/contracts';
import type { UndertakerKind } from '@civic/domain/procurement';
import { ServiceError } from '@civic/platform/rpc';
import { knownOrganization } from '@civic/platform/snapshots';
import type { EntityManager } from 'typeorm';

/** Who is applying to the directory (R24): the undertaker as the entry records it. */
export interface DirectoryApplicant {
  kind: UndertakerKind;
  name: string;
  /** The registered organization, when its own applicant applies. */
  organizationId: string | null;
  creditCode: string | null;
  residentId: string | null;
}

/**
 * An applicant applies for its own organization (R24), a social organization of the registry: its
 * name and credit code come from this service's copy of the organization (its snapshot), so the
 * form leaves them out. 403 for an account bound to no organization, or for another kind (officers
 * enter those); 409 ORGANIZATION_NOT_KNOWN_YET while the registry's event is on its way.
 */
export async function ownOrganizationApplicant(
  manager: EntityManager,
  dto: ApplyDirectoryEntryDto,
  actor: RpcActor,
): Promise<DirectoryApplicant> {
  if (!actor.organizationId) {
    throw ServiceError.forbidden(
      'an applicant must be bound to an organization to apply to the directory',
      '申请人账号尚未绑定组织，不能申请列入承接主体目录',
    );
  }
  if (dto.kind !== 'SOCIAL_ORGANIZATION') {
    throw ServiceError.forbidden(
      `an applicant applies for its own organization, a SOCIAL_ORGANIZATION; a ${dto.kind} is entered by an officer (R24)`,
      '申请人只能为本组织（社会组织）申请；其他类型的承接主体由业务科室代为录入',
    );
  }
  const fromRegistry = (['name', 'creditCode', 'residentId'] as const).filter(
    (field) => dto[field] !== undefined,
  );
  if (fromRegistry.length > 0) {
    const violations: FieldViolation[] = fromRegistry.map((field) => ({
      field,
      rule: 'fromRegistry',
      message: `${field} comes from the organization's registration: leave it out`,
      messageZh: `${field}取自本组织的登记信息，无需填写`,
    }));
    throw new ServiceError(
      400,
      'VALIDATION_FAILED',
      `application is invalid: ${violations.map((v) => v.message).join('; ')}`,
      violations,
    );
  }
  const org = await knownOrganization(manager, actor.organizationId, '政府购买服务系统');
  return {
    kind: 'SOCIAL_ORGANIZATION',
    name: org.name,
    organizationId: actor.organizationId,
    creditCode: org.uscc ?? null,
    residentId: null,
  };
}

/** An officer enters an undertaker on its behalf (R24): the form names it. */
export function enteredUndertaker(dto: ApplyDirectoryEntryDto): DirectoryApplicant {
  if (dto.name === undefined) {
    const violation: FieldViolation = {
      field: 'name',
      rule: 'isDefined',
      message: 'name is required: the undertaker an officer enters is named',
      messageZh: '名称必须填写',
    };
    throw new ServiceError(
      400,
      'VALIDATION_FAILED',
      `application is invalid: ${violation.message}`,
      [violation],
    );
  }
  return {
    kind: dto.kind,
    name: dto.name,
    organizationId: null,
    creditCode: dto.creditCode ?? null,
    residentId: dto.residentId ?? null,
  };
}
