import { Client } from 'pg';
import { DEMO_PASSWORD, http, startPlatform, totpCodeAt, totpStep } from '@civic/testing';

jest.setTimeout(120_000);

const LOGIN_MAX_FAILURES = 3;

/** Issue #15: TOTP (RFC 6238) for finance makers, checkers and administrators, with recovery codes. */
describe('the second factor at sign-in', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let secret: string;
  let recoveryCodes: string[];
  const login = (username: string, extra: object = {}) =>
    http('POST', `${platform.api}/v1/auth/login`, {
      username,
      password: DEMO_PASSWORD,
      ...extra,
    });
  const as = (token: string) => (method: string, path: string, body?: unknown) =>
    http(method, `${platform.api}${path}`, body, { token });
  const codeNow = () => totpCodeAt(secret, totpStep());

  beforeAll(async () => {
    platform = await startPlatform({
      withOrganizations: false,
      withFinance: false,
      gatewayEnv: { LOGIN_MAX_FAILURES: String(LOGIN_MAX_FAILURES) },
    });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await platform.stop();
  });

  it('gives an administrator without a second factor a session that may only enrol: 403 SECOND_FACTOR_ENROLMENT_REQUIRED elsewhere', async () => {
    const res = await login('admin');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ enrolmentRequired: true, user: { username: 'admin' } });
    expect(res.headers.getSetCookie()).toEqual([]); // nothing to renew it with
    const admin = as(res.body.accessToken);
    for (const [method, path] of [
      ['GET', '/v1/users'],
      ['GET', '/v1/auth/me'],
      ['POST', '/v1/auth/logout'],
    ]) {
      const refused = await admin(method, path, method === 'POST' ? {} : undefined);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('SECOND_FACTOR_ENROLMENT_REQUIRED');
    }
  });

  it('enrols with a secret and an otpauth URI, confirmed by a code, and gives ten recovery codes and a full session', async () => {
    const enrolling = as((await login('admin')).body.accessToken);
    const started = await enrolling('POST', '/v1/auth/second-factor/enrolment', {});
    expect(started.status).toBe(201);
    secret = started.body.secret;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/); // 20 random bytes, base-32
    expect(started.body.otpauthUri).toBe(
      `otpauth://totp/Civic%20Grants:admin?secret=${secret}&issuer=Civic%20Grants`,
    );
    const wrong = await enrolling('POST', '/v1/auth/second-factor/enrolment/confirm', {
      code: (Number(await codeNow()) ^ 1).toString().padStart(6, '0'),
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.violations).toEqual([expect.objectContaining({ field: 'code' })]);

    const confirmed = await enrolling('POST', '/v1/auth/second-factor/enrolment/confirm', {
      code: await codeNow(),
    });
    expect(confirmed.status).toBe(200);
    recoveryCodes = confirmed.body.recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/);
    expect(confirmed.body.enrolmentRequired).toBeUndefined();
    expect(confirmed.headers.getSetCookie().map((c) => c.split('=')[0])).toEqual([
      'civic_refresh',
      'civic_csrf',
    ]);
    expect((await as(confirmed.body.accessToken)('GET', '/v1/users')).status).toBe(200);
    // The enrolment-only session ended with the enrolment.
    expect((await enrolling('POST', '/v1/auth/second-factor/enrolment', {})).status).toBe(401);
    const audit = await db.query(`SELECT action FROM gateway.audit_entry WHERE entity_id = $1`, [
      confirmed.body.user.id,
    ]);
    expect(audit.rows.map((r) => r.action)).toContain('user.second-factor-enrolled');
  });

  it('keeps the secret encrypted and the recovery codes hashed in the table', async () => {
    const { rows } = await db.query(
      `SELECT f.secret_cipher, f.confirmed_at, array_agg(r.code_hash) AS hashes
         FROM gateway.second_factor f
         JOIN gateway.user_account u ON u.id = f.user_id
         JOIN gateway.recovery_code r ON r.user_id = f.user_id
        WHERE u.username = 'admin' GROUP BY f.user_id`,
    );
    expect(rows).toHaveLength(1);
    const [{ secret_cipher: cipher, confirmed_at: confirmedAt, hashes }] = rows;
    expect(confirmedAt).toBeInstanceOf(Date);
    expect(cipher).toMatch(/^v1\.k1\.[A-Za-z0-9_-]+$/);
    const stored = JSON.stringify(rows);
    for (const form of [secret, secret.toLowerCase(), Buffer.from(secret).toString('base64')]) {
      expect(stored).not.toContain(form.slice(0, 12));
    }
    expect(hashes).toHaveLength(10);
    for (const code of recoveryCodes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace('-', ''));
    }
  });

  it('asks an enrolled user for the code: 401 SECOND_FACTOR_REQUIRED without it, SECOND_FACTOR_INVALID when wrong, and a code once only', async () => {
    const missing = await login('admin');
    expect(missing.status).toBe(401);
    expect(missing.body.code).toBe('SECOND_FACTOR_REQUIRED');
    expect(missing.headers.getSetCookie()).toEqual([]);

    const wrong = await login('admin', {
      totp: (Number(await codeNow()) ^ 1).toString().padStart(6, '0'),
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ code: 'SECOND_FACTOR_INVALID' });
    expect(wrong.body.violations).toEqual([
      expect.objectContaining({ field: 'totp', rule: 'secondFactorValid' }),
    ]);
    const failedLogins = async () =>
      (await db.query(`SELECT failed_logins FROM gateway.user_account WHERE username = 'admin'`))
        .rows[0].failed_logins;
    expect(await failedLogins()).toBe(1); // a wrong code counts toward the lock

    // The confirmation used this step's code: the next step's is the next one that counts.
    const next = await totpCodeAt(secret, totpStep() + 1);
    const signedIn = await login('admin', { totp: next });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.enrolmentRequired).toBeUndefined();
    expect((await as(signedIn.body.accessToken)('GET', '/v1/users')).status).toBe(200);

    const replayed = await login('admin', { totp: next });
    expect(replayed.status).toBe(401);
    expect(replayed.body).toMatchObject({ code: 'SECOND_FACTOR_INVALID' });
    expect(replayed.body.violations).toEqual([
      expect.objectContaining({ field: 'totp', rule: 'totpNotReused' }),
    ]);
    expect(await failedLogins()).toBe(1); // the sign-in reset the count, the replay counts
  });

  it('takes a recovery code instead of the code, once', async () => {
    const [first, second] = recoveryCodes;
    expect((await login('admin', { recoveryCode: first })).status).toBe(200);
    const again = await login('admin', { recoveryCode: first });
    expect(again.status).toBe(401);
    expect(again.body.violations).toEqual([expect.objectContaining({ field: 'recoveryCode' })]);
    // Spelled without the dash and in lower case, it is the same code.
    const relaxed = second.replace('-', '').toLowerCase();
    expect((await login('admin', { recoveryCode: relaxed })).status).toBe(200);
    const used = await db.query(
      `SELECT count(*)::int AS n FROM gateway.recovery_code WHERE used_at IS NOT NULL`,
    );
    expect(used.rows[0].n).toBe(2);
  });

  it('counts wrong codes toward the account lock', async () => {
    await platform.login('checker'); // the kit enrols the checker
    for (let i = 1; i < LOGIN_MAX_FAILURES; i++) {
      expect((await login('checker', { totp: '000000' })).body.code).toBe('SECOND_FACTOR_INVALID');
    }
    const locking = await login('checker', { totp: '000000' });
    expect(locking.status).toBe(423);
    expect(locking.body.code).toBe('ACCOUNT_LOCKED');
  });

  it('lets other roles enrol of their own accord, and then asks them for the code too', async () => {
    const plain = await login('reviewer');
    expect(plain.status).toBe(200);
    expect(plain.body.enrolmentRequired).toBeUndefined();
    const reviewer = as(plain.body.accessToken);
    const started = await reviewer('POST', '/v1/auth/second-factor/enrolment', {});
    expect(started.status).toBe(201);
    const step = totpStep();
    const confirmed = await reviewer('POST', '/v1/auth/second-factor/enrolment/confirm', {
      code: await totpCodeAt(started.body.secret, step),
    });
    expect(confirmed.status).toBe(200);
    expect((await reviewer('GET', '/v1/auth/me')).status).toBe(401); // the old session ended
    expect((await login('reviewer')).body.code).toBe('SECOND_FACTOR_REQUIRED');
    const again = as(confirmed.body.accessToken);
    const twice = await again('POST', '/v1/auth/second-factor/enrolment', {});
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('SECOND_FACTOR_ALREADY_ENROLLED');
    const next = await totpCodeAt(started.body.secret, step + 1);
    expect((await login('reviewer', { totp: next })).status).toBe(200);
  });

  describe("an administrator's reset of a lost second factor", () => {
    const PASSWORD = 'Long enough 2026';
    let admin: ReturnType<typeof as>;
    let adminId: string;
    let otherId: string;
    let other: ReturnType<typeof as>;

    beforeAll(async () => {
      // The admin's codes of the steps so far are spent: a recovery code signs them in.
      const signedIn = await login('admin', { recoveryCode: recoveryCodes[2] });
      expect(signedIn.status).toBe(200);
      admin = as(signedIn.body.accessToken);
      adminId = signedIn.body.user.id;
      const created = await admin('POST', '/v1/users', {
        username: 'second-admin',
        displayName: '第二位管理员',
        password: PASSWORD,
        roles: ['administrator'],
      });
      expect(created.status).toBe(201);
      otherId = created.body.id;
      const enrolling = as(
        (
          await http('POST', `${platform.api}/v1/auth/login`, {
            username: 'second-admin',
            password: PASSWORD,
          })
        ).body.accessToken,
      );
      const started = await enrolling('POST', '/v1/auth/second-factor/enrolment', {});
      const confirmed = await enrolling('POST', '/v1/auth/second-factor/enrolment/confirm', {
        code: await totpCodeAt(started.body.secret, totpStep()),
      });
      expect(confirmed.status).toBe(200);
      other = as(confirmed.body.accessToken);
    });

    const factorRows = async (userId: string) =>
      (
        await db.query(
          `SELECT (SELECT count(*)::int FROM gateway.second_factor WHERE user_id = $1) AS factors,
                  (SELECT count(*)::int FROM gateway.recovery_code WHERE user_id = $1) AS codes`,
          [userId],
        )
      ).rows[0];
    const resetAudits = async () =>
      (
        await db.query(
          `SELECT actor_id, entity_id, after FROM gateway.audit_entry
            WHERE action = 'user.second-factor-reset' ORDER BY seq`,
        )
      ).rows;
    const reason = '手机遗失，恢复码未保存，已当面核实身份';

    it('refuses an administrator their own reset with 403 naming the rule, and changes nothing', async () => {
      const own = await other('POST', `/v1/users/${otherId}/second-factor/reset`, { reason });
      expect(own.status).toBe(403);
      expect(own.body.code).toBe('SECOND_FACTOR_RESET_OWN');
      expect(own.body.violations).toEqual([
        expect.objectContaining({ field: 'id', rule: 'notSelf' }),
      ]);
      expect(await factorRows(otherId)).toEqual({ factors: 1, codes: 10 });
      expect(await resetAudits()).toEqual([]);
      expect((await other('GET', '/v1/users')).status).toBe(200); // the session goes on
    });

    it("refuses other roles by the route's roles (403), an unknown user (404) and a reason of one character (400)", async () => {
      const officer = as((await login('officer')).body.accessToken);
      const byOfficer = await officer('POST', `/v1/users/${otherId}/second-factor/reset`, {
        reason,
      });
      expect(byOfficer.status).toBe(403);
      const unknown = await admin(
        'POST',
        '/v1/users/0b5c4a8e-7d3f-4f1a-9c2e-6a1b2c3d4e5f/second-factor/reset',
        { reason },
      );
      expect(unknown.status).toBe(404);
      const short = await admin('POST', `/v1/users/${otherId}/second-factor/reset`, {
        reason: '丢',
      });
      expect(short.status).toBe(400);
      expect(short.body.violations).toEqual([expect.objectContaining({ field: 'reason' })]);
      expect(await factorRows(otherId)).toEqual({ factors: 1, codes: 10 });
      expect(await resetAudits()).toEqual([]);
    });

    it('lets another administrator reset it: secret and codes deleted, sessions ended, audited with the reason, enrolment required again', async () => {
      const reset = await admin('POST', `/v1/users/${otherId}/second-factor/reset`, { reason });
      expect(reset.status).toBe(200);
      expect(reset.body).toEqual({ userId: otherId, sessionsEnded: 1 });
      expect(await factorRows(otherId)).toEqual({ factors: 0, codes: 0 });
      expect((await other('GET', '/v1/users')).status).toBe(401); // its session ended at once
      expect(await resetAudits()).toEqual([
        {
          actor_id: adminId,
          entity_id: otherId,
          after: { secondFactor: null, reason, sessionsEnded: 1 },
        },
      ]);
      const next = await http('POST', `${platform.api}/v1/auth/login`, {
        username: 'second-admin',
        password: PASSWORD,
      });
      expect(next.status).toBe(200);
      expect(next.body.enrolmentRequired).toBe(true);
      const again = await admin('POST', `/v1/users/${otherId}/second-factor/reset`, { reason });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('SECOND_FACTOR_NOT_ENROLLED');
      expect(await resetAudits()).toHaveLength(1);
    });
  });
});
