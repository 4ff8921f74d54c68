import type { RpcActor } from '@civic/contracts';
import { isRole, type Role } from '@civic/domain/access';

/** The claims of an access token: who, which login, and the roles and bindings at login time. */
export interface AccessClaims {
  sub: string;
  sid: string;
  /** Display name, shown where the actor's decisions are (a batch's maker and checker). */
  name?: string;
  roles: Role[];
  org?: string;
  base?: string;
  street?: string;
  /** A session that may only enrol a second factor (its roles need one; none is set up). */
  enrol?: true;
}

export function actorOf(claims: AccessClaims): RpcActor {
  return {
    userId: claims.sub,
    sessionId: claims.sid,
    ...(claims.name ? { name: claims.name } : {}),
    roles: claims.roles.filter(isRole),
    ...(claims.org ? { organizationId: claims.org } : {}),
    ...(claims.base ? { baseId: claims.base } : {}),
    ...(claims.street ? { streetCode: claims.street } : {}),
  };
}
