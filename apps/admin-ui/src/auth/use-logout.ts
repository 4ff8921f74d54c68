import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../api/client';
import { sessionStore } from './session';

/** Ends the session at the gateway (best effort), then locally; cached data goes with it. */
export function useLogout(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    if (sessionStore.get()) await api.POST('/api/v1/auth/logout').catch(() => {});
    sessionStore.clear('logout');
    queryClient.clear();
  }, [queryClient]);
}
