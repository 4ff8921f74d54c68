import {
  AreaType,
  FounderBackground,
  FoundingPartner,
  FundingSource,
  ManagementTier,
  OrganizationCategory,
  ServiceField,
} from '@civic/domain/organizations';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';

export class LeaderSnapshotV1 {
  @IsString()
  name: string;

  @IsString()
  role: string;

  @IsBoolean()
  isPartyMember: boolean;
}

/**
 * What every version of the organization snapshot holds besides its custodian (v1 has the
 * custodian's account number in the clear, v2 sealed): enough for priority scoring (R13),
 * conflicts of interest (R18: leaders) and scope. `version` grows with every change, so a consumer
 * keeps the newest snapshot whatever order messages arrive in.
 */
export abstract class OrganizationSnapshotFields {
  @IsUUID()
  organizationId: string;

  @IsInt()
  @Min(1)
  version: number;

  @IsString()
  name: string;

  @IsIn(Object.values(OrganizationCategory))
  category: OrganizationCategory;

  @IsIn(Object.values(AreaType))
  areaType: AreaType;

  @Matches(/^\d{6}$/)
  countyCode: string;

  @Matches(/^\d{9}$/)
  streetCode: string;

  @Matches(/^\d{12}$/)
  communityCode: string;

  @IsIn(Object.values(ManagementTier))
  tier: ManagementTier;

  @IsOptional()
  @IsString()
  uscc: string | null;

  @ValidateNested({ each: true })
  @Type(() => LeaderSnapshotV1)
  leaders: LeaderSnapshotV1[];

  @IsBoolean()
  takesGovernmentFunctions: boolean;

  @IsOptional()
  @IsIn(Object.values(FounderBackground))
  founderBackground: FounderBackground | null;

  @IsBoolean()
  graduatedFromIncubation: boolean;

  /**
   * rule R9: how it was founded and its field, for the priority score. Optional: snapshots
   * published (and stored by consumers) before R9 lack them, and score no R9 bonus.
   */
  @IsOptional()
  @IsIn(Object.values(FundingSource))
  fundingSource?: FundingSource;

  @IsOptional()
  @IsIn(Object.values(FoundingPartner))
  foundingPartner?: FoundingPartner;

  @IsOptional()
  @IsIn(Object.values(ServiceField))
  serviceField?: ServiceField;

  @IsISO8601()
  occurredAt: string;
}
