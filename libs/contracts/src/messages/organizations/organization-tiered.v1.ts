import { ManagementTier } from '@civic/domain/organizations';
import { IsArray, IsIn, IsISO8601, IsOptional, IsString, IsUUID } from 'class-validator';

/** `organizations.organization-tiered.v1`: a management tier was decided (R5), with its reasons. */
export class OrganizationTieredV1 {
  @IsUUID()
  organizationId: string;

  @IsIn(Object.values(ManagementTier))
  tier: ManagementTier;

  @IsOptional()
  @IsIn(Object.values(ManagementTier))
  previousTier: ManagementTier | null;

  @IsString()
  policyVersion: string;

  @IsArray()
  reasons: { code: string; rule: string; met?: boolean; message: string; messageZh: string }[];

  @IsISO8601()
  decidedAt: string;
}
