import type { RpcActor, SubmitAdmissionDto } from '@civic/contracts';
import type { ScreeningApplicant } from '@civic/domain/incubation';
import type { PriorityOrganization } from '@civic/domain/priority';
import { ServiceError } from '@civic/platform/rpc';
import { knownOrganization } from '@civic/platform/snapshots';
import type { EntityManager } from 'typeorm';
import { Incubatee } from '../incubatees/incubatee.entity';

/** Who applies, as screening (R16) and the priority score (R13) read it. */
export interface ApplicantFacts {
  organizationId: string | null;
  name: string;
  founders: number | null;
  streetCode: string;
  screening: ScreeningApplicant;
  priority: PriorityOrganization;
}

/**
 * An organization's facts come from this service's copy of the registry; a founding group's are
 * as stated. An applicant bound to an organization applies for it; one who is not, or the base's
 * staff taking a paper application, for a founding group.
 */
export async function applicantFacts(
  manager: EntityManager,
  dto: SubmitAdmissionDto,
  actor: RpcActor,
): Promise<ApplicantFacts> {
  if (dto.kind === 'ORGANIZATION') {
    if (!actor.organizationId) {
      throw ServiceError.forbidden(
        'only someone acting for an organization applies as one; apply as a founding group',
        '账号未绑定组织，请以筹备团队身份申请',
      );
    }
    const org = await knownOrganization(manager, actor.organizationId, '孵化管理系统');
    const inActiveCohort = await manager.existsBy(Incubatee, {
      organizationId: org.organizationId,
      status: 'ACTIVE',
    });
    return {
      organizationId: org.organizationId,
      name: org.name,
      founders: null,
      streetCode: org.streetCode,
      screening: {
        kind: 'ORGANIZATION',
        category: org.category,
        countyCode: org.countyCode,
        graduated: org.graduatedFromIncubation,
        inActiveCohort,
      },
      priority: {
        areaType: org.areaType,
        category: org.category,
        takesGovernmentFunctions: org.takesGovernmentFunctions,
        founderBackground: org.founderBackground,
        graduatedFromIncubation: org.graduatedFromIncubation,
        // rule R9: absent from snapshots stored before R9, which then score no R9 bonus.
        fundingSource: org.fundingSource,
        foundingPartner: org.foundingPartner,
        serviceField: org.serviceField,
      },
    };
  }
  if (actor.organizationId) {
    throw ServiceError.forbidden(
      'an account bound to an organization applies for that organization',
      '已绑定组织的账号请以本组织身份申请',
    );
  }
  const { groupName, founders, category, areaType, streetCode } = dto as Required<
    Pick<SubmitAdmissionDto, 'groupName' | 'founders' | 'category' | 'areaType' | 'streetCode'>
  >;
  return {
    organizationId: null,
    name: groupName,
    founders,
    streetCode,
    screening: {
      kind: 'FOUNDING_GROUP',
      category,
      countyCode: streetCode.slice(0, 6),
      founders,
    },
    priority: {
      areaType,
      category,
      takesGovernmentFunctions: false,
      founderBackground: dto.founderBackground ?? null,
      graduatedFromIncubation: false,
    },
  };
}
