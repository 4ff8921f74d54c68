import { IsISO8601, IsUUID } from 'class-validator';

/** `incubation.organization-graduated.v1`: an organization graduated (出壳) from a base (R13, R16). */
export class OrganizationGraduatedV1 {
  @IsUUID()
  organizationId: string;

  @IsUUID()
  baseId: string;

  @IsUUID()
  cohortId: string;

  @IsISO8601()
  graduatedAt: string;
}
