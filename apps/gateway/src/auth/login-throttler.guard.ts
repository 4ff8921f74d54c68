import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/**
 * Limits sign-in attempts per client address and username (429 beyond the limit); counts live
 * in Redis, so every gateway replica shares them. Complements the account lock (LoginAttempts),
 * which counts failures per account whatever the address.
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const body = req.body as { username?: unknown } | undefined;
    const username = typeof body?.username === 'string' ? body.username.slice(0, 64) : '';
    return `${String(req.ip)}|${username}`;
  }
}
