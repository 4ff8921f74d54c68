import type { GatewayEnv } from '../gateway.env';

export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');

/** Token lifetimes and login limits, from the gateway's validated env. */
export interface AuthSettings {
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  maxFailures: number;
  lockSeconds: number;
  rateLimit: number;
  rateWindowSeconds: number;
}

export function authSettingsFrom(env: GatewayEnv): AuthSettings {
  return {
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
    maxFailures: env.LOGIN_MAX_FAILURES,
    lockSeconds: env.LOGIN_LOCK_SECONDS,
    rateLimit: env.LOGIN_RATE_LIMIT,
    rateWindowSeconds: env.LOGIN_RATE_WINDOW_SECONDS,
  };
}
