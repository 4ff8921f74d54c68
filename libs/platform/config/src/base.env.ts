import { IsIn, IsInt, IsIP, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

const REDIS_URL = /^rediss?:\/\/[^\s]+$/;

/** Variables every process shares. */
export class BaseEnv {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  @Matches(REDIS_URL, { message: 'REDIS_URL must look like redis://host:port[/db]' })
  REDIS_URL: string = 'redis://127.0.0.1:6379';

  /** Prefix of every BullMQ key and RPC channel: lets several environments share one Redis. */
  @Matches(/^[a-zA-Z0-9_-]{1,40}$/, {
    message: 'CIVIC_PREFIX must be 1–40 letters, digits, _ or -',
  })
  CIVIC_PREFIX: string = 'civic';

  @IsInt()
  @Min(100)
  @Max(120_000)
  RPC_TIMEOUT_MS: number = 5000;
}

/** Variables of a process with its own schema: the database and its pool. */
export class DatabaseEnv extends BaseEnv {
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, {
    message: 'DATABASE_URL must look like postgres://user[:password]@host:port/database',
  })
  DATABASE_URL: string;

  @IsInt()
  @Min(1)
  @Max(100)
  DB_POOL_SIZE: number = 10;
}

/** Variables of a domain service: its HTTP port (health), database, outbox relay and inbox worker. */
export class ServiceEnv extends DatabaseEnv {
  @IsInt()
  @Min(1)
  @Max(65535)
  HTTP_PORT: number;

  /**
   * The address the health (and metrics) port listens on: this machine only by default; `0.0.0.0`
   * in a container whose probes come from outside it (deploy/k8s).
   */
  @IsIP(undefined, { message: 'HTTP_HOST must be an IP address, such as 127.0.0.1 or 0.0.0.0' })
  HTTP_HOST: string = '127.0.0.1';

  @IsInt()
  @Min(5)
  @Max(60_000)
  OUTBOX_POLL_MS: number = 100;

  @IsInt()
  @Min(1)
  @Max(5000)
  OUTBOX_BATCH_SIZE: number = 500;

  /** Most messages the relay puts in one BullMQ job (1: a job per message). */
  @IsInt()
  @Min(1)
  @Max(500)
  OUTBOX_BUNDLE_SIZE: number = 50;

  @IsInt()
  @Min(1)
  @Max(500)
  INBOX_CONCURRENCY: number = 16;

  @IsInt()
  @Min(500)
  @Max(600_000)
  INBOX_STALLED_INTERVAL_MS: number = 30_000;

  @IsOptional()
  @IsString()
  INSTANCE_ID?: string;
}
