export { countActiveMonths } from './lib/active-months';
export { AREA_TYPE_LABELS_ZH, AREA_TYPES, AreaType, isAreaType } from './lib/area-type';
export { classifyTier } from './lib/classify-tier';
export type { TierDecision } from './lib/classify-tier';
export {
  FOUNDER_BACKGROUND_LABELS_ZH,
  FOUNDER_BACKGROUNDS,
  FounderBackground,
  isFounderBackground,
} from './lib/founder-background';
export {
  FOUNDING_PARTNER_LABELS_ZH,
  FOUNDING_PARTNERS,
  FoundingPartner,
  isFoundingPartner,
} from './lib/founding-partner';
export {
  FUNDING_SOURCE_LABELS_ZH,
  FUNDING_SOURCES,
  FundingSource,
  isFundingSource,
} from './lib/funding-source';
export { isLegalForm, LEGAL_FORM_LABELS_ZH, LEGAL_FORMS, LegalForm } from './lib/legal-form';
export {
  isManagementTier,
  MANAGEMENT_TIER_LABELS_ZH,
  MANAGEMENT_TIERS,
  ManagementTier,
} from './lib/management-tier';
export { assertOrganizationFacts } from './lib/organization-facts';
export type { OrganizationFacts } from './lib/organization-facts';
export {
  CATEGORY_LABELS_ZH,
  isOrganizationCategory,
  ORGANIZATION_CATEGORIES,
  OrganizationCategory,
} from './lib/organization-category';
export { isPartyLed, partyLedShare, partyLedShareOfCounts } from './lib/party-led-share';
export type { PartyLedShare } from './lib/party-led-share';
export {
  isPriorityGroup,
  PRIORITY_GROUP_LABELS_ZH,
  PRIORITY_GROUPS,
  PriorityGroup,
} from './lib/priority-group';
export {
  isR9PriorityFounding,
  R9_FUNDING_SOURCES,
  R9_SERVICE_FIELDS,
} from './lib/priority-founding';
export type { FoundingFacts, R9Founding } from './lib/priority-founding';
export { checkRegistrationThreshold, registrationChecks } from './lib/registration-threshold';
export type {
  RegistrationCheck,
  RegistrationCondition,
  RegistrationThresholdResult,
  ThresholdFailure,
} from './lib/registration-threshold';
export {
  isServiceField,
  SERVICE_FIELD_LABELS_ZH,
  SERVICE_FIELDS,
  ServiceField,
} from './lib/service-field';
export type { TierReason, TierReasonCode } from './lib/tier-reason';
export { assertTierPolicy, DEFAULT_TIER_POLICY } from './lib/tier-policy';
export type { TierPolicy } from './lib/tier-policy';
export {
  AREA_TYPE_LABELS_EN,
  CATEGORY_LABELS_EN,
  MANAGEMENT_TIER_LABELS_EN,
  PRIORITY_GROUP_LABELS_EN,
} from './lib/organization-labels-en';
