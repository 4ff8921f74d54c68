import { randomBytes } from 'node:crypto';
import { migrationCipher } from './migration-cipher';
import { PersonalDataError } from './personal-data.error';

describe('migrationCipher (R30): the key a data migration seals stored rows with', () => {
  const saved = { PII_KEY: process.env.PII_KEY, PII_KEY_ID: process.env.PII_KEY_ID };
  afterEach(() => Object.assign(process.env, saved));
  const set = (env: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(env))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  };

  it('seals with a valid key, and the token names its key id', () => {
    set({ PII_KEY: randomBytes(32).toString('base64'), PII_KEY_ID: 'k2' });
    const cipher = migrationCipher();
    const token = cipher.encrypt('13800138000');
    expect(cipher.decrypt(token)).toBe('13800138000');
    expect(token).toContain('k2');
  });

  it.each([
    [{ PII_KEY: undefined, PII_KEY_ID: undefined }, 'PII_KEY'],
    [{ PII_KEY: randomBytes(31).toString('base64'), PII_KEY_ID: undefined }, 'PII_KEY'],
    [{ PII_KEY: randomBytes(32).toString('base64'), PII_KEY_ID: 'k.1' }, 'PII_KEY_ID'],
  ])('refuses a missing or malformed key, naming the variable, not the value: %o', (env, name) => {
    set(env);
    expect(() => migrationCipher()).toThrow(PersonalDataError);
    expect(() => migrationCipher()).toThrow(name);
    if (env.PII_KEY) expect(() => migrationCipher()).not.toThrow(env.PII_KEY);
  });
});
