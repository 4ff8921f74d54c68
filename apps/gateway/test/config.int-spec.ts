import { once } from 'node:events';
import { spawnTs } from '@civic/testing';

jest.setTimeout(30_000);

describe('gateway configuration', () => {
  it('stops at boot naming a missing database and a weak JWT secret, without echoing it', async () => {
    const child = spawnTs('apps/gateway/src/main.ts', {
      DATABASE_URL: '',
      JWT_SECRET: 'too-short-secret',
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    const [code] = await once(child, 'exit');
    expect(code).toBe(78);
    expect(stderr).toContain('DATABASE_URL: DATABASE_URL must look like postgres://');
    expect(stderr).toContain('JWT_SECRET: JWT_SECRET must be at least 32 characters');
    expect(stderr).not.toContain('too-short-secret');
  });
});
