// Integration tests run against the real Postgres and Redis that `npm test` provides
// (tools/dev/test.mjs sets DATABASE_URL and REDIS_URL); these defaults are this machine's.
process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379';
