import type { RpcActor } from '@civic/contracts';
import {
  inOrganizationScope,
  organizationScope,
  type OrganizationScope,
  type ScopedOrganization,
} from '@civic/domain/access';
import { ServiceError } from '@civic/platform/rpc';

/** SQL that keeps only the organizations in scope (alias `o`), for lists and counts. */
export function scopeCondition(scope: OrganizationScope): { sql: string; params: object } {
  switch (scope.kind) {
    case 'all':
      return { sql: 'TRUE', params: {} };
    case 'organization':
      return {
        sql: 'o.id = :scopeOrganizationId',
        params: { scopeOrganizationId: scope.organizationId },
      };
    case 'street':
      return {
        sql: 'o.street_code = :scopeStreetCode',
        params: { scopeStreetCode: scope.streetCode },
      };
    case 'base':
      return { sql: 'o.incubation_base_id = :scopeBaseId', params: { scopeBaseId: scope.baseId } };
    case 'none':
      return { sql: 'FALSE', params: {} };
  }
}

/**
 * Object-level access: reading or changing one organization needs it inside the actor's scope.
 * Another organization's id answers 403, not its data (no IDOR).
 */
export function assertInScope(actor: RpcActor, org: ScopedOrganization): void {
  if (!inOrganizationScope(organizationScope(actor), org)) {
    throw ServiceError.forbidden(`organization ${org.id} is outside your scope`);
  }
}
