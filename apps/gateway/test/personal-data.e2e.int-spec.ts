import { Client } from 'pg';
import { http, organizationBody, startPlatform } from '@civic/testing';

jest.setTimeout(120_000);

// Valid resident ID numbers (GB 11643-1999 check characters); the second ends in X.
const ID_A = '450103198805120021';
const ID_B = '45010319880512003X';

describe('resident ID numbers (R30): encrypted at rest, masked in answers, unmasked with a permission and audited (R31)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let admin: string;
  let orgId: string;

  beforeAll(async () => {
    platform = await startPlatform({
      gatewayEnv: { LOG_LEVEL: 'trace' },
      organizationsEnv: { LOG_LEVEL: 'trace' },
    });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    admin = await platform.login('admin');
    const res = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({
        leaders: [
          { name: '王建国', role: '负责人', isPartyMember: true, residentId: ID_A },
          {
            name: '李秀英',
            role: '副负责人',
            isPartyMember: false,
            residentId: ID_B.toLowerCase(),
          },
        ],
      }),
      { token: admin },
    );
    expect(res.status).toBe(201);
    orgId = res.body.id;
  });

  afterAll(async () => {
    await db.end();
    await platform.stop();
  });

  it('answers with the numbers masked: first 6, ********, last 4', async () => {
    const res = await http('GET', `${platform.api}/v1/organizations/${orgId}`, undefined, {
      token: admin,
    });
    expect(res.body.leaders.map((l: { residentIdMasked: string }) => l.residentIdMasked)).toEqual([
      '450103********0021',
      '450103********003X',
    ]);
    expect(JSON.stringify(res.body)).not.toContain(ID_A);
  });

  it('stores no plaintext number: the row holds AES-GCM ciphertext and a keyed hash', async () => {
    const { rows } = await db.query(
      'SELECT to_jsonb(o)::text AS row FROM organizations.organization o',
    );
    const all = rows.map((r) => r.row as string).join('\n');
    expect(all).not.toContain(ID_A);
    expect(all).not.toContain(ID_B);
    const leaders = (
      await db.query('SELECT leaders FROM organizations.organization WHERE id = $1', [orgId])
    ).rows[0].leaders;
    expect(leaders[0].residentId).toEqual({
      cipher: expect.stringMatching(/^v1\.k1\./),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      masked: '450103********0021',
    });
  });

  it('unmasks for a role with the permission, and records who did it in the audit chain', async () => {
    const street = await platform.login('street');
    const res = await http(
      'POST',
      `${platform.api}/v1/organizations/${orgId}/leaders/1/resident-id`,
      undefined,
      { token: street },
    );
    expect(res.status).toBe(200);
    expect(res.body.residentId).toBe(ID_B);
    const { rows } = await db.query(
      `SELECT actor_roles, action, entity_id, after::text AS after FROM organizations.audit_entry WHERE seq = $1`,
      [res.body.auditSeq],
    );
    expect(rows[0]).toMatchObject({
      actor_roles: ['street_officer'],
      action: 'personal-data.unmasked',
      entity_id: orgId,
    });
    expect(rows[0].after).not.toContain(ID_B);
  });

  it("finds the organizations a person leads by the keyed hash, within the caller's scope, and audits the look-up", async () => {
    const lookup = (token: string, residentId: string) =>
      http(
        'POST',
        `${platform.api}/v1/organizations/lookup-by-resident-id`,
        { residentId },
        { token },
      );
    const found = await lookup(admin, ID_B.toLowerCase());
    expect(found.status).toBe(200);
    expect(found.body.map((o: { id: string }) => o.id)).toEqual([orgId]);
    const applicant = await platform.login('applicant'); // bound to no organization here
    expect((await lookup(applicant, ID_B)).body).toEqual([]);
    const { rows } = await db.query(
      `SELECT entity_id, after FROM organizations.audit_entry WHERE action = 'personal-data.looked-up' ORDER BY seq`,
    );
    expect(rows[0]).toEqual({ entity_id: '450103********003X', after: { found: [orgId] } });
    expect(JSON.stringify(rows)).not.toContain(ID_B);
  });

  it('refuses to unmask without the permission, with 403 and no audit entry', async () => {
    const officer = await platform.login('officer');
    const count = async () =>
      Number(
        (
          await db.query(
            `SELECT count(*) FROM organizations.audit_entry WHERE action = 'personal-data.unmasked'`,
          )
        ).rows[0].count,
      );
    const before = await count();
    const res = await http(
      'POST',
      `${platform.api}/v1/organizations/${orgId}/leaders/0/resident-id`,
      undefined,
      { token: officer },
    );
    expect(res.status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('rejects an invalid number with a 400 that names the field but never echoes the number', async () => {
    const broken = `${ID_A.slice(0, 17)}5`; // wrong check character
    const res = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({
        leaders: [{ name: '赵六', role: '负责人', isPartyMember: false, residentId: broken }],
      }),
      { token: admin, language: 'zh-CN' },
    );
    expect(res.status).toBe(400);
    expect(res.body.violations).toEqual([
      expect.objectContaining({ field: 'leaders.0.residentId', rule: 'isResidentId' }),
    ]);
    expect(JSON.stringify(res.body)).not.toContain(broken);
    expect(JSON.stringify(res.body)).not.toContain(broken.slice(6, 14));
  });

  it('keeps every plaintext number out of the logs, even at trace level', async () => {
    const logs = platform.output();
    expect(logs.length).toBeGreaterThan(1000); // trace logging did write requests
    for (const id of [ID_A, ID_B, ID_B.toLowerCase(), `${ID_A.slice(0, 17)}5`]) {
      expect(logs).not.toContain(id);
    }
  });
});
