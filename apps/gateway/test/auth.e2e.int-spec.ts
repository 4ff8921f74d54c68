import { Client } from 'pg';
import { DEMO_PASSWORD, http, startPlatform } from '@civic/testing';

jest.setTimeout(120_000);

const LOGIN_MAX_FAILURES = 3;
const LOGIN_RATE_LIMIT = 8;

describe('sign-in, tokens and sessions at the gateway', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let adminToken: string;
  const login = (username: string, password: string) =>
    http('POST', `${platform.api}/v1/auth/login`, { username, password });
  const me = (token: string) => http('GET', `${platform.api}/v1/auth/me`, undefined, { token });
  /** The cookies an answer sets, by name: value and attributes. */
  const cookiesOf = (res: { headers: Headers }) =>
    Object.fromEntries(
      res.headers.getSetCookie().map((line) => {
        const [pair, ...attributes] = line.split(';').map((part) => part.trim());
        const [name, value] = pair.split('=');
        return [name, { value, attributes, line }];
      }),
    );
  /** A refresh as the admin UI makes it: the cookies back, the CSRF token echoed in a header. */
  const refresh = (cookies: Record<string, { value: string }>, csrf = cookies.civic_csrf?.value) =>
    http('POST', `${platform.api}/v1/auth/refresh`, undefined, {
      headers: {
        cookie: Object.entries(cookies)
          .map(([name, c]) => `${name}=${c.value}`)
          .join('; '),
        ...(csrf === undefined ? {} : { 'x-csrf-token': csrf }),
      },
    });

  beforeAll(async () => {
    platform = await startPlatform({
      withOrganizations: false,
      gatewayEnv: {
        LOGIN_MAX_FAILURES: String(LOGIN_MAX_FAILURES),
        RATE_LIMIT_PER_TARGET: String(LOGIN_RATE_LIMIT),
      },
    });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    adminToken = await platform.login('admin');
  });

  afterAll(async () => {
    await db.end();
    await platform.stop();
  });

  it('seeds one demo user per role (two administrators, for four-eyes policy changes), with argon2id password hashes', async () => {
    const { rows } = await db.query(
      'SELECT username, roles, password_hash FROM gateway.user_account ORDER BY username',
    );
    expect(rows.map((r) => r.roles[0]).sort()).toEqual([
      'administrator',
      'administrator',
      'applicant',
      'finance_checker',
      'finance_maker',
      'incubation_staff',
      'programme_officer',
      'reviewer',
      'street_officer',
    ]);
    for (const row of rows) expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('signs in with a short-lived access token in the body and tells who is signed in', async () => {
    const res = await login('street', DEMO_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      expiresIn: 900,
      user: { username: 'street', roles: ['street_officer'], streetCode: '450103001' },
    });
    expect(Object.keys(res.body).sort()).toEqual(['accessToken', 'expiresIn', 'user']);
    expect(JSON.stringify(res.body)).not.toContain(cookiesOf(res).civic_refresh.value);
    expect(res.body.user.permissions).toContain('personal-data.unmask');
    const who = await me(res.body.accessToken);
    expect(who.status).toBe(200);
    expect(who.body.username).toBe('street');
  });

  it('refuses a missing, forged or tampered token with 401', async () => {
    expect((await http('GET', `${platform.api}/v1/auth/me`)).status).toBe(401);
    expect((await me('not-a-jwt')).status).toBe(401);
    const reviewer = await platform.login('reviewer');
    const [header, payload, signature] = reviewer.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, roles: ['administrator'] })).toString(
      'base64url',
    );
    expect(claims.roles).toEqual(['reviewer']);
    const users = (token: string) => http('GET', `${platform.api}/v1/users`, undefined, { token });
    expect((await users(`${header}.${forged}.${signature}`)).status).toBe(401);
    expect((await users(reviewer)).status).toBe(403);
  });

  it('answers a wrong password and an unknown user alike, with 401', async () => {
    const wrong = await login('officer', 'wrong password');
    const unknown = await login('nobody-here', 'wrong password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('locks an account after repeated failures, even against the right password, until an administrator unlocks it', async () => {
    for (let i = 1; i < LOGIN_MAX_FAILURES; i++) {
      expect((await login('reviewer', `guess ${i}`)).status).toBe(401);
    }
    const locking = await login('reviewer', 'last guess');
    expect(locking.status).toBe(423);
    expect(locking.body.lockedUntil).toEqual(expect.any(String));
    expect((await login('reviewer', DEMO_PASSWORD)).status).toBe(423);
    const { rows } = await db.query(
      `SELECT id FROM gateway.user_account WHERE username = 'reviewer'`,
    );
    const unlock = await http(
      'PATCH',
      `${platform.api}/v1/users/${rows[0].id}`,
      { unlock: true },
      { token: adminToken },
    );
    expect(unlock.status).toBe(200);
    expect((await login('reviewer', DEMO_PASSWORD)).status).toBe(200);
  });

  it('rate-limits sign-in attempts per address and username with 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= LOGIN_RATE_LIMIT; i++) {
      statuses.push((await login('rate-limited-name', 'x')).status);
    }
    expect(statuses.slice(0, LOGIN_RATE_LIMIT)).toEqual(Array(LOGIN_RATE_LIMIT).fill(401));
    expect(statuses[LOGIN_RATE_LIMIT]).toBe(429);
    // another username from the same address is still let through
    expect((await login('maker', DEMO_PASSWORD)).status).toBe(200);
  });

  it('sets the refresh token as an HttpOnly, Secure, SameSite=Strict cookie for the auth routes only, as long as it lives', async () => {
    const res = await login('officer', DEMO_PASSWORD);
    const { civic_refresh: refreshCookie, civic_csrf: csrfCookie } = cookiesOf(res);
    expect(refreshCookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(refreshCookie.attributes).toEqual(
      expect.arrayContaining([
        'Max-Age=604800', // REFRESH_TOKEN_TTL_SECONDS' default, 7 days
        'Path=/api/v1/auth',
        'HttpOnly',
        'Secure',
        'SameSite=Strict',
      ]),
    );
    // The CSRF token is for the page to read (not HttpOnly), and is not the refresh token.
    expect(csrfCookie.attributes).toEqual(
      expect.arrayContaining(['Max-Age=604800', 'Path=/', 'Secure', 'SameSite=Strict']),
    );
    expect(csrfCookie.attributes).not.toContain('HttpOnly');
    expect(csrfCookie.value).not.toBe(refreshCookie.value);
  });

  it('refreshes with the cookie and the CSRF token, rotating both; a reused cookie ends the whole session family', async () => {
    const first = await login('applicant', DEMO_PASSWORD);
    const second = await refresh(cookiesOf(first));
    expect(second.status).toBe(200);
    expect(Object.keys(second.body).sort()).toEqual(['accessToken', 'expiresIn', 'user']);
    expect(second.body.user.username).toBe('applicant');
    expect(cookiesOf(second).civic_refresh.value).not.toBe(cookiesOf(first).civic_refresh.value);
    expect(cookiesOf(second).civic_csrf.value).not.toBe(cookiesOf(first).civic_csrf.value);
    expect((await me(second.body.accessToken)).status).toBe(200);
    expect((await me(first.body.accessToken)).status).toBe(401);
    expect((await refresh(cookiesOf(first))).status).toBe(401);
    expect((await refresh(cookiesOf(second))).status).toBe(401);
    expect((await me(second.body.accessToken)).status).toBe(401);
  });

  it('refuses a refresh without the CSRF token, or with a wrong one, with 403 naming the rule, and changes nothing', async () => {
    const signedIn = await login('officer', DEMO_PASSWORD);
    const cookies = cookiesOf(signedIn);
    const other = cookiesOf(await login('officer', DEMO_PASSWORD));
    for (const csrf of [undefined, '', 'forged', other.civic_csrf.value]) {
      const res = await refresh({ civic_refresh: cookies.civic_refresh }, csrf);
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
      expect(res.body.violations).toEqual([
        expect.objectContaining({ field: 'x-csrf-token', rule: 'csrfDoubleSubmit' }),
      ]);
      expect(res.headers.getSetCookie()).toEqual([]);
    }
    // The session was left as it was: its access token and its refresh cookie still work.
    expect((await me(signedIn.body.accessToken)).status).toBe(200);
    expect((await refresh(cookies)).status).toBe(200);
    expect(
      (await http('POST', `${platform.api}/v1/auth/refresh`, { refreshToken: 'x'.repeat(43) })).body
        .code,
    ).toBe('REFRESH_COOKIE_MISSING');
  });

  it('logs out: the access token and the refresh token stop working at once', async () => {
    const signedIn = await login('incubator', DEMO_PASSWORD);
    const out = await http(
      'POST',
      `${platform.api}/v1/auth/logout`,
      {},
      { token: signedIn.body.accessToken },
    );
    expect(out.status).toBe(204);
    const cleared = cookiesOf(out);
    expect(cleared.civic_refresh).toMatchObject({ value: '' });
    expect(cleared.civic_refresh.line).toMatch(/Path=\/api\/v1\/auth; Expires=Thu, 01 Jan 1970/);
    expect(cleared.civic_csrf).toMatchObject({ value: '' });
    expect((await me(signedIn.body.accessToken)).status).toBe(401);
    expect((await refresh(cookiesOf(signedIn))).status).toBe(401);
  });

  it('lets administrators create users and change roles; the change ends open sessions', async () => {
    const created = await http(
      'POST',
      `${platform.api}/v1/users`,
      {
        username: 'new-officer',
        displayName: '新科员',
        password: 'Long enough 2026',
        roles: ['programme_officer'],
      },
      { token: adminToken },
    );
    expect(created.status).toBe(201);
    const token = (await login('new-officer', 'Long enough 2026')).body.accessToken;
    const changed = await http(
      'PATCH',
      `${platform.api}/v1/users/${created.body.id}`,
      { roles: ['reviewer'] },
      { token: adminToken },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.roles).toEqual(['reviewer']);
    expect((await me(token)).status).toBe(401);
    const audit = await db.query(
      `SELECT action, after->'roles' AS roles FROM gateway.audit_entry WHERE entity_id = $1 ORDER BY seq`,
      [created.body.id],
    );
    expect(audit.rows).toEqual([
      { action: 'user.created', roles: ['programme_officer'] },
      { action: 'user.changed', roles: ['reviewer'] },
    ]);
  });

  it('refuses a role without its binding with 422 naming the field, and creates nothing', async () => {
    const before = await db.query('SELECT count(*)::int AS n FROM gateway.user_account');
    const res = await http(
      'POST',
      `${platform.api}/v1/users`,
      {
        username: 'unbound-street',
        displayName: '无街道',
        password: 'Long enough 2026',
        roles: ['street_officer'],
      },
      { token: adminToken },
    );
    expect(res.status).toBe(422);
    expect(res.body.violations).toEqual([
      expect.objectContaining({ field: 'streetCode', rule: 'requiredByRole' }),
    ]);
    const after = await db.query('SELECT count(*)::int AS n FROM gateway.user_account');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('does not let a disabled user sign in', async () => {
    const { rows } = await db.query(`SELECT id FROM gateway.user_account WHERE username = 'maker'`);
    await http(
      'PATCH',
      `${platform.api}/v1/users/${rows[0].id}`,
      { disabled: true },
      { token: adminToken },
    );
    expect((await login('maker', DEMO_PASSWORD)).status).toBe(401);
  });
});
