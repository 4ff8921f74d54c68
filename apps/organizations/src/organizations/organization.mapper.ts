import type {
  OrganizationSnapshotV1,
  OrganizationView,
  RegisterOrganizationDto,
} from '@civic/contracts';
import type { OrganizationFacts } from '@civic/domain/organizations';
import { leaderForms, leaderViews } from './leaders';
import type { Organization } from './organization.entity';

/** The facts that the R2 threshold and the R5 tier are decided on. */
export function factsOf(org: RegisterOrganizationDto): OrganizationFacts {
  return {
    registeredFundsFen: org.registeredFundsFen,
    isFederation: org.isFederation,
    memberCount: org.memberCount,
    memberOrganizationCount: org.memberOrganizationIds?.length ?? 0,
    activityMonths: org.activityMonths,
  };
}

/** Entity columns from the registration form (location flattened for filtering); the caller
 * seals the leaders' ID numbers (leaders.ts). */
export function columnsOf(dto: RegisterOrganizationDto): Partial<Organization> {
  const { location, leaders: _leaders, ...rest } = dto;
  return {
    ...rest,
    ...location,
    activitySite: dto.activitySite ?? null,
    memberOrganizationIds: dto.memberOrganizationIds ?? [],
    financialCustodian: dto.financialCustodian ?? null,
    uscc: dto.uscc ?? null,
    takesGovernmentFunctions: dto.takesGovernmentFunctions ?? false,
    founderBackground: dto.founderBackground ?? null,
    servedGroups: dto.servedGroups ?? [],
  };
}

/** The registration form an entity was made from, to merge a partial update into. */
export function formOf(org: Organization): RegisterOrganizationDto {
  return {
    name: org.name,
    category: org.category,
    areaType: org.areaType,
    location: {
      countyCode: org.countyCode,
      countyName: org.countyName,
      streetCode: org.streetCode,
      streetName: org.streetName,
      communityCode: org.communityCode,
      communityName: org.communityName,
    },
    postalAddress: org.postalAddress,
    ...(org.activitySite ? { activitySite: org.activitySite } : {}),
    registeredFundsFen: org.registeredFundsFen,
    isFederation: org.isFederation,
    memberCount: org.memberCount,
    memberOrganizationIds: org.memberOrganizationIds,
    leaders: leaderForms(org.leaders),
    activityMonths: org.activityMonths,
    ...(org.financialCustodian ? { financialCustodian: org.financialCustodian } : {}),
    ...(org.uscc ? { uscc: org.uscc } : {}),
    takesGovernmentFunctions: org.takesGovernmentFunctions,
    ...(org.founderBackground ? { founderBackground: org.founderBackground } : {}),
    servedGroups: org.servedGroups,
  };
}

export function toView(org: Organization): OrganizationView {
  const form = formOf(org);
  return {
    ...form,
    leaders: leaderViews(org.leaders),
    id: org.id,
    activitySite: org.activitySite,
    memberOrganizationIds: org.memberOrganizationIds,
    financialCustodian: org.financialCustodian,
    uscc: org.uscc,
    takesGovernmentFunctions: org.takesGovernmentFunctions,
    founderBackground: org.founderBackground,
    servedGroups: org.servedGroups,
    graduatedFromIncubation: org.graduatedFromIncubation,
    tier: org.tier,
    tierDecision: org.tierDecision,
    registrationThreshold: org.registrationThreshold,
    version: org.version,
    createdAt: org.createdAt.toISOString(),
    updatedAt: org.updatedAt.toISOString(),
  };
}

/** What other services keep of the organization (see OrganizationSnapshotV1). */
export function toSnapshot(org: Organization): OrganizationSnapshotV1 {
  return {
    organizationId: org.id,
    version: org.version,
    name: org.name,
    category: org.category,
    areaType: org.areaType,
    countyCode: org.countyCode,
    streetCode: org.streetCode,
    communityCode: org.communityCode,
    tier: org.tier,
    uscc: org.uscc,
    leaders: org.leaders.map(({ name, role, isPartyMember }) => ({ name, role, isPartyMember })),
    financialCustodian: org.financialCustodian,
    takesGovernmentFunctions: org.takesGovernmentFunctions,
    founderBackground: org.founderBackground,
    graduatedFromIncubation: org.graduatedFromIncubation,
    occurredAt: org.updatedAt.toISOString(),
  };
}
