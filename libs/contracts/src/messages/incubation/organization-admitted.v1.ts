import { IsISO8601, IsUUID } from 'class-validator';

/**
 * `incubation.organization-admitted.v1`: a registered organization was admitted to a cohort (R16);
 * the registry records the base, so the base's staff see it in their scope.
 */
export class OrganizationAdmittedV1 {
  @IsUUID()
  organizationId: string;

  @IsUUID()
  baseId: string;

  @IsUUID()
  cohortId: string;

  @IsISO8601()
  admittedAt: string;
}
