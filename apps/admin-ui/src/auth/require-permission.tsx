import type { Permission } from '@civic/domain/access';
import type { ReactNode } from 'react';
import { ForbiddenResult } from '../common/error-result';
import { useCurrentUser } from './use-current-user';

/** Shows the page only to users holding the permission; others see "no access". */
export function RequirePermission(props: { permission: Permission; children: ReactNode }) {
  const user = useCurrentUser();
  return user.permissions.includes(props.permission) ? props.children : <ForbiddenResult />;
}
