import { createHash } from 'node:crypto';
import {
  applyDecorators,
  type DynamicModule,
  type ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  Module,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ThrottlerGuard, type ThrottlerLimitDetail, ThrottlerModule } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { ErrorView } from '@civic/contracts';
import type { GatewayEnv } from '../gateway.env';

/**
 * Rate limits on the writes anyone can send without signing in (sign-in, token refresh,
 * objections to lottery notices): on each such route, per client address, and per target (the
 * username signed in to, the session a refresh cookie renews, the notice objected to) from all
 * addresses together, so neither one address nor many can flood a route or a target. Beyond a limit: 429 with `Retry-After`.
 *
 * Counts live in Redis (under the deployment's prefix), so every gateway replica shares them.
 * The client address is Express's `req.ip`: behind a reverse proxy set `TRUST_PROXY` so that it
 * is the caller's, not the proxy's.
 */
export type RateLimitTarget = (request: RateLimitedRequest) => string | undefined;

export interface RateLimitedRequest {
  ip?: string;
  body?: unknown;
  params?: Record<string, string | undefined>;
  cookies?: Record<string, unknown>;
}

const TARGET = 'civic:rate-limit-target';
/** Prefixes a target's tracker, so that it never equals an address. */
const TARGET_PREFIX = 'target:';

function targetOf(context: ExecutionContext): string | undefined {
  const target: RateLimitTarget | undefined = Reflect.getMetadata(TARGET, context.getHandler());
  const tracked = target?.(context.switchToHttp().getRequest<RateLimitedRequest>());
  return tracked === undefined ? undefined : `${TARGET_PREFIX}${tracked}`;
}

/** Counts with the throttlers below; beyond a limit, a 429 naming which limit (`RATE_LIMITED`). */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(
    _context: ExecutionContext,
    { tracker, limit, ttl, timeToBlockExpire }: ThrottlerLimitDetail,
  ): Promise<void> {
    const per = tracker.startsWith(TARGET_PREFIX) ? 'target' : 'address';
    const what = per === 'target' ? 'for this target' : 'from this address';
    throw new HttpException(
      {
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        code: 'RATE_LIMITED',
        limit: per,
        message: `Too many requests ${what}: at most ${limit} per ${ttl / 1000} s; retry in ${timeToBlockExpire} s`,
        messageZh: `请求过于频繁（每 ${ttl / 1000} 秒最多 ${limit} 次），请 ${timeToBlockExpire} 秒后再试`,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/** An unauthenticated write: limited per client address and, when `target` names one, per target. */
export const RateLimited = (target?: RateLimitTarget) =>
  applyDecorators(
    SetMetadata(TARGET, target),
    UseGuards(RateLimitGuard),
    ApiResponse({ status: 429, type: ErrorView, description: 'Too many requests; retry later' }),
  );

/** The username of a sign-in body, normalized as sign-in compares it. */
export const usernameTarget: RateLimitTarget = ({ body }) => {
  const username = (body as { username?: unknown } | undefined)?.username;
  return typeof username === 'string'
    ? `user:${username.trim().toLowerCase().slice(0, 64)}`
    : undefined;
};

/**
 * The cookie `name` of the request, as a SHA-256 digest: the refresh token a refresh renews, counted
 * from all addresses together, while the token itself is never written to Redis.
 */
export const cookieTarget =
  (name: string): RateLimitTarget =>
  ({ cookies }) => {
    const value = cookies?.[name];
    return typeof value === 'string' && value !== ''
      ? `cookie:${name}:${createHash('sha256').update(value).digest('base64url')}`
      : undefined;
  };

/** The `:id` of the route: the record the write is about. */
export const pathIdTarget: RateLimitTarget = ({ params }) =>
  params?.id ? `id:${params.id}` : undefined;

/** `TRUST_PROXY` as Express takes it: `false`, or proxies by name or subnet (`loopback, 10.0.0.0/8`). */
export function trustProxy(setting: string): string | false {
  return setting.trim() === 'false' ? false : setting;
}

/** The throttlers behind `RateLimited`, with their shared Redis counters. */
@Module({})
export class RateLimitModule {
  static forRoot(env: GatewayEnv): DynamicModule {
    const ttl = env.RATE_LIMIT_WINDOW_SECONDS * 1000;
    return {
      module: RateLimitModule,
      imports: [
        ThrottlerModule.forRoot({
          throttlers: [
            {
              name: 'address',
              ttl,
              limit: env.RATE_LIMIT_PER_ADDRESS,
              getTracker: (request: Record<string, unknown>) => String(request['ip']),
            },
            {
              name: 'target',
              ttl,
              limit: env.RATE_LIMIT_PER_TARGET,
              skipIf: (context) => targetOf(context) === undefined,
              getTracker: (_request, context) => targetOf(context) ?? '',
            },
          ],
          storage: new ThrottlerStorageRedisService(env.REDIS_URL, {
            keyPrefix: `${env.CIVIC_PREFIX}:throttle:`,
            maxRetriesPerRequest: 2,
            lazyConnect: true, // connects at the first limited request, not when described
          }),
        }),
      ],
    };
  }
}
