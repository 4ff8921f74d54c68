import { Role } from '@civic/domain/access';
import { VerifiedTokens } from './verified-tokens';

const claims = (sub: string, exp?: number) => ({
  sub,
  sid: `s-${sub}`,
  roles: [Role.APPLICANT],
  ...(exp === undefined ? {} : { exp }),
});

describe('VerifiedTokens (issue #19)', () => {
  const now = 1_800_000_000_000;
  const exp = now / 1000 + 60;

  it('answers a verified token with its claims until it expires, and not after', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('a.b.c', claims('alice', exp));
    expect(tokens.get('a.b.c', now)).toMatchObject({ sub: 'alice' });
    expect(tokens.get('a.b.c', exp * 1000 - 1)).toMatchObject({ sub: 'alice' });
    expect(tokens.get('a.b.c', exp * 1000)).toBeUndefined();
    // Once expired it is gone: an earlier clock does not bring it back.
    expect(tokens.get('a.b.c', now)).toBeUndefined();
  });

  it('knows only the exact token it was given (another signature is a miss)', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('a.b.c', claims('alice', exp));
    expect(tokens.get('a.b.x', now)).toBeUndefined();
  });

  it('does not keep a token without an expiry', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('a.b.c', claims('alice'));
    expect(tokens.get('a.b.c', now)).toBeUndefined();
  });

  it('holds at most its capacity, dropping the oldest first', () => {
    const tokens = new VerifiedTokens(2);
    tokens.remember('t1', claims('one', exp));
    tokens.remember('t2', claims('two', exp));
    tokens.remember('t3', claims('three', exp));
    expect([tokens.get('t1', now), tokens.get('t2', now), tokens.get('t3', now)]).toEqual([
      undefined,
      expect.objectContaining({ sub: 'two' }),
      expect.objectContaining({ sub: 'three' }),
    ]);
  });
});
