import { randomUUID } from 'node:crypto';
import { http, startPlatform } from '@civic/testing';
import { Client } from 'pg';

jest.setTimeout(120_000);

const PHONE = '13977123456';
const ACCOUNT = '6222020102009876543';

/** A half-filled lottery application, as the UI's form holds it. */
const halfFilled = (projectName = '社区长者助餐') => ({
  projectName,
  projectAreaType: 'RURAL',
  beneficiaries: [{ group: 'ELDERLY', count: 30 }],
  contactName: '李秀兰',
  contactPhone: PHONE,
  bankAccount: { accountName: '横州镇邻里互助会', accountNumber: ACCOUNT },
});

/**
 * Autosaved drafts of the applicant forms through the gateway (issue #18), with a real Postgres:
 * each user saves, restores, replaces and deletes their own; another user never sees them; a bad
 * key or an oversized draft is refused naming the field and the rule, and stores nothing; the
 * values are sealed at rest and never logged (R30).
 */
describe('form drafts under /v1/me/drafts (issue #18)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let applicant: string;
  let officer: string;
  const key = `lottery-application:${randomUUID()}`;
  const call = (
    token: string,
    method: string,
    formKey: string,
    body?: unknown,
    language?: string,
  ) =>
    http(method, `${platform.api}/v1/me/drafts/${encodeURIComponent(formKey)}`, body, {
      token,
      language,
    });
  const rows = async (formKey: string) =>
    (
      await db.query<{ user_id: string; body_cipher: string }>(
        'SELECT user_id, body_cipher FROM gateway.form_draft WHERE form_key = $1',
        [formKey],
      )
    ).rows;

  beforeAll(async () => {
    platform = await startPlatform({ withOrganizations: false });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    applicant = await platform.login('applicant');
    officer = await platform.login('officer');
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  it('answers a form without a draft with its key alone', async () => {
    const res = await call(applicant, 'GET', key);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ formKey: key });
  });

  it('saves a half-filled form and gives it back as it was', async () => {
    const saved = await call(applicant, 'PUT', key, { values: halfFilled() });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ formKey: key, updatedAt: expect.any(String) });
    const restored = await call(applicant, 'GET', key);
    expect(restored.status).toBe(200);
    expect(restored.body).toEqual({
      formKey: key,
      values: halfFilled(),
      updatedAt: saved.body.updatedAt,
    });
  });

  it('replaces the draft whole on each save, one row per user and key; the same save again is harmless', async () => {
    const values = { projectName: '村级养老互助点', contactPhone: PHONE };
    for (let i = 0; i < 2; i++) {
      expect((await call(applicant, 'PUT', key, { values })).status).toBe(200);
    }
    expect((await call(applicant, 'GET', key)).body.values).toEqual(values);
    expect(await rows(key)).toHaveLength(1);
  });

  it('stores the values sealed: the row holds neither the phone nor the account number (R30)', async () => {
    await call(applicant, 'PUT', key, { values: halfFilled() });
    const [row] = await rows(key);
    expect(row.body_cipher).toMatch(/^v1\.[\w-]+\./);
    for (const secret of [PHONE, ACCOUNT, '李秀兰', '社区长者助餐']) {
      expect(row.body_cipher).not.toContain(secret);
    }
    const whole = JSON.stringify(
      (await db.query('SELECT * FROM gateway.form_draft WHERE form_key = $1', [key])).rows,
    );
    expect(whole).not.toContain(PHONE);
    expect(whole).not.toContain(ACCOUNT);
  });

  it('never shows one user’s draft to another, nor lets them delete it', async () => {
    const other = await call(officer, 'GET', key);
    expect(other.status).toBe(200);
    expect(other.body).toEqual({ formKey: key });
    expect((await call(officer, 'DELETE', key)).status).toBe(204);
    expect((await call(applicant, 'GET', key)).body.values).toEqual(halfFilled());
    // The officer's own draft of the same key is theirs alone.
    expect((await call(officer, 'PUT', key, { values: { projectName: '另一份' } })).status).toBe(
      200,
    );
    expect((await call(applicant, 'GET', key)).body.values).toEqual(halfFilled());
    expect((await call(officer, 'GET', key)).body.values).toEqual({ projectName: '另一份' });
    expect(await rows(key)).toHaveLength(2);
  });

  it.each([
    ['an unknown form', `payment:${randomUUID()}`],
    ['a key without an id', 'admission'],
    ['an id that is no uuid', 'admission:42'],
  ])('refuses %s with 400 naming formKey and its rule, storing nothing', async (_what, bad) => {
    const before = (await db.query('SELECT count(*)::int AS n FROM gateway.form_draft')).rows[0];
    for (const [method, body] of [
      ['GET', undefined],
      ['PUT', { values: { projectName: 'x' } }],
      ['DELETE', undefined],
    ] as const) {
      const res = await call(applicant, method, bad, body);
      expect(res.status).toBe(400);
      expect(res.body.violations).toEqual([
        expect.objectContaining({ field: 'formKey', rule: 'formKey' }),
      ]);
    }
    expect((await db.query('SELECT count(*)::int AS n FROM gateway.form_draft')).rows[0]).toEqual(
      before,
    );
  });

  it('refuses values that are not an object with 400 naming values', async () => {
    const res = await call(applicant, 'PUT', key, { values: ['a'] });
    expect(res.status).toBe(400);
    expect(res.body.violations).toEqual([expect.objectContaining({ field: 'values' })]);
  });

  it('refuses a draft over 64 KiB with 413 naming values and maxBytes, in the asked language, keeping the one before', async () => {
    const huge = { notes: '长'.repeat(23_000) }; // 69,000 bytes of UTF-8
    const res = await call(applicant, 'PUT', key, { values: huge });
    expect(res.status).toBe(413);
    expect(res.body.violations).toEqual([
      expect.objectContaining({ field: 'values', rule: 'maxBytes' }),
    ]);
    expect(res.body.message).toContain('64 KiB');
    const zh = await call(applicant, 'PUT', key, { values: huge }, 'zh-CN');
    expect(zh.status).toBe(413);
    expect(zh.body.message).toContain('草稿内容不得超过 64 KiB');
    expect((await call(applicant, 'GET', key)).body.values).toEqual(halfFilled());
  });

  it('deletes the draft (after a submission); deleting again is harmless', async () => {
    expect((await call(applicant, 'DELETE', key)).status).toBe(204);
    expect((await call(applicant, 'GET', key)).body).toEqual({ formKey: key });
    expect((await call(applicant, 'DELETE', key)).status).toBe(204);
    expect((await rows(key)).map((r) => r.user_id)).toHaveLength(1); // the officer's stays
  });

  it('drops a draft not saved for 30 days: not restored, and pruned at the user’s next save', async () => {
    const old = `admission:${randomUUID()}`;
    await call(applicant, 'PUT', old, { values: { plan: '旧计划' } });
    await db.query(
      "UPDATE gateway.form_draft SET updated_at = now() - interval '31 days' WHERE form_key = $1",
      [old],
    );
    expect((await call(applicant, 'GET', old)).body).toEqual({ formKey: old });
    await call(applicant, 'PUT', `admission:${randomUUID()}`, { values: { plan: '新计划' } });
    expect(await rows(old)).toEqual([]);
  });

  it('keeps at most 50 drafts per user: a 51st key is refused with 422 naming maxDrafts, a kept one still saves', async () => {
    // The applicant deleted theirs: the officer's is the only draft of this key.
    const mine = (await rows(key)).map((r) => r.user_id);
    expect(mine).toHaveLength(1);
    await db.query(
      `INSERT INTO gateway.form_draft (user_id, form_key, body_cipher)
       SELECT $1, 'admission:' || gen_random_uuid(), 'filler' FROM generate_series(1, 49)`,
      [mine[0]],
    );
    const refused = await call(officer, 'PUT', `admission:${randomUUID()}`, { values: {} });
    expect(refused.status).toBe(422);
    expect(refused.body.violations).toEqual([
      expect.objectContaining({ field: 'formKey', rule: 'maxDrafts' }),
    ]);
    expect((await call(officer, 'PUT', key, { values: { projectName: '仍可保存' } })).status).toBe(
      200,
    );
    await db.query("DELETE FROM gateway.form_draft WHERE body_cipher = 'filler'");
  });

  it('refuses a caller without a token with 401', async () => {
    const res = await http('GET', `${platform.api}/v1/me/drafts/${key}`);
    expect(res.status).toBe(401);
  });

  it('never writes a draft’s phone or account number to the logs', () => {
    const logs = platform.output();
    expect(logs).not.toContain(PHONE);
    expect(logs).not.toContain(ACCOUNT);
  });
});
