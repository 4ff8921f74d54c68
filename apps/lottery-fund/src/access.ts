import type { RpcActor } from '@civic/contracts';
import { hasPermission, Permission } from '@civic/domain/access';
import { ServiceError } from '@civic/platform/rpc';

/** Applicants and programme officers both read programmes and (their) applications. */
export function authorizeSubsidyReader(actor: RpcActor): void {
  const can = (permission: Permission) => hasPermission(actor.roles, permission);
  if (!can(Permission.SUBSIDY_APPLY) && !can(Permission.SUBSIDY_REVIEW)) {
    throw ServiceError.forbidden(
      `this needs the permission ${Permission.SUBSIDY_APPLY} or ${Permission.SUBSIDY_REVIEW}`,
      `没有所需权限：${Permission.SUBSIDY_APPLY} 或 ${Permission.SUBSIDY_REVIEW}`,
    );
  }
}
