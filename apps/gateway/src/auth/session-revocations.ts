import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { GATEWAY_PREFIX, GATEWAY_REDIS } from '../redis/gateway-redis.module';
import { AUTH_SETTINGS, type AuthSettings } from './auth-settings';

/**
 * Access tokens are short-lived JWTs, checked without a database read. Logging out, rotating a
 * refresh token or disabling a user marks the session here until its last access token expires,
 * so that token stops working at once.
 */
@Injectable()
export class SessionRevocations {
  constructor(
    @Inject(GATEWAY_REDIS) private readonly redis: Redis,
    @Inject(GATEWAY_PREFIX) private readonly prefix: string,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  async revoke(sessionIds: readonly string[]): Promise<void> {
    if (sessionIds.length === 0) return;
    const pipeline = this.redis.pipeline();
    for (const sid of sessionIds) {
      pipeline.set(this.key(sid), '1', 'EX', this.settings.accessTokenTtlSeconds + 5);
    }
    await pipeline.exec();
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    return (await this.redis.exists(this.key(sessionId))) === 1;
  }

  private key(sessionId: string): string {
    return `${this.prefix}:auth:revoked:${sessionId}`;
  }
}
