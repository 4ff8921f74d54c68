import { useSyncExternalStore } from 'react';
import type { AccessTokenView, CurrentUserView } from '../api/types';

/**
 * The signed-in user's access token and profile, in memory only (issue #15): no token is ever
 * written to localStorage or sessionStorage, where an injected script could read it. The refresh
 * token is an HttpOnly cookie the page cannot read; a reload buys a new access token with it
 * (`restoreSession` in api/client.ts).
 */
export interface Session {
  accessToken: string;
  user: CurrentUserView;
}

const listeners = new Set<() => void>();
let current: Session | null = null;
/** True until the page has tried the refresh cookie once after loading. */
let restoring = true;
/** Why the last session ended: the user logged out, or the gateway stopped accepting it. */
let ended: 'logout' | 'expired' | null = null;

function notify(): void {
  listeners.forEach((listener) => listener());
}

export const sessionStore = {
  get: (): Session | null => current,
  start: (view: AccessTokenView): void => {
    current = { accessToken: view.accessToken, user: view.user };
    notify();
  },
  updateUser: (user: CurrentUserView): void => {
    if (!current) return;
    current = { ...current, user };
    notify();
  },
  clear: (reason: 'logout' | 'expired'): void => {
    ended = reason;
    current = null;
    notify();
  },
  endedBy: () => ended,
  isRestoring: (): boolean => restoring,
  restored: (): void => {
    restoring = false;
    notify();
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}

/** Whether the page is still trying the refresh cookie after loading (show nothing yet). */
export function useRestoring(): boolean {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.isRestoring);
}
