import { IsIn, IsInt, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { NotificationsEnv } from './notifications/notifications.env';

/**
 * The gateway's variables: HTTP, its own schema (users, sessions, audit), tokens and logins; and
 * (NotificationsEnv) the key, mail server and SMS gateway of its notifications (issue #18).
 */
export class GatewayEnv extends NotificationsEnv {
  @IsInt()
  @Min(1)
  @Max(65535)
  HTTP_PORT: number = 3000;

  /** HS256 key for access tokens; at least 32 characters. */
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET: string;

  /**
   * Encrypts TOTP secrets at rest (AES-256-GCM, as PII_KEY does R30's ID numbers): 32 random
   * bytes, base64 (`openssl rand -base64 32`). Keep it: without it no second factor verifies.
   */
  @Matches(/^[A-Za-z0-9+/]{43}=$/, {
    message: 'SECOND_FACTOR_KEY must be 32 bytes, base64-encoded',
  })
  SECOND_FACTOR_KEY: string;

  /** Names the key inside each sealed secret, so the key can be rotated. */
  @Matches(/^[a-z0-9]{1,8}$/, {
    message: 'SECOND_FACTOR_KEY_ID must be 1–8 lower-case letters or digits',
  })
  SECOND_FACTOR_KEY_ID: string = 'k1';

  @IsInt()
  @Min(30)
  @Max(86_400)
  ACCESS_TOKEN_TTL_SECONDS: number = 900;

  @IsInt()
  @Min(60)
  @Max(90 * 86_400)
  REFRESH_TOKEN_TTL_SECONDS: number = 7 * 86_400;

  /** Failed logins in a row that lock an account … */
  @IsInt()
  @Min(1)
  @Max(100)
  LOGIN_MAX_FAILURES: number = 5;

  /** … for this long. */
  @IsInt()
  @Min(1)
  @Max(86_400)
  LOGIN_LOCK_SECONDS: number = 900;

  /**
   * Unauthenticated writes (sign-in, refresh, objections) per window, then 429: on each route per
   * client address, …
   */
  @IsInt()
  @Min(1)
  @Max(100_000)
  RATE_LIMIT_PER_ADDRESS: number = 30;

  /** … and per target (a username, a notice) from all addresses together. */
  @IsInt()
  @Min(1)
  @Max(100_000)
  RATE_LIMIT_PER_TARGET: number = 10;

  @IsInt()
  @Min(1)
  @Max(3600)
  RATE_LIMIT_WINDOW_SECONDS: number = 60;

  /**
   * Express's `trust proxy`: which proxies' `X-Forwarded-For` names the client address that rate
   * limits count by. `loopback` (the default) trusts a proxy on this machine; behind a load
   * balancer name its subnet (e.g. `10.0.0.0/8`); `false` trusts none.
   */
  @IsString()
  TRUST_PROXY: string = 'loopback';

  /** `true` creates one demo user per role at start (npm start and tests; never production). */
  @IsIn(['true', 'false'])
  DEMO_USERS: string = 'false';

  /**
   * Rows an Excel export asks a service for at a time (issue #18): never more than the list's own
   * `pageSize` limit; memory holds one page however long the list.
   */
  @IsInt()
  @Min(1)
  @Max(200)
  EXPORT_PAGE_SIZE: number = 200;
}
