import { randomBytes } from 'node:crypto';

/** The Postgres server tests may create databases on (never a database itself). */
export function testServerUrl(): string {
  return process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function testRedisUrl(): string {
  return process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
}

/** A key prefix of its own for each test, so queues and RPC channels never cross. */
export function testPrefix(label = 't'): string {
  return `${label}-${randomBytes(4).toString('hex')}`;
}
