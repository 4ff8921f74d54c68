import { usccCheckCharacter } from '@civic/domain/identifiers';
import {
  callBody,
  DEMO_PASSWORD,
  http,
  organizationBody,
  proposalBody,
  startPlatform,
  waitFor,
} from '@civic/testing';
import { Client } from 'pg';

jest.setTimeout(180_000);

const validUscc = (body17: string) => body17 + usccCheckCharacter(body17);

/** What an enterprise founded with a residents' committee, for eldercare, registers with (R9). */
const FOUNDING = {
  fundingSource: 'ENTERPRISE',
  foundingPartner: 'RESIDENTS_COMMITTEE',
  serviceField: 'ELDERCARE_CHILDCARE',
} as const;

type Reason = { code: string; rule: string; points: number; messageZh: string };

/**
 * How an organization was founded and its field (R9) and its legal form (R2's foundations
 * exception), through the gateway with organizations and venture as real processes: registered
 * and shown, refused with 400 naming the field when a value is unknown (nothing stored), decided
 * into a tier, and carried by the organization snapshot into a venture proposal's priority score.
 */
describe('organization founding facts and legal form (R2, R9, R13)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let admin: string;
  let officer: string;
  let callId: string;
  const api = (method: string, path: string, body?: unknown, token = admin, language?: string) =>
    http(method, `${platform.api}${path}`, body, { token, language });
  const organizations = async () =>
    (await db.query('SELECT count(*)::int AS n FROM organizations.organization')).rows[0]
      .n as number;

  /** An applicant bound to the organization, signed in. */
  const applicantOf = async (organizationId: string, username: string) => {
    const user = await api('POST', '/v1/users', {
      username,
      displayName: `申请人 ${username}`,
      password: DEMO_PASSWORD,
      roles: ['applicant'],
      organizationId,
    });
    expect(user.status).toBe(201);
    return platform.login(username, DEMO_PASSWORD);
  };
  /** A proposal to the call, once the organization's snapshot has reached venture. */
  const proposalBy = async (token: string) => {
    const created = await waitFor(
      'the organization at venture',
      () => api('POST', '/v1/venture/proposals', proposalBody(callId), token),
      (res) => res.status !== 409,
    );
    expect(created.status).toBe(201);
    return created.body as {
      priority: { bonus: number; policyVersion: string; reasons: Reason[] };
    };
  };

  beforeAll(async () => {
    platform = await startPlatform({ withVenture: true });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    admin = await platform.login('admin');
    officer = await platform.login('officer');
    const call = await api('POST', '/v1/venture/calls', callBody({}, 3_600_000), officer);
    expect(call.status).toBe(201);
    callId = call.body.id;
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  it('rule R9: registers how an organization was founded and its field, and shows them', async () => {
    const res = await api('POST', '/v1/organizations', organizationBody({ ...FOUNDING }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ...FOUNDING, legalForm: 'SOCIAL_GROUP' });
    const { rows } = await db.query(
      `SELECT funding_source, founding_partner, service_field, legal_form
         FROM organizations.organization WHERE id = $1`,
      [res.body.id],
    );
    expect(rows).toEqual([
      {
        funding_source: 'ENTERPRISE',
        founding_partner: 'RESIDENTS_COMMITTEE',
        service_field: 'ELDERCARE_CHILDCARE',
        legal_form: 'SOCIAL_GROUP',
      },
    ]);
    const { rows: outbox } = await db.query(
      `SELECT payload FROM organizations.outbox
        WHERE name = 'organizations.organization-registered.v2' AND payload->>'organizationId' = $1`,
      [res.body.id],
    );
    expect(outbox[0].payload).toMatchObject(FOUNDING);
  });

  it('rule R9: left out, an organization was founded by residents, alone, in another field', async () => {
    const res = await api(
      'POST',
      '/v1/organizations',
      organizationBody({ name: '居民自发读书会' }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      fundingSource: 'RESIDENTS',
      foundingPartner: 'NONE',
      serviceField: 'OTHER',
      legalForm: 'SOCIAL_GROUP',
    });
  });

  it('refuses an unknown founding value or legal form with 400 naming the field; nothing is stored', async () => {
    const before = await organizations();
    const bad = await api(
      'POST',
      '/v1/organizations',
      organizationBody({ fundingSource: 'GOVERNMENT', serviceField: 'eldercare' }),
      admin,
      'zh-CN',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.violations).toEqual([
      expect.objectContaining({
        field: 'fundingSource',
        rule: 'isIn',
        message: '出资方不是允许的取值',
      }),
      expect.objectContaining({
        field: 'serviceField',
        rule: 'isIn',
        message: '举办领域不是允许的取值',
      }),
    ]);
    const english = await api(
      'POST',
      '/v1/organizations',
      organizationBody({ legalForm: 'TRUST', foundingPartner: 'CHURCH' }),
      admin,
      'en',
    );
    expect(english.status).toBe(400);
    expect(english.body.violations.map((v: { field: string }) => v.field).sort()).toEqual([
      'foundingPartner',
      'legalForm',
    ]);
    expect(english.body.violations[0].message).toMatch(/must be one of/);
    expect(await organizations()).toBe(before);

    const org = await api('POST', '/v1/organizations', organizationBody({ name: '待修改的组织' }));
    const patch = await api('PATCH', `/v1/organizations/${org.body.id}`, { legalForm: 'TRUST' });
    expect(patch.status).toBe(400);
    expect(patch.body.violations).toEqual([expect.objectContaining({ field: 'legalForm' })]);
    const stored = await api('GET', `/v1/organizations/${org.body.id}`);
    expect(stored.body).toMatchObject({ legalForm: 'SOCIAL_GROUP', version: org.body.version });
  });

  it('rule R2: a registered foundation is REGISTERED whatever its funds, citing the exception', async () => {
    const res = await api(
      'POST',
      '/v1/organizations',
      organizationBody({
        name: '青秀区社区慈善基金会',
        legalForm: 'FOUNDATION',
        uscc: validUscc('53450103MJ0000091'),
        registeredFundsFen: 0,
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body.tier).toBe('REGISTERED');
    expect(res.body.tierDecision.reasons).toEqual([
      expect.objectContaining({ code: 'FOUNDATION_REGISTRATION', rule: 'R2', met: true }),
    ]);
    expect(res.body.registrationThreshold).toEqual({ met: true, failures: [] });
    // A social group with the same facts is held to the 2,000 yuan minimum (R2).
    const group = await api(
      'POST',
      '/v1/organizations',
      organizationBody({ uscc: validUscc('52450103MJ0000092'), registeredFundsFen: 0 }),
    );
    expect(group.status).toBe(422);
    expect(group.body.violations).toEqual([
      expect.objectContaining({ field: 'registeredFundsFen', rule: 'R2' }),
    ]);
  });

  it('rule R2: a foundation without a credit code is not shown registered; R5 decides its tier', async () => {
    const res = await api(
      'POST',
      '/v1/organizations',
      organizationBody({ name: '未登记的基金会', legalForm: 'FOUNDATION', registeredFundsFen: 0 }),
    );
    expect(res.status).toBe(201);
    expect(res.body.tier).toBe('STREET_FILED'); // 12 members, active 3 months
    expect(res.body.registrationThreshold.failures).toEqual([
      expect.objectContaining({ condition: 'FOUNDATION_REGISTRATION', rule: 'R2' }),
    ]);
    const registered = await api('PATCH', `/v1/organizations/${res.body.id}`, {
      uscc: validUscc('53450103MJ0000093'),
    });
    expect(registered.status).toBe(200);
    expect(registered.body.tier).toBe('REGISTERED');
  });

  it('rule R9, rule R13: the snapshot carries the founding facts into a venture proposal’s priority', async () => {
    const org = await api(
      'POST',
      '/v1/organizations',
      organizationBody({ name: '企业联办托育服务社', ...FOUNDING }),
    );
    const proposal = await proposalBy(await applicantOf(org.body.id, 'founding-applicant'));
    expect(proposal.priority.policyVersion).toBe('2026.2');
    expect(proposal.priority.reasons).toContainEqual({
      code: 'PRIORITY_FOUNDER',
      rule: 'R9',
      points: 5,
      message:
        'organization funded by an enterprise with idle resources or expertise, jointly with a residents’ or villagers’ committee, in eldercare and childcare: +5',
      messageZh: '企业以闲置资源或专业优势出资，联合居（村）委会举办的养老托育领域社区社会组织：+5',
    });
    const { rows } = await db.query(
      'SELECT data FROM venture.organization_snapshot WHERE organization_id = $1',
      [org.body.id],
    );
    expect(rows[0].data).toMatchObject(FOUNDING);
  });

  it('rule R9: a snapshot stored before R9 (no founding facts) still scores, without R9', async () => {
    const org = await api(
      'POST',
      '/v1/organizations',
      organizationBody({ name: '旧快照托育服务社', ...FOUNDING }),
    );
    const token = await applicantOf(org.body.id, 'old-snapshot-applicant');
    await waitFor(
      'the snapshot at venture',
      async () =>
        (
          await db.query(
            'SELECT count(*)::int AS n FROM venture.organization_snapshot WHERE organization_id = $1',
            [org.body.id],
          )
        ).rows[0].n as number,
      (n) => n === 1,
    );
    await db.query(
      `UPDATE venture.organization_snapshot
          SET data = data - 'fundingSource' - 'foundingPartner' - 'serviceField'
        WHERE organization_id = $1`,
      [org.body.id],
    );
    const proposal = await proposalBy(token);
    expect(proposal.priority.reasons.map((r) => r.code)).toEqual([
      'PUBLIC_WELFARE',
      'PRIORITY_GROUPS',
    ]);
  });
});
