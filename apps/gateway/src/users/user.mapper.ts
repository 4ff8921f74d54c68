import type { CurrentUserView, UserView } from '@civic/contracts';
import { ROLE_PERMISSIONS } from '@civic/domain/access';
import type { AccessClaims } from '../auth/access-token';
import type { UserAccount } from './entities/user-account.entity';

export function toCurrentUser(user: UserAccount): CurrentUserView {
  const permissions = [...new Set(user.roles.flatMap((role) => ROLE_PERMISSIONS[role] ?? []))];
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    permissions: permissions.sort(),
    ...(user.organizationId ? { organizationId: user.organizationId } : {}),
    ...(user.baseId ? { baseId: user.baseId } : {}),
    ...(user.streetCode ? { streetCode: user.streetCode } : {}),
  };
}

export function toUserView(user: UserAccount): UserView {
  return {
    ...toCurrentUser(user),
    disabled: user.disabled,
    failedLogins: user.failedLogins,
    ...(user.lockedUntil && user.lockedUntil > new Date()
      ? { lockedUntil: user.lockedUntil.toISOString() }
      : {}),
    createdAt: user.createdAt.toISOString(),
  };
}

/** What the audit chain keeps of a user: never the password hash. */
export function auditedUser(user: UserAccount) {
  const { passwordHash: _hash, version: _version, updatedAt: _updated, ...rest } = user;
  return rest;
}

export function claimsOf(user: UserAccount, sessionId: string, enrolOnly = false): AccessClaims {
  return {
    ...(enrolOnly ? { enrol: true as const } : {}),
    sub: user.id,
    sid: sessionId,
    name: user.displayName,
    roles: user.roles,
    ...(user.organizationId ? { org: user.organizationId } : {}),
    ...(user.baseId ? { base: user.baseId } : {}),
    ...(user.streetCode ? { street: user.streetCode } : {}),
  };
}
