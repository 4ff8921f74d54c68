import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { sessionStore, useRestoring, useSession } from './session';

/**
 * Sends anyone without a session to the login page, once the page has tried to restore one with
 * the refresh cookie. When the session expired (rather than the
 * user logging out), the login page says so and leads back to where they were.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const restoring = useRestoring();
  const location = useLocation();
  if (restoring) return <Spin fullscreen data-testid="restoring-session" />;
  if (!session) {
    const state =
      sessionStore.endedBy() === 'expired'
        ? { from: location.pathname + location.search, expired: true }
        : null;
    return <Navigate to="/login" replace state={state} />;
  }
  return children;
}
