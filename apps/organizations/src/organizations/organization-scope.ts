import type { RpcActor } from '@civic/contracts';
import {
  inOrganizationScope,
  organizationScope,
  type ScopedOrganization,
} from '@civic/domain/access';
import { ServiceError } from '@civic/platform/rpc';

/**
 * Object-level access: reading or changing one organization needs it inside the actor's scope.
 * Another organization's id answers exactly as an unknown one, 404 (no IDOR; `notVisible`).
 */
export function assertVisible(actor: RpcActor, org: ScopedOrganization): void {
  if (!inOrganizationScope(organizationScope(actor), org)) {
    throw ServiceError.notVisible('organization', org.id);
  }
}

/**
 * Where an organization may be placed: a new one, or a visible one moved, must land inside the
 * actor's scope (a street officer's own street). The actor knows the street it asked for, so
 * this refusal reveals nothing: 403.
 */
export function assertPlaceable(actor: RpcActor, org: ScopedOrganization): void {
  if (!inOrganizationScope(organizationScope(actor), org)) {
    throw ServiceError.forbidden(
      `street ${org.streetCode} is outside your scope: the organization cannot be placed there`,
      `组织所在街道（${org.streetCode}）不在您的管理范围内`,
    );
  }
}
