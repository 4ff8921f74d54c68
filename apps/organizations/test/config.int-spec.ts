import { once } from 'node:events';
import { spawnTs } from '@civic/testing';

jest.setTimeout(30_000);

describe('organizations configuration', () => {
  it('stops at boot naming the bad variable and the reason', async () => {
    const child = spawnTs('apps/organizations/src/main.ts', {
      DATABASE_URL: 'mysql://nowhere',
      HTTP_PORT: '99999',
      REDIS_URL: 'redis://127.0.0.1:6379',
      PII_KEY: 'c2VjcmV0LWJ1dC10b28tc2hvcnQ=',
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    const [code] = await once(child, 'exit');
    expect(code).toBe(78);
    expect(stderr).toContain('DATABASE_URL: DATABASE_URL must look like postgres://');
    expect(stderr).toContain('HTTP_PORT: HTTP_PORT must not be greater than 65535');
    expect(stderr).toContain('PII_KEY: PII_KEY must be 32 bytes, base64-encoded');
    expect(stderr).not.toContain('c2VjcmV0LWJ1dC10b28tc2hvcnQ='); // rule R30: never echo a key
  });
});
