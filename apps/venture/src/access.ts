import type { RpcActor } from '@civic/contracts';
import { hasPermission, Permission } from '@civic/domain/access';
import { ServiceError } from '@civic/platform/rpc';

/** Calls are read by officers, by applicants choosing one, and by reviewers. */
export function authorizeCallReader(actor: RpcActor): void {
  const can = (p: Permission) => hasPermission(actor.roles, p);
  if (
    can(Permission.VENTURE_MANAGE) ||
    can(Permission.VENTURE_APPLY) ||
    can(Permission.VENTURE_REVIEW)
  ) {
    return;
  }
  throw ServiceError.forbidden(
    `this needs the permission ${Permission.VENTURE_MANAGE}, ${Permission.VENTURE_APPLY} or ${Permission.VENTURE_REVIEW}`,
    '没有查看公益创投的权限',
  );
}

/** The organization an applicant acts for; 403 when the account is not bound to one. */
export function ownOrganization(actor: RpcActor): string {
  if (actor.organizationId) return actor.organizationId;
  throw ServiceError.forbidden(
    'an applicant must be bound to an organization to write proposals',
    '申请人账号尚未绑定组织',
  );
}

/**
 * Whether the actor sees an award (as the awards list shows them): officers every one, an
 * applicant its own organization's. One it does not see answers as unknown (404, issue #15).
 */
export function seesAward(actor: RpcActor, award: { organizationId: string }): boolean {
  return (
    hasPermission(actor.roles, Permission.VENTURE_MANAGE) ||
    (!!actor.organizationId && award.organizationId === actor.organizationId)
  );
}
