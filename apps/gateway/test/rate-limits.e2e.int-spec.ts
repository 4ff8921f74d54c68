import { randomUUID } from 'node:crypto';
import { http, startPlatform } from '@civic/testing';

jest.setTimeout(120_000);

const PER_ADDRESS = 4;
const PER_TARGET = 3;

/**
 * Issue #15: every unauthenticated write (sign-in, refresh, objections to lottery notices) is
 * limited per client address and per target. The client address comes from `X-Forwarded-For`,
 * which the gateway trusts from a proxy on this machine (`TRUST_PROXY=loopback`, the default), so
 * one test process can speak as many addresses.
 */
describe('rate limits on unauthenticated writes', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;

  beforeAll(async () => {
    platform = await startPlatform({
      withOrganizations: false,
      withLotteryFund: true,
      gatewayEnv: {
        RATE_LIMIT_PER_ADDRESS: String(PER_ADDRESS),
        RATE_LIMIT_PER_TARGET: String(PER_TARGET),
        RATE_LIMIT_WINDOW_SECONDS: '600',
      },
    });
  });

  afterAll(() => platform?.stop());

  const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
  const objection = { name: '张三', contact: '13800138000', reason: '该项目已停止运营' };
  const object = (noticeId: string, address: string) =>
    http(
      'POST',
      `${platform.api}/v1/public/lottery/notices/${noticeId}/objections`,
      objection,
      from(address),
    );

  it('limits objections per address: the next one from that address is 429, another address still passes', async () => {
    const answers = [];
    for (let i = 0; i <= PER_ADDRESS; i++) answers.push(await object(randomUUID(), '203.0.113.1'));
    expect(answers.slice(0, PER_ADDRESS).map((a) => a.status)).not.toContain(429);
    const refused = answers[PER_ADDRESS];
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'RATE_LIMITED', limit: 'address' });
    expect(refused.headers.get('retry-after-address')).toMatch(/^\d+$/);
    expect((await object(randomUUID(), '203.0.113.2')).status).not.toBe(429);
  });

  it('limits objections per notice from all addresses together', async () => {
    const noticeId = randomUUID();
    const answers = [];
    for (let i = 0; i <= PER_TARGET; i++)
      answers.push(await object(noticeId, `198.51.100.${i + 1}`));
    expect(answers.slice(0, PER_TARGET).map((a) => a.status)).not.toContain(429);
    expect(answers[PER_TARGET].status).toBe(429);
    expect(answers[PER_TARGET].body).toMatchObject({ code: 'RATE_LIMITED', limit: 'target' });
    // Another notice, from a fresh address, is untouched.
    expect((await object(randomUUID(), '198.51.100.200')).status).not.toBe(429);
  });

  it('limits sign-in attempts per address across usernames, in Chinese for a Chinese client', async () => {
    const statuses = [];
    let last;
    for (let i = 0; i <= PER_ADDRESS; i++) {
      last = await http(
        'POST',
        `${platform.api}/v1/auth/login`,
        { username: `nobody-${i}`, password: 'wrong-password-1' },
        { ...from('192.0.2.7'), language: 'zh-CN' },
      );
      statuses.push(last.status);
    }
    expect(statuses.slice(0, PER_ADDRESS)).toEqual(Array(PER_ADDRESS).fill(401));
    expect(statuses[PER_ADDRESS]).toBe(429);
    expect(last!.body).toMatchObject({ code: 'RATE_LIMITED', limit: 'address' });
    expect(String(last!.body.message)).toContain('请求过于频繁');
  });

  it('limits sign-in attempts per username from all addresses together', async () => {
    // the target is the username as sign-in compares it: trimmed, case folded
    const attempt = (i: number) =>
      http(
        'POST',
        `${platform.api}/v1/auth/login`,
        { username: i === 0 ? ' Nobody-Target' : 'nobody-target', password: 'wrong-password-1' },
        from(`192.0.2.${100 + i}`),
      );
    const answers = [];
    for (let i = 0; i <= PER_TARGET; i++) answers.push(await attempt(i));
    expect(answers.slice(0, PER_TARGET).map((a) => a.status)).not.toContain(429);
    expect(answers[PER_TARGET].status).toBe(429);
    expect(answers[PER_TARGET].body).toMatchObject({ code: 'RATE_LIMITED', limit: 'target' });
    // Another username, from a fresh address, is untouched.
    const other = await http(
      'POST',
      `${platform.api}/v1/auth/login`,
      { username: 'nobody-else', password: 'wrong-password-1' },
      from('192.0.2.200'),
    );
    expect(other.status).not.toBe(429);
  });

  it('limits token refreshes per refresh cookie from all addresses together', async () => {
    const refresh = (token: string, address: string) =>
      http('POST', `${platform.api}/v1/auth/refresh`, undefined, {
        headers: { ...from(address).headers, cookie: `civic_refresh=${token}` },
      });
    const stolen = randomUUID() + randomUUID();
    const answers = [];
    for (let i = 0; i <= PER_TARGET; i++) answers.push(await refresh(stolen, `198.18.0.${i + 1}`));
    expect(answers.slice(0, PER_TARGET).map((a) => a.status)).not.toContain(429);
    expect(answers[PER_TARGET].status).toBe(429);
    expect(answers[PER_TARGET].body).toMatchObject({ code: 'RATE_LIMITED', limit: 'target' });
    // Another cookie, from a fresh address, is untouched.
    expect((await refresh(randomUUID() + randomUUID(), '198.18.0.200')).status).not.toBe(429);
  });

  it('limits token refreshes per address', async () => {
    const statuses = [];
    for (let i = 0; i <= PER_ADDRESS; i++)
      statuses.push(
        (await http('POST', `${platform.api}/v1/auth/refresh`, undefined, from('192.0.2.8')))
          .status,
      );
    expect(statuses.slice(0, PER_ADDRESS)).not.toContain(429);
    expect(statuses[PER_ADDRESS]).toBe(429);
  });
});
