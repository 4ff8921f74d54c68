import type { RpcActor } from '@civic/contracts';
import { hasPermission, type Permission } from '@civic/domain/access';
import { ServiceError } from './service-error';

/**
 * The service-layer permission check: every service method that reads or decides starts here,
 * whatever the gateway's guard already let through, so a call from anywhere is checked.
 */
export function authorize(actor: RpcActor | undefined, permission: Permission): RpcActor {
  if (!actor || !hasPermission(actor.roles, permission)) {
    throw ServiceError.forbidden(
      `this needs the permission ${permission}`,
      `没有所需权限：${permission}`,
    );
  }
  return actor;
}
