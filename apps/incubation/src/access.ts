import type { RpcActor } from '@civic/contracts';
import { hasPermission, Permission, Role } from '@civic/domain/access';
import { authorize, ServiceError } from '@civic/platform/rpc';

/** The record a base-scoped change is asked about, named as its unknown-id answer names it. */
export interface BaseRecord {
  what: string;
  id: string;
}

/**
 * Base staff run their own base only; administrators run any (domain.md "Actors"). Returns
 * normally when the actor may run `baseId`; nothing changes otherwise. Without the permission:
 * 403. Staff bound to a base do not see other bases' records, so one of those answers exactly as
 * an unknown `record` (404, `notVisible`, issue #15); a wider reader who sees it but may not run
 * it: 403.
 */
export function authorizeBase(
  actor: RpcActor,
  baseId: string,
  record: BaseRecord = { what: 'incubation base', id: baseId },
): void {
  authorize(actor, Permission.INCUBATION_RUN);
  if (actor.roles.includes(Role.ADMINISTRATOR)) return;
  if (actor.baseId === baseId) return;
  if (!seesAllBases(actor)) throw ServiceError.notVisible(record.what, record.id);
  throw ServiceError.forbidden(
    'incubation staff run only the base they belong to',
    '孵化基地工作人员只能管理本基地',
  );
}

/** Whether the actor sees every base's records (officers and administrators). */
export function seesAllBases(actor: RpcActor): boolean {
  return hasPermission(actor.roles, Permission.INCUBATION_READ) && !isBaseBound(actor);
}

/** Staff bound to a base, and not also holding a wider role. */
export function isBaseBound(actor: RpcActor): boolean {
  return (
    actor.roles.includes(Role.INCUBATION_STAFF) &&
    !actor.roles.includes(Role.ADMINISTRATOR) &&
    !actor.roles.includes(Role.PROGRAMME_OFFICER)
  );
}

/** Anyone who reads cohorts: applicants choosing one, staff, officers. */
export function authorizeCohortReader(actor: RpcActor): void {
  const can = (p: Permission) => hasPermission(actor.roles, p);
  if (can(Permission.INCUBATION_READ) || can(Permission.INCUBATION_APPLY)) return;
  throw ServiceError.forbidden(
    `this needs the permission ${Permission.INCUBATION_READ} or ${Permission.INCUBATION_APPLY}`,
    `没有所需权限：${Permission.INCUBATION_READ} 或 ${Permission.INCUBATION_APPLY}`,
  );
}
