import { EDITABLE_POLICY_KINDS, type EditablePolicyKind } from '@civic/domain/policy';
import { IsIn, IsISO8601, IsObject, IsString, Length, Matches } from 'class-validator';

/**
 * `organizations.policy-approved.v1`: a second administrator approved a version of a policy
 * (issue #17, R28). Every service that decides with it keeps a copy, so no decision waits on a
 * remote call; it applies from `effectiveFrom` in `regionCode` and the regions below it.
 */
export class PolicyApprovedV1 {
  @IsIn(EDITABLE_POLICY_KINDS as unknown as string[])
  kind: EditablePolicyKind;

  @Matches(/^\d{6}$/)
  regionCode: string;

  @IsString()
  @Length(1, 30)
  version: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  effectiveFrom: string;

  @IsObject()
  body: Record<string, unknown>;

  @IsISO8601()
  approvedAt: string;
}
