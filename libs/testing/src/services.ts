import { randomBytes } from 'node:crypto';
import { testEnv } from './test-env';

/** The Postgres server tests may create databases on (never a database itself). */
export function testServerUrl(): string {
  return testEnv().DATABASE_URL;
}

export function testRedisUrl(): string {
  return testEnv().REDIS_URL;
}

/** A key prefix of its own for each test, so queues and RPC channels never cross. */
export function testPrefix(label = 't'): string {
  return `${label}-${randomBytes(4).toString('hex')}`;
}
