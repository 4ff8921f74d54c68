import {
  AreaType,
  FounderBackground,
  FoundingPartner,
  FundingSource,
  LegalForm,
  ManagementTier,
  OrganizationCategory,
  PriorityGroup,
  ServiceField,
} from '@civic/domain/organizations';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FinancialCustodianDto } from './leader.dto';
import { LocationDto, PostalAddressDto } from './location.dto';

/** One reason behind a decision, in English and Chinese, citing its rule. */
export class ReasonView {
  @ApiProperty({ example: 'R5_REGISTERED' }) code: string;
  @ApiProperty({ example: 'R5' }) rule: string;
  @ApiPropertyOptional() met?: boolean;
  @ApiProperty() message: string;
  @ApiProperty() messageZh: string;
  @ApiPropertyOptional() required?: number;
  @ApiPropertyOptional() actual?: number;
}

export class TierDecisionView {
  @ApiProperty({ enum: ManagementTier, enumName: 'ManagementTier' }) tier: ManagementTier;
  @ApiProperty({ example: '2026.1' }) policyVersion: string;
  @ApiProperty({ type: [ReasonView] }) reasons: ReasonView[];
  @ApiProperty({ format: 'date-time' }) decidedAt: string;
}

export class ThresholdFailureView {
  @ApiProperty() rule: string;
  @ApiProperty() condition: string;
  @ApiPropertyOptional({ description: 'The threshold, where the condition has a number' })
  required?: number;
  @ApiPropertyOptional() actual?: number;
  @ApiProperty() message: string;
  @ApiProperty() messageZh: string;
}

export class RegistrationThresholdView {
  @ApiProperty() met: boolean;
  @ApiProperty({ type: [ThresholdFailureView] }) failures: ThresholdFailureView[];
}

/** A leader as the API shows one: the resident ID number only masked (R30). */
export class LeaderView {
  @ApiProperty() name: string;
  @ApiProperty() role: string;
  @ApiProperty() isPartyMember: boolean;
  @ApiPropertyOptional({ example: '450103********1234', description: 'Masked (R30)' })
  residentIdMasked?: string;
}

/** An organization as the API shows it. */
export class OrganizationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: OrganizationCategory, enumName: 'OrganizationCategory' })
  category: OrganizationCategory;
  @ApiProperty({ enum: AreaType, enumName: 'AreaType' }) areaType: AreaType;
  @ApiProperty({ type: LocationDto }) location: LocationDto;
  @ApiProperty({ type: PostalAddressDto, description: 'The contact phone masked (R30)' })
  postalAddress: PostalAddressDto;
  @ApiProperty({ type: String, nullable: true }) activitySite: string | null;
  @ApiProperty({ description: 'In fen' }) registeredFundsFen: number;
  @ApiProperty() isFederation: boolean;
  @ApiProperty() memberCount: number;
  @ApiProperty({ type: [String] }) memberOrganizationIds: string[];
  @ApiProperty({ type: [LeaderView] }) leaders: LeaderView[];
  @ApiProperty({ type: [String], example: ['2026-01'] }) activityMonths: string[];
  @ApiProperty({
    type: FinancialCustodianDto,
    nullable: true,
    description: 'The account number masked (R30)',
  })
  financialCustodian: FinancialCustodianDto | null;
  @ApiProperty({ type: String, nullable: true }) uscc: string | null;
  @ApiProperty() takesGovernmentFunctions: boolean;
  // Inline, not a named enum: OpenAPI 3.0 defines `nullable` only beside a `type`, and a `$ref`
  // cannot carry one.
  @ApiProperty({ type: 'string', enum: Object.values(FounderBackground), nullable: true })
  founderBackground: FounderBackground | null;
  @ApiProperty({ enum: PriorityGroup, enumName: 'PriorityGroup', isArray: true })
  servedGroups: PriorityGroup[];
  @ApiProperty() graduatedFromIncubation: boolean;
  @ApiProperty({ enum: FundingSource, enumName: 'FundingSource', description: 'R9' })
  fundingSource: FundingSource;
  @ApiProperty({ enum: FoundingPartner, enumName: 'FoundingPartner', description: 'R9' })
  foundingPartner: FoundingPartner;
  @ApiProperty({ enum: ServiceField, enumName: 'ServiceField', description: 'R9' })
  serviceField: ServiceField;
  @ApiProperty({ enum: LegalForm, enumName: 'LegalForm', description: 'R2' })
  legalForm: LegalForm;
  @ApiProperty({ enum: ManagementTier, enumName: 'ManagementTier' }) tier: ManagementTier;
  @ApiProperty({ type: TierDecisionView }) tierDecision: TierDecisionView;
  @ApiProperty({ type: RegistrationThresholdView })
  registrationThreshold: RegistrationThresholdView;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export type { Page } from '../common/page.query';

export class OrganizationPageView {
  @ApiProperty({ type: [OrganizationView] }) items: OrganizationView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class PartyLedShareView {
  @ApiProperty() total: number;
  @ApiProperty() partyLed: number;
  @ApiProperty() sharePercent: number;
}

/** Counts for a county or the whole registry, with the Party-led share (R10). */
export class OrganizationStatsView {
  @ApiProperty({ example: { REGISTERED: 1, STREET_FILED: 2, COMMUNITY_GUIDED: 3 } })
  byTier: Record<ManagementTier, number>;
  @ApiProperty({ example: { URBAN: 3, RURAL: 3 } }) byAreaType: Record<AreaType, number>;
  @ApiProperty() total: number;
  @ApiProperty({ type: PartyLedShareView }) partyLed: PartyLedShareView;
}

/** A resident ID number in full, shown once to someone allowed to see it (R30), and audited. */
export class UnmaskedResidentIdView {
  @ApiProperty() residentId: string;
  @ApiProperty({ description: 'The audit entry that recorded this unmasking (R31)' })
  auditSeq: string;
}

/**
 * An organization's postal contact phone (R4) and, under custody, its custodian's account number
 * (R3) in full (R30), shown to an officer who calls it or a finance maker or checker who pays it;
 * each showing is audited (R31) with the masked forms only.
 */
export class UnmaskedOrganizationContactView {
  @ApiProperty({ example: '13800771234' }) contactPhone: string;
  @ApiPropertyOptional({
    example: '6228480000000000000',
    description:
      'The custodian’s account number; absent when the organization keeps its own finances',
  })
  custodianAccountNumber?: string;
  @ApiProperty({ description: 'The audit entry that recorded this unmasking (R31)' })
  auditSeq: string;
}

/** Snapshots published again for services that started consuming them late. */
export class RepublishedView {
  @ApiProperty({ description: 'Organizations whose current snapshot was published again' })
  published: number;

  @ApiProperty({ description: 'Approved policy versions published again (issue #17, #18)' })
  policies: number;
}
