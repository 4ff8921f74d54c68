import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { CurrentUserView } from '../api/types';
import { sessionStore, useSession } from './session';

/**
 * The signed-in user: the profile from the login at once, then refreshed from GET /auth/me (roles
 * or bindings an administrator changed since).
 */
export function useCurrentUser(): CurrentUserView {
  const session = useSession();
  const me = useQuery({
    queryKey: ['me', session?.user.id],
    queryFn: () => unwrap(api.GET('/api/v1/auth/me')),
    enabled: session !== null,
    staleTime: 60_000,
  });
  useEffect(() => {
    if (me.data) sessionStore.updateUser(me.data);
  }, [me.data]);
  if (!session) throw new Error('useCurrentUser outside RequireAuth');
  return session.user;
}
