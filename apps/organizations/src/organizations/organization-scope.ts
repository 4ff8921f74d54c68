import type { RpcActor } from '@civic/contracts';
import {
  inOrganizationScope,
  organizationScope,
  type ScopedOrganization,
} from '@civic/domain/access';
import { ServiceError } from '@civic/platform/rpc';

/**
 * Object-level access: reading or changing one organization needs it inside the actor's scope.
 * Another organization's id answers 403, not its data (no IDOR).
 */
export function assertInScope(actor: RpcActor, org: ScopedOrganization): void {
  if (!inOrganizationScope(organizationScope(actor), org)) {
    throw ServiceError.forbidden(`organization ${org.id} is outside your scope`);
  }
}
