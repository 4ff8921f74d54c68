import { createSecretKey, hkdfSync, type KeyObject } from 'node:crypto';
import type { GatewayEnv } from '../gateway.env';

export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');

/** Token lifetimes and login limits, from the gateway's validated env. */
export interface AuthSettings {
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  maxFailures: number;
  lockSeconds: number;
  /** Signs the CSRF token of the refresh cookie (derived from JWT_SECRET, a label of its own). */
  csrfKey: KeyObject;
  /** Signs the queue dashboard's tickets (issue #20; derived from JWT_SECRET, a label of its own). */
  dashboardKey: KeyObject;
}

export function authSettingsFrom(env: GatewayEnv): AuthSettings {
  return {
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
    maxFailures: env.LOGIN_MAX_FAILURES,
    lockSeconds: env.LOGIN_LOCK_SECONDS,
    csrfKey: deriveKey(env.JWT_SECRET, 'civic-grants/csrf/v1'),
    dashboardKey: deriveKey(env.JWT_SECRET, 'civic-grants/queue-dashboard/v1'),
  };
}

function deriveKey(secret: string, label: string): KeyObject {
  return createSecretKey(
    Buffer.from(hkdfSync('sha256', secret, 'civic-grants/gateway', label, 32)),
  );
}
