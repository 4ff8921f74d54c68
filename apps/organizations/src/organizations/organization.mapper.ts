import type {
  CustodianSnapshotV2,
  OrganizationSnapshotV2,
  OrganizationView,
  RegisterOrganizationDto,
} from '@civic/contracts';
import {
  FoundingPartner,
  FundingSource,
  LegalForm,
  type OrganizationFacts,
  ServiceField,
} from '@civic/domain/organizations';
import type { PersonalDataCipher } from '@civic/platform/pii';
import { leaderForms, leaderViews } from './leaders';
import type { Organization } from './organization.entity';
import {
  maskedCustodian,
  maskedPostal,
  openCustodian,
  openPostal,
  sealCustodian,
  sealPostal,
  type StoredCustodian,
} from './sealed-contacts';

/** The facts that the R2 threshold and the R5 tier are decided on. */
export function factsOf(org: RegisterOrganizationDto): OrganizationFacts {
  return {
    registeredFundsFen: org.registeredFundsFen,
    isFederation: org.isFederation,
    memberCount: org.memberCount,
    memberOrganizationCount: org.memberOrganizationIds?.length ?? 0,
    activityMonths: org.activityMonths,
    legalForm: org.legalForm ?? LegalForm.SOCIAL_GROUP,
    hasCreditCode: Boolean(org.uscc),
  };
}

/** Entity columns from the registration form (location flattened for filtering), the contact
 * phone and the custodian's account number sealed (R30); the caller seals the leaders' ID numbers
 * (leaders.ts). */
export function columnsOf(
  dto: RegisterOrganizationDto,
  cipher: PersonalDataCipher,
): Partial<Organization> {
  const { location, leaders: _leaders, postalAddress, financialCustodian, ...rest } = dto;
  return {
    ...rest,
    ...location,
    ...sealPostal(cipher, postalAddress),
    activitySite: dto.activitySite ?? null,
    memberOrganizationIds: dto.memberOrganizationIds ?? [],
    financialCustodian: sealCustodian(cipher, financialCustodian),
    uscc: dto.uscc ?? null,
    takesGovernmentFunctions: dto.takesGovernmentFunctions ?? false,
    founderBackground: dto.founderBackground ?? null,
    servedGroups: dto.servedGroups ?? [],
    fundingSource: dto.fundingSource ?? FundingSource.RESIDENTS,
    foundingPartner: dto.foundingPartner ?? FoundingPartner.NONE,
    serviceField: dto.serviceField ?? ServiceField.OTHER,
    legalForm: dto.legalForm ?? LegalForm.SOCIAL_GROUP,
  };
}

/** The registration form an entity was made from, to merge a partial update into: the phone
 * and account number opened, so never a view (R30). */
export function formOf(org: Organization, cipher: PersonalDataCipher): RegisterOrganizationDto {
  const form = shownForm(org);
  return {
    ...form,
    postalAddress: openPostal(cipher, org.postalAddress),
    ...(org.financialCustodian
      ? { financialCustodian: openCustodian(cipher, org.financialCustodian) }
      : {}),
  };
}

/** The form's fields as views show them: the phone and account number masked (R30). */
function shownForm(org: Organization): RegisterOrganizationDto {
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
    postalAddress: maskedPostal(org.postalAddress, org.postalContactPhoneMasked),
    ...(org.activitySite ? { activitySite: org.activitySite } : {}),
    registeredFundsFen: org.registeredFundsFen,
    isFederation: org.isFederation,
    memberCount: org.memberCount,
    memberOrganizationIds: org.memberOrganizationIds,
    leaders: leaderForms(org.leaders),
    activityMonths: org.activityMonths,
    ...(org.financialCustodian
      ? { financialCustodian: maskedCustodian(org.financialCustodian) }
      : {}),
    ...(org.uscc ? { uscc: org.uscc } : {}),
    takesGovernmentFunctions: org.takesGovernmentFunctions,
    ...(org.founderBackground ? { founderBackground: org.founderBackground } : {}),
    servedGroups: org.servedGroups,
    fundingSource: org.fundingSource,
    foundingPartner: org.foundingPartner,
    serviceField: org.serviceField,
    legalForm: org.legalForm,
  };
}

/** An organization as the API shows it: resident IDs, phone and account number masked (R30). */
export function toView(org: Organization): OrganizationView {
  const form = shownForm(org);
  return {
    ...form,
    leaders: leaderViews(org.leaders),
    id: org.id,
    activitySite: org.activitySite,
    memberOrganizationIds: org.memberOrganizationIds,
    financialCustodian: form.financialCustodian ?? null,
    uscc: org.uscc,
    takesGovernmentFunctions: org.takesGovernmentFunctions,
    founderBackground: org.founderBackground,
    servedGroups: org.servedGroups,
    graduatedFromIncubation: org.graduatedFromIncubation,
    fundingSource: org.fundingSource,
    foundingPartner: org.foundingPartner,
    serviceField: org.serviceField,
    legalForm: org.legalForm,
    tier: org.tier,
    tierDecision: org.tierDecision,
    registrationThreshold: org.registrationThreshold,
    version: org.version,
    createdAt: org.createdAt.toISOString(),
    updatedAt: org.updatedAt.toISOString(),
  };
}

/**
 * What other services keep of the organization (see OrganizationSnapshotV2): the custodian's
 * account with its number sealed as stored here (R30), for programmes to store and pass on to
 * finance when they pay under custody (R3); it is never opened to be published.
 */
export function toSnapshot(org: Organization): OrganizationSnapshotV2 {
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
    financialCustodian: org.financialCustodian ? custodianSnapshot(org.financialCustodian) : null,
    takesGovernmentFunctions: org.takesGovernmentFunctions,
    founderBackground: org.founderBackground,
    graduatedFromIncubation: org.graduatedFromIncubation,
    fundingSource: org.fundingSource,
    foundingPartner: org.foundingPartner,
    serviceField: org.serviceField,
    occurredAt: org.updatedAt.toISOString(),
  };
}

/** The stored custodian as the snapshot carries it: only its fields, the number still sealed (R30). */
function custodianSnapshot(stored: StoredCustodian): CustodianSnapshotV2 {
  const { name, accountName, bankName, bankCode, accountNumberSealed, accountNumberMasked } =
    stored;
  return {
    name,
    accountName,
    bankName,
    ...(bankCode ? { bankCode } : {}),
    accountNumberSealed,
    accountNumberMasked,
  };
}
