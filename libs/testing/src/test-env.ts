import { loadEnv } from '@civic/platform/config';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';

/**
 * What tests and benchmarks read from their environment, validated once. `npm test` sets
 * DATABASE_URL and REDIS_URL to the servers it provides; the defaults are this machine's.
 */
class TestEnv {
  /** A Postgres server to create scratch databases on (never a database itself). */
  @Matches(/^postgres(ql)?:\/\/\S+$/)
  DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/postgres';

  @Matches(/^rediss?:\/\/\S+$/)
  REDIS_URL: string = 'redis://127.0.0.1:6379';

  /** The binary for private Redis servers (tests that FLUSHALL). */
  @IsString()
  REDIS_SERVER_BIN: string = 'redis-server';

  /** The browser the admin UI's browser tests drive (Debian's chromium). */
  @IsString()
  CHROMIUM_PATH: string = '/usr/bin/chromium';

  /** Where browser tests save screenshots; `docs/screenshots` refreshes the README's. */
  @IsString()
  SCREENSHOTS_DIR: string = 'tmp/screenshots';

  /** Where the screen walk saves its screenshots (`npm run screenshots`: docs/screenshots). */
  @IsOptional()
  @IsString()
  SCREENSHOT_DIR?: string;

  /** '1': the screen walk saves only the README gallery's screens. */
  @IsOptional()
  @IsIn(['', '0', '1'])
  SCREEN_WALK_GALLERY: string = '';

  /** '1': the screen walk runs axe on every visit, not once per screen and size. */
  @IsOptional()
  @IsIn(['', '0', '1'])
  SCREEN_WALK_EVERY: string = '';

  /** How many times the payment chaos test runs (`npm run chaos` sets more). */
  @Matches(/^[1-9][0-9]*$/)
  CHAOS_RUNS: string = '5';

  /**
   * '1': services run from their TypeScript sources through swc, as before issue #19, instead of
   * their ahead-of-time build (dist/node); the memory benchmark's baseline.
   */
  @IsOptional()
  @IsIn(['', '0', '1'])
  SERVICES_FROM_SOURCE: string = '';

  /** '1' echoes child processes' standard output. */
  @IsOptional()
  @IsIn(['', '0', '1'])
  TEST_CHILD_OUTPUT: string = '';
}

let cached: TestEnv | undefined;

export function testEnv(): TestEnv {
  return (cached ??= loadEnv(TestEnv));
}

/** The environment of a child process: this one's, with `extra` on top. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
