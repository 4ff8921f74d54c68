import { Role } from './roles';

/** The fields of an actor that scope depends on; RpcActor satisfies it. */
export interface ScopedActor {
  roles: readonly string[];
  organizationId?: string;
  baseId?: string;
  streetCode?: string;
}

/**
 * Which organizations an actor may see: all of them, one, those of a street/township, or those
 * incubated at a base. An actor with several roles gets the widest; a bound role without its
 * binding sees nothing (fail closed).
 */
export type OrganizationScope =
  | { kind: 'all' }
  | { kind: 'organization'; organizationId: string }
  | { kind: 'street'; streetCode: string }
  | { kind: 'base'; baseId: string }
  | { kind: 'none' };

const WIDE: readonly Role[] = [Role.ADMINISTRATOR, Role.PROGRAMME_OFFICER];

/** The widest scope among the actor's roles (domain.md "Actors": bound roles see their own). */
export function organizationScope(actor: ScopedActor): OrganizationScope {
  if (actor.roles.some((role) => WIDE.includes(role as Role))) return { kind: 'all' };
  if (actor.roles.includes(Role.STREET_OFFICER) && actor.streetCode) {
    return { kind: 'street', streetCode: actor.streetCode };
  }
  if (actor.roles.includes(Role.INCUBATION_STAFF) && actor.baseId) {
    return { kind: 'base', baseId: actor.baseId };
  }
  if (actor.roles.includes(Role.APPLICANT) && actor.organizationId) {
    return { kind: 'organization', organizationId: actor.organizationId };
  }
  return { kind: 'none' };
}

/** The facts about one organization that scope is decided on. */
export interface ScopedOrganization {
  id: string;
  streetCode: string;
  incubationBaseId?: string | null;
}

/** Whether one organization is inside the scope (domain.md "Actors"). */
export function inOrganizationScope(scope: OrganizationScope, org: ScopedOrganization): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'organization':
      return org.id === scope.organizationId;
    case 'street':
      return org.streetCode === scope.streetCode;
    case 'base':
      return org.incubationBaseId === scope.baseId;
    case 'none':
      return false;
  }
}
