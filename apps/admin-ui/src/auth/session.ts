import { useSyncExternalStore } from 'react';
import type { CurrentUserView, TokenPairView } from '../api/types';

/** The signed-in user's tokens and profile, kept in localStorage so a reload stays signed in. */
export interface Session {
  accessToken: string;
  refreshToken: string;
  user: CurrentUserView;
}

const STORAGE_KEY = 'civic.session';
const listeners = new Set<() => void>();
let current: Session | null = read();
/** Why the last session ended: the user logged out, or the gateway stopped accepting it. */
let ended: 'logout' | 'expired' | null = null;

function read(): Session | null {
  try {
    const text = localStorage.getItem(STORAGE_KEY);
    return text ? (JSON.parse(text) as Session) : null;
  } catch {
    return null;
  }
}

function write(next: Session | null): void {
  current = next;
  if (next) localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  else localStorage.removeItem(STORAGE_KEY);
  listeners.forEach((listener) => listener());
}

export const sessionStore = {
  get: (): Session | null => current,
  start: (pair: TokenPairView): void =>
    write({ accessToken: pair.accessToken, refreshToken: pair.refreshToken, user: pair.user }),
  updateUser: (user: CurrentUserView): void => {
    if (current) write({ ...current, user });
  },
  clear: (reason: 'logout' | 'expired'): void => {
    ended = reason;
    write(null);
  },
  endedBy: () => ended,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

// Another tab logged in or out: follow it.
window.addEventListener('storage', (event) => {
  if (event.key !== STORAGE_KEY) return;
  current = read();
  listeners.forEach((listener) => listener());
});

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}
