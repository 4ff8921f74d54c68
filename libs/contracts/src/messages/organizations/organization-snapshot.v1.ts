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

export class CustodianSnapshotV1 {
  @IsString()
  name: string;

  @IsString()
  accountName: string;

  @IsString()
  bankName: string;

  @IsString()
  accountNumber: string;

  /** The bank's CNAPS category code (rule R28); absent from custodians entered before it was asked. */
  @IsOptional()
  @IsString()
  bankCode?: string;
}

/**
 * What other services keep of an organization: enough for priority scoring (R13), conflicts of
 * interest (R18: leaders) and payments to a custodian (R3). `version` grows with every change, so a
 * consumer keeps the newest snapshot whatever order messages arrive in.
 */
export class OrganizationSnapshotV1 {
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

  @IsOptional()
  @ValidateNested()
  @Type(() => CustodianSnapshotV1)
  financialCustodian: CustodianSnapshotV1 | null;

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
