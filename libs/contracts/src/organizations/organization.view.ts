import type {
  AreaType,
  FounderBackground,
  ManagementTier,
  OrganizationCategory,
  PriorityGroup,
} from '@civic/domain/organizations';
import type { FinancialCustodianDto, LeaderDto } from './leader.dto';
import type { LocationDto, PostalAddressDto } from './location.dto';

export interface ReasonView {
  code: string;
  rule: string;
  met?: boolean;
  message: string;
  messageZh: string;
  required?: number;
  actual?: number;
}

export interface TierDecisionView {
  tier: ManagementTier;
  policyVersion: string;
  reasons: ReasonView[];
  decidedAt: string;
}

export interface ThresholdFailureView {
  rule: string;
  condition: string;
  required: number;
  actual: number;
  message: string;
  messageZh: string;
}

export interface RegistrationThresholdView {
  met: boolean;
  failures: ThresholdFailureView[];
}

/** An organization as the API shows it. */
export interface OrganizationView {
  id: string;
  name: string;
  category: OrganizationCategory;
  areaType: AreaType;
  location: LocationDto;
  postalAddress: PostalAddressDto;
  activitySite: string | null;
  registeredFundsFen: number;
  isFederation: boolean;
  memberCount: number;
  memberOrganizationIds: string[];
  leaders: LeaderDto[];
  activityMonths: string[];
  financialCustodian: FinancialCustodianDto | null;
  uscc: string | null;
  takesGovernmentFunctions: boolean;
  founderBackground: FounderBackground | null;
  servedGroups: PriorityGroup[];
  graduatedFromIncubation: boolean;
  tier: ManagementTier;
  tierDecision: TierDecisionView;
  registrationThreshold: RegistrationThresholdView;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Counts for a county or the whole registry, with the Party-led share (R10). */
export interface OrganizationStatsView {
  total: number;
  byTier: Record<ManagementTier, number>;
  byAreaType: Record<AreaType, number>;
  partyLed: { total: number; partyLed: number; sharePercent: number };
}
