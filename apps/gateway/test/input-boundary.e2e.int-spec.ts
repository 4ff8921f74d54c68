import { usccCheckCharacter } from '@civic/domain/identifiers';
import { HENGZHOU_LOCATION, http, organizationBody, startPlatform } from '@civic/testing';
import { Client } from 'pg';

jest.setTimeout(120_000);

const validUscc = (body17: string) => body17 + usccCheckCharacter(body17);

/**
 * The gateway's input boundary (issue #15): a body is strict UTF-8 and nests no deeper than the
 * DTOs need before it is parsed; no string anywhere (body, query, path) holds a NUL or half a
 * character; nested objects a DTO requires are present and are objects. Each refusal is a 400
 * naming the field (or the body) and the rule, and nothing is stored. Before, each of these
 * answered 500 or stored garbage.
 */
describe('the input boundary refuses garbage with a 4xx (R2, R4, R29)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let admin: string;

  beforeAll(async () => {
    platform = await startPlatform();
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    admin = await platform.login('admin');
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  const organizations = async () =>
    (await db.query(`SELECT count(*)::int AS n FROM organizations.organization`)).rows[0].n;

  /** Sends bytes as they are, as a client that does not encode its JSON properly would. */
  const raw = async (path: string, body: Buffer | string, token?: string) => {
    const response = await fetch(`${platform.api}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };

  const register = (body: unknown) =>
    http('POST', `${platform.api}/v1/organizations`, body, { token: admin });

  it('answers with security headers and without X-Powered-By (OWASP ASVS V14.4)', async () => {
    for (const answer of [
      await http('GET', `${platform.api}/health`),
      await http('GET', `${platform.api}/v1/organizations`, undefined, { token: admin }),
      await http('POST', `${platform.api}/v1/auth/login`, { username: 'admin' }),
    ]) {
      const header = (name: string) => answer.headers.get(name);
      expect(header('x-powered-by')).toBeNull();
      expect(header('content-security-policy')).toContain("default-src 'none'");
      expect(header('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(header('x-content-type-options')).toBe('nosniff');
      expect(header('x-frame-options')).toBe('DENY');
      expect(header('referrer-policy')).toBe('no-referrer');
    }
  });

  it('refuses a NUL character in the login username (noNulCharacter)', async () => {
    const answer = await http('POST', `${platform.api}/v1/auth/login`, {
      username: 'admin\u0000',
      password: 'x',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.violations).toEqual([
      expect.objectContaining({ field: 'username', rule: 'noNulCharacter' }),
    ]);
  });

  it('refuses a NUL character in a search query parameter', async () => {
    const answer = await http('GET', `${platform.api}/v1/organizations?q=%00`, undefined, {
      token: admin,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.violations).toEqual([
      expect.objectContaining({ field: 'q', rule: 'noNulCharacter' }),
    ]);
  });

  it('refuses a lone surrogate in a name, in either language, and stores nothing', async () => {
    const before = await organizations();
    const body = JSON.stringify(organizationBody()).replace(
      '"name":"',
      '"name":"\\ud800', // JSON's own escape: parses to half a character
    );
    const answer = await raw('/v1/organizations', body, admin);
    expect(answer.status).toBe(400);
    expect(answer.body.violations).toEqual([
      expect.objectContaining({ field: 'name', rule: 'wellFormedText' }),
    ]);
    const zh = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      { ...organizationBody(), name: '\udc00社区' },
      { token: admin, language: 'zh-CN' },
    );
    expect(zh.status).toBe(400);
    expect(zh.body.violations[0].message).toContain('孤立代理项');
    expect(await organizations()).toBe(before);
  });

  it.each([
    ['an invalid byte', Buffer.from([0xff, 0xfe])],
    ['an overlong sequence', Buffer.from([0xc0, 0xaf])],
    ['a cut-off sequence', Buffer.from([0xe4, 0xb8])],
  ])('refuses %s in a body instead of storing U+FFFD (INVALID_UTF8)', async (_, bytes) => {
    const before = await organizations();
    const [head, tail] = JSON.stringify(organizationBody()).split('"name":"');
    const body = Buffer.concat([Buffer.from(`${head}"name":"`), bytes, Buffer.from(tail)]);
    const answer = await raw('/v1/organizations', body, admin);
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('INVALID_UTF8');
    expect(await organizations()).toBe(before);
  });

  it('refuses a 40,000-level body before it is parsed, without a login too (JSON_TOO_DEEP)', async () => {
    const deep = '['.repeat(40_000) + ']'.repeat(40_000);
    const answer = await raw('/v1/auth/login', deep);
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('JSON_TOO_DEEP');
    const objects = '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000);
    expect((await raw('/v1/organizations', objects, admin)).body.code).toBe('JSON_TOO_DEEP');
    const huge = JSON.stringify({ ...organizationBody(), name: 'x'.repeat(200_000) });
    expect((await raw('/v1/organizations', huge, admin)).status).toBe(413);
  });

  it('refuses a registration without its location, naming the field, and stores nothing (R4)', async () => {
    const before = await organizations();
    const { location: _location, ...noLocation } = organizationBody();
    const answer = await register(noLocation);
    expect(answer.status).toBe(400);
    expect(answer.body.violations).toEqual([
      expect.objectContaining({ field: 'location', rule: 'isDefined' }),
    ]);
    expect(await organizations()).toBe(before);
  });

  it('refuses an empty list or a string where the postal address object goes (R4)', async () => {
    const before = await organizations();
    for (const postalAddress of [[], 'xx', 7]) {
      const answer = await register({ ...organizationBody(), postalAddress });
      expect(answer.status).toBe(400);
      expect(answer.body.violations).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'postalAddress', rule: 'isObject' }),
        ]),
      );
    }
    expect(await organizations()).toBe(before);
  });

  it("rule R29: refuses an enterprise's credit code (authority 9) for a social organization", async () => {
    const before = await organizations();
    const answer = await register(
      organizationBody({ uscc: '9144030071526726XG', registeredFundsFen: 300_000 }),
    );
    expect(answer.status).toBe(400);
    expect(answer.body.violations).toEqual([
      expect.objectContaining({
        field: 'uscc',
        rule: 'isUscc',
        message: expect.stringContaining('civil affairs'),
      }),
    ]);
    expect(await organizations()).toBe(before);
  });

  it("counts only member organizations of the federation's own street (R2)", async () => {
    const members: string[] = [];
    for (let i = 0; i < 29; i++) {
      const res = await http(
        'POST',
        `${platform.api}/v1/organizations`,
        organizationBody({ name: `东盟社区成员${i}`, memberCount: 3 }),
        { token: admin },
      );
      members.push(res.body.id);
    }
    const elsewhere = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ name: '横州镇城东社区舞蹈队', location: HENGZHOU_LOCATION }),
      { token: admin },
    );
    expect(elsewhere.status).toBe(201);
    const answer = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({
        name: '新竹街道第二社区社会组织联合会',
        isFederation: true,
        memberOrganizationIds: [...members, elsewhere.body.id],
        registeredFundsFen: 500_000,
        uscc: validUscc('51450103MJ0000006'),
      }),
      { token: admin },
    );
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('MEMBER_OF_ANOTHER_STREET');
    expect(answer.body.violations).toEqual([
      expect.objectContaining({
        field: 'memberOrganizationIds',
        rule: 'R2',
        message: expect.stringContaining(elsewhere.body.id),
      }),
    ]);
  });

  it('rule R2: federation members are organizations of the registry, each once, never the federation itself', async () => {
    const member = async (name: string) =>
      (await register(organizationBody({ name, memberCount: 3 }))).body.id as string;
    const members = [await member('新竹社区联合会成员甲'), await member('新竹社区联合会成员乙')];
    const federation = (memberOrganizationIds: string[]) =>
      organizationBody({
        name: '新竹街道第三社区社会组织联合会',
        isFederation: true,
        memberOrganizationIds,
      });
    const before = await organizations();

    const unknownId = '6f0c4c1e-3b7a-4d8e-9a51-2f1e0c9b7d31';
    const unknown = await register(federation([...members, unknownId]));
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('UNKNOWN_MEMBER_ORGANIZATIONS');
    expect(unknown.body.violations).toEqual([
      expect.objectContaining({
        field: 'memberOrganizationIds',
        rule: 'exists',
        message: expect.stringContaining(unknownId),
      }),
    ]);

    const twice = await register(federation([...members, members[0]]));
    expect(twice.status).toBe(400);
    expect(twice.body.violations).toEqual([
      expect.objectContaining({ field: 'memberOrganizationIds', rule: 'arrayUnique' }),
    ]);
    expect(await organizations()).toBe(before);

    const created = await register(federation(members));
    expect(created.status).toBe(201);
    const self = created.body.id as string;
    const update = (memberOrganizationIds: string[]) =>
      http(
        'PATCH',
        `${platform.api}/v1/organizations/${self}`,
        { memberOrganizationIds },
        {
          token: admin,
        },
      );
    const itself = await update([...members, self]);
    expect(itself.status).toBe(422);
    expect(itself.body.code).toBe('UNKNOWN_MEMBER_ORGANIZATIONS');
    expect(itself.body.violations).toEqual([
      expect.objectContaining({
        field: 'memberOrganizationIds',
        rule: 'exists',
        message: expect.stringContaining(self),
      }),
    ]);
    const stored = await db.query(
      `SELECT member_organization_ids AS ids FROM organizations.organization WHERE id = $1`,
      [self],
    );
    expect(stored.rows[0].ids).toEqual(members);
  });

  it('still registers a whole, clean organization', async () => {
    const before = await organizations();
    const answer = await register(organizationBody({ name: '新竹社区“银龄”互助会' }));
    expect(answer.status).toBe(201);
    expect(await organizations()).toBe(before + 1);
  });
});
