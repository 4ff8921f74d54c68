import { ConfigError, loadEnv } from './load-env';
import { ServiceEnv } from './base.env';

describe('loadEnv', () => {
  const valid = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/civic', HTTP_PORT: '3101' };

  it('converts and defaults variables', () => {
    const env = loadEnv(ServiceEnv, valid);
    expect(env.HTTP_PORT).toBe(3101);
    expect(env.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(env.OUTBOX_BATCH_SIZE).toBe(500);
    expect(env.HTTP_HOST).toBe('127.0.0.1'); // a service's health port: this machine only
  });

  it.each([
    [{ HTTP_PORT: 'eighty' }, 'HTTP_PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ CIVIC_PREFIX: 'has space' }, 'CIVIC_PREFIX'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ HTTP_HOST: 'everywhere' }, 'HTTP_HOST'],
  ])('names the variable that is wrong: %o', (override, variable) => {
    expect(() => loadEnv(ServiceEnv, { ...valid, ...override })).toThrow(ConfigError);
    try {
      loadEnv(ServiceEnv, { ...valid, ...override });
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.variable)).toEqual([variable]);
    }
  });
});
