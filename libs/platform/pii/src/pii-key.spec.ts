import { randomBytes } from 'node:crypto';
import { loadEnv, ConfigError } from '@civic/platform/config';
import { parsePiiKey } from './pii-key';
import { PiiServiceEnv } from './pii-key.env';

describe('parsePiiKey (R30)', () => {
  it('takes base64 of exactly 32 bytes', () => {
    const key = randomBytes(32);
    expect(parsePiiKey(key.toString('base64')).equals(key)).toBe(true);
    expect(parsePiiKey(` ${key.toString('base64')}\n`).equals(key)).toBe(true);
  });

  it.each([
    ['31 bytes', randomBytes(31).toString('base64'), /got 31 bytes/],
    ['33 bytes', randomBytes(33).toString('base64'), /got 33 bytes/],
    ['16 bytes', randomBytes(16).toString('base64'), /got 16 bytes/],
    ['hex', randomBytes(32).toString('hex'), /32 bytes, base64/],
    ['base64url', randomBytes(32).toString('base64url'), /32 bytes, base64/],
    ['empty', '', /32 bytes, base64/],
  ])('rejects %s, naming PII_KEY and never echoing the key', (_case, key, reason) => {
    let message = '';
    try {
      parsePiiKey(key);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^PII_KEY /);
    expect(message).toMatch(reason);
    if (key) expect(message).not.toContain(key.slice(0, 8));
  });
});

describe('PiiServiceEnv (R30)', () => {
  const SERVICE = { DATABASE_URL: 'postgres://u@127.0.0.1:5432/d', HTTP_PORT: '3100' };

  it('reads PII_KEY and defaults PII_KEY_ID to k1', () => {
    const key = randomBytes(32).toString('base64');
    expect(loadEnv(PiiServiceEnv, { ...SERVICE, PII_KEY: key })).toMatchObject({
      PII_KEY: key,
      PII_KEY_ID: 'k1',
    });
  });

  it.each([
    [{}, ['PII_KEY']],
    [{ PII_KEY: randomBytes(31).toString('base64') }, ['PII_KEY']],
    [{ PII_KEY: randomBytes(32).toString('base64'), PII_KEY_ID: 'k.1' }, ['PII_KEY_ID']],
  ])('names the wrong variable without its value: %o', (env, variables) => {
    const error = (() => {
      try {
        loadEnv(PiiServiceEnv, { ...SERVICE, ...env } as Record<string, string>);
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error('expected a ConfigError');
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.problems.map((p) => p.variable)).toEqual(variables);
    for (const value of Object.values(env)) expect(error.message).not.toContain(value);
  });
});
