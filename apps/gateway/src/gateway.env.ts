import { DatabaseEnv } from '@civic/platform/config';
import { IsIn, IsInt, IsString, Max, Min, MinLength } from 'class-validator';

/** The gateway's variables: HTTP, its own schema (users, sessions, audit), tokens and logins. */
export class GatewayEnv extends DatabaseEnv {
  @IsInt()
  @Min(1)
  @Max(65535)
  HTTP_PORT: number = 3000;

  /** HS256 key for access tokens; at least 32 characters. */
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET: string;

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

  /** Login attempts per client address and username per window, then 429. */
  @IsInt()
  @Min(1)
  @Max(10_000)
  LOGIN_RATE_LIMIT: number = 10;

  @IsInt()
  @Min(1)
  @Max(3600)
  LOGIN_RATE_WINDOW_SECONDS: number = 60;

  /** `true` creates one demo user per role at start (npm start and tests; never production). */
  @IsIn(['true', 'false'])
  DEMO_USERS: string = 'false';
}
