import type { Permission } from '@civic/domain/access';
import { useCurrentUser } from './use-current-user';

/** Whether the signed-in user holds a permission (the API checks again). */
export function useCan(): (permission: Permission) => boolean {
  const user = useCurrentUser();
  return (permission) => user.permissions.includes(permission);
}
