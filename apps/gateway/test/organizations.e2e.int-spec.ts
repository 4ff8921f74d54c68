import { usccCheckCharacter } from '@civic/domain/identifiers';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import {
  digitsOf,
  HENGZHOU_LOCATION,
  http as request,
  organizationBody,
  recentMonths,
  startPlatform,
  testRedisUrl,
  waitFor,
} from '@civic/testing';

jest.setTimeout(120_000);

const validUscc = (body17 = '52450103MJ0000001') => body17 + usccCheckCharacter(body17);

describe('organizations through the gateway (R1–R5, R29)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let adminToken: string;
  /** Calls as the administrator; access rules have their own matrix test. */
  const http = (method: string, url: string, body?: unknown) =>
    request(method, url, body, { token: adminToken });

  beforeAll(async () => {
    platform = await startPlatform({
      withLotteryFund: true,
      withIncubation: true,
      withVenture: true,
      withProcurement: true,
    });
    adminToken = await platform.login('admin');
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await platform.stop();
  });

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await db.query(sql, params)).rows[0].count);
  const organizations = () => count('SELECT count(*) FROM organizations.organization');
  const outbox = (name: string) =>
    count('SELECT count(*) FROM organizations.outbox WHERE name = $1', [name]);

  it('registers an organization, decides its tier with reasons and the policy version (R5), and publishes through the outbox', async () => {
    const res = await http('POST', `${platform.api}/v1/organizations`, organizationBody());
    expect(res.status).toBe(201);
    expect(res.body.tier).toBe('STREET_FILED');
    expect(res.body.tierDecision.policyVersion).toEqual(expect.any(String));
    expect(res.body.tierDecision.reasons.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['REGISTERED_FUNDS', 'MEMBERS', 'ACTIVE_MONTHS']),
    );
    expect(res.body.registrationThreshold.met).toBe(false);
    expect(await outbox('organizations.organization-registered.v2')).toBe(1);
    expect(await outbox('organizations.organization-tiered.v1')).toBe(1);
    const fetched = await http('GET', `${platform.api}/v1/organizations/${res.body.id}`);
    expect(fetched.body).toMatchObject({ id: res.body.id, tier: 'STREET_FILED' });
  });

  it("R30: publishes the custodian's account number sealed as stored, and programmes keep that token as it came", async () => {
    const accountNumber = '6228480000000004567';
    const res = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({
        name: '托管中的互助会',
        financialCustodian: {
          name: '青秀区社会组织服务中心',
          accountName: '青秀区社会组织服务中心（代管户）',
          bankCode: '313',
          bankName: '广西北部湾银行南宁分行',
          accountNumber,
        },
      }),
    );
    expect(res.status).toBe(201);
    const [stored] = (
      await db.query(
        `SELECT financial_custodian->>'accountNumberSealed' AS token
           FROM organizations.organization WHERE id = $1`,
        [res.body.id],
      )
    ).rows;
    const { rows: sent } = await db.query(
      `SELECT payload::text AS whole, payload->'financialCustodian' AS custodian
         FROM organizations.outbox
        WHERE name = 'organizations.organization-registered.v2' AND payload->>'organizationId' = $1`,
      [res.body.id],
    );
    expect(sent).toHaveLength(1);
    expect(digitsOf(sent[0].whole, accountNumber)).toEqual([]);
    expect(sent[0].custodian).toMatchObject({
      accountNumberSealed: stored.token,
      accountNumberMasked: '***************4567',
    });
    const kept = await waitFor(
      'the snapshot at venture',
      async () =>
        (
          await db.query(
            `SELECT data::text AS whole, data->'financialCustodian'->>'accountNumberSealed' AS token
               FROM venture.organization_snapshot WHERE organization_id = $1`,
            [res.body.id],
          )
        ).rows[0],
      (row) => row !== undefined,
    );
    expect(kept.token).toBe(stored.token);
    expect(digitsOf(kept.whole, accountNumber)).toEqual([]);
  });

  it('answers bad input with 400 naming the field and the rule, and stores nothing', async () => {
    const before = await organizations();
    const res = await http('POST', `${platform.api}/v1/organizations`, {
      ...organizationBody(),
      registeredFundsFen: 12.5,
      location: { ...organizationBody().location, countyCode: '4501' },
      surprise: true,
    });
    expect(res.status).toBe(400);
    expect(res.body.violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'registeredFundsFen', rule: 'isInt' }),
        expect.objectContaining({ field: 'location.countyCode', rule: 'matches' }),
        expect.objectContaining({ field: 'surprise', rule: 'whitelistValidation' }),
      ]),
    );
    expect(await organizations()).toBe(before);
  });

  it('rejects a unified social credit code whose check character is wrong (R29)', async () => {
    const good = validUscc();
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const res = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ uscc: bad }),
    );
    expect(res.status).toBe(400);
    expect(res.body.violations).toEqual([
      expect.objectContaining({
        field: 'uscc',
        rule: 'isUscc',
        message: expect.stringContaining('check character'),
      }),
    ]);
  });

  it('refuses a registered organization below the 2,000 yuan threshold, naming the condition (R2)', async () => {
    const before = await organizations();
    const res = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ uscc: validUscc('52450103MJ0000002'), registeredFundsFen: 199_999 }),
    );
    expect(res.status).toBe(422);
    expect(res.body.violations).toEqual([
      expect.objectContaining({ field: 'registeredFundsFen', rule: 'R2' }),
    ]);
    expect(await organizations()).toBe(before);
  });

  it('registers at exactly 2,000 yuan with a USCC as REGISTERED, and refuses the same USCC twice', async () => {
    const uscc = validUscc('52450103MJ0000003');
    const res = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ uscc, registeredFundsFen: 200_000 }),
    );
    expect(res.status).toBe(201);
    expect(res.body.tier).toBe('REGISTERED');
    const again = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ uscc, registeredFundsFen: 300_000 }),
    );
    expect(again.status).toBe(409);
    expect(again.body.violations).toEqual([
      expect.objectContaining({ field: 'uscc', rule: 'R29' }),
    ]);
  });

  it('requires 30 member organizations for a registered federation (R2)', async () => {
    const members: string[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await http(
        'POST',
        `${platform.api}/v1/organizations`,
        organizationBody({ name: `成员组织${i}`, memberCount: 3 }),
      );
      members.push(res.body.id);
    }
    const federation = (ids: string[], uscc: string) =>
      organizationBody({
        name: '新竹街道社区社会组织联合会',
        isFederation: true,
        memberOrganizationIds: ids,
        registeredFundsFen: 500_000,
        uscc,
      });
    const short = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      federation(members.slice(0, 29), validUscc('51450103MJ0000004')),
    );
    expect(short.status).toBe(422);
    expect(short.body.violations).toEqual([
      expect.objectContaining({ field: 'memberOrganizationIds', rule: 'R2' }),
    ]);
    const full = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      federation(members, validUscc('51450103MJ0000005')),
    );
    expect(full.status).toBe(201);
    expect(full.body.tier).toBe('REGISTERED');
  });

  it('lets two organizations share one activity site, each with its own postal address (R4)', async () => {
    const site = '新竹社区党群服务中心二楼';
    const a = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ name: '合署甲', activitySite: site }),
    );
    const b = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ name: '合署乙', activitySite: site }),
    );
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body.activitySite).toBe(site);
  });

  it('decides the tier again on update and publishes changed and tiered events', async () => {
    const created = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ name: '小小读书会', memberCount: 4, activityMonths: recentMonths(1) }),
    );
    expect(created.body.tier).toBe('COMMUNITY_GUIDED');
    const tieredBefore = await outbox('organizations.organization-tiered.v1');
    const updated = await http('PATCH', `${platform.api}/v1/organizations/${created.body.id}`, {
      memberCount: 15,
      activityMonths: recentMonths(4),
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ tier: 'STREET_FILED', version: created.body.version + 1 });
    expect(await outbox('organizations.organization-tiered.v1')).toBe(tieredBefore + 1);
    const { rows } = await db.query(
      `SELECT payload FROM organizations.outbox WHERE name = 'organizations.organization-tiered.v1' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(rows[0].payload).toMatchObject({
      organizationId: created.body.id,
      tier: 'STREET_FILED',
      previousTier: 'COMMUNITY_GUIDED',
    });
    const bad = await http('PATCH', `${platform.api}/v1/organizations/${created.body.id}`, {
      memberCount: -1,
    });
    expect(bad.status).toBe(400);
    expect(
      (await http('GET', `${platform.api}/v1/organizations/${created.body.id}`)).body.memberCount,
    ).toBe(15);
  });

  it('filters the list by county, tier, category and urban/rural', async () => {
    await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({
        name: '古零村农业技术服务协会',
        areaType: 'RURAL',
        category: 'RURAL_PRODUCTION',
        location: {
          countyCode: '450125',
          countyName: '上林县',
          streetCode: '450125101',
          streetName: '大丰镇',
          communityCode: '450125101201',
          communityName: '古零村委会',
        },
      }),
    );
    const rural = await http(
      'GET',
      `${platform.api}/v1/organizations?areaType=RURAL&countyCode=450125&category=RURAL_PRODUCTION&tier=STREET_FILED`,
    );
    expect(rural.status).toBe(200);
    expect(rural.body.total).toBe(1);
    expect(rural.body.items[0].name).toBe('古零村农业技术服务协会');
    const bad = await http('GET', `${platform.api}/v1/organizations?tier=GOLD`);
    expect(bad.status).toBe(400);
    expect(bad.body.violations).toEqual([expect.objectContaining({ field: 'tier', rule: 'isIn' })]);
  });

  it('answers 404 for an unknown organization and 400 for an id that is not a UUID', async () => {
    expect(
      (await http('GET', `${platform.api}/v1/organizations/5f0c6c1e-0000-4000-8000-000000000000`))
        .status,
    ).toBe(404);
    const bad = await http('GET', `${platform.api}/v1/organizations/42`);
    expect(bad.status).toBe(400);
    expect(bad.body.violations).toEqual([expect.objectContaining({ field: 'id', rule: 'isUuid' })]);
  });

  it('records a graduation from its inbox once, however often it is delivered (R13)', async () => {
    const created = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ name: '出壳组织' }),
    );
    const changedBefore = await outbox('organizations.organization-changed.v2');
    const connection = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    const queue = new Queue('{organizations.inbox}', { connection, prefix: platform.prefix });
    const envelope = {
      id: '0b7f3a52-5f39-4c7e-9a57-2f4f4b1f0c11',
      name: 'incubation.organization-graduated.v1',
      producer: 'incubation',
      occurredAt: new Date().toISOString(),
      payload: {
        organizationId: created.body.id,
        baseId: '2a1d6a3c-8d47-4e0b-a0c9-7d2f0f4b2e10',
        cohortId: '3b2e7b4d-9e58-4f1c-b1da-8e3a1a5c3f21',
        graduatedAt: new Date().toISOString(),
      },
    };
    // The same message delivered twice (as after a republish): two jobs, one message id.
    await queue.add(envelope.name, envelope, { jobId: 'first-delivery', removeOnComplete: true });
    await queue.add(envelope.name, envelope, { jobId: 'second-delivery', removeOnComplete: true });
    await waitFor(
      'both deliveries handled',
      () => queue.getJobCounts('wait', 'active', 'delayed'),
      (c) => c.wait + c.active + c.delayed === 0,
    );
    await queue.close();
    await connection.quit();
    const org = await http('GET', `${platform.api}/v1/organizations/${created.body.id}`);
    expect(org.body.graduatedFromIncubation).toBe(true);
    expect(
      await count('SELECT count(*) FROM organizations.inbox WHERE message_id = $1', [envelope.id]),
    ).toBe(1);
    expect(await outbox('organizations.organization-changed.v2')).toBe(changedBefore + 1);
  });

  it('takes the R5 thresholds from the policy data in force, and records its version', async () => {
    const seeded = await db.query(
      `SELECT version FROM organizations.policy_document WHERE kind = 'TIERS' AND status = 'APPROVED'`,
    );
    expect(seeded.rows).toEqual([{ version: '2026.1' }]);
    const stricter = {
      version: '2027.1',
      registration: { minRegisteredFundsFen: 200000, federationMinMemberOrganizations: 30 },
      streetFiled: { minMembers: 20, minActiveMonths: 3, windowMonths: 6 },
    };
    // An approved province version from today, as the policy store (issue #17) would write it.
    await db.query(
      `INSERT INTO organizations.policy_document
         (id, kind, region_code, version, effective_from, body, status, reason, proposed_by, proposed_by_name, proposed_at)
       VALUES (gen_random_uuid(), 'TIERS', '450000', $1, (now() AT TIME ZONE 'Asia/Shanghai')::date, $2,
               'APPROVED', 'test', 'test', 'test', now())`,
      [stricter.version, JSON.stringify(stricter)],
    );
    const res = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ name: '十二人舞蹈队', memberCount: 12 }),
    );
    expect(res.body).toMatchObject({
      tier: 'COMMUNITY_GUIDED',
      tierDecision: { policyVersion: '2027.1' },
    });
    await db.query(
      `DELETE FROM organizations.policy_document WHERE kind = 'TIERS' AND version = '2027.1'`,
    );
  });

  it('reports counts by tier and the share led by Party members (R10)', async () => {
    await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({
        name: '无党员负责人的合唱团',
        location: HENGZHOU_LOCATION,
        leaders: [{ name: '赵敏', role: '负责人', isPartyMember: false }],
      }),
    );
    await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({
        name: '党员带头的志愿队',
        location: {
          countyCode: '450127',
          countyName: '横县',
          streetCode: '450127100',
          streetName: '横州镇',
          communityCode: '450127100002',
          communityName: '城西社区居委会',
        },
        leaders: [
          { name: '钱进', role: '副负责人', isPartyMember: false },
          { name: '孙立', role: '负责人', isPartyMember: true },
        ],
      }),
    );
    const county = await http('GET', `${platform.api}/v1/organizations/stats?countyCode=450127`);
    expect(county.status).toBe(200);
    expect(county.body).toEqual({
      total: 2,
      byTier: { REGISTERED: 0, STREET_FILED: 2, COMMUNITY_GUIDED: 0 },
      byAreaType: { URBAN: 2, RURAL: 0 },
      partyLed: { total: 2, partyLed: 1, sharePercent: 50 },
    });
    const all = await http('GET', `${platform.api}/v1/organizations/stats`);
    expect(all.body.total).toBe(await organizations());
    const bad = await http('GET', `${platform.api}/v1/organizations/stats?countyCode=45`);
    expect(bad.status).toBe(400);
  });

  it('reports Postgres and Redis in health', async () => {
    // A readiness probe: on a loaded machine one of its seven checks can miss its 1 s ping
    // timeout (seen in CI), so wait for a healthy answer rather than take the first.
    const res = await waitFor(
      'a healthy platform',
      () => http('GET', `${platform.api}/health`),
      (answer) => answer.status === 200,
      { timeoutMs: 60_000, everyMs: 1000 },
    );
    expect(res.status).toBe(200);
    expect(res.body.details.organizations).toMatchObject({
      postgres: { status: 'up' },
      redis: { status: 'up' },
    });
  });
});

describe('a service that is down', () => {
  it('fails within the configured timeout with a 503 naming the service', async () => {
    const platform = await startPlatform({ withOrganizations: false, rpcTimeoutMs: 300 });
    try {
      const token = await platform.login('admin');
      const res = await request('GET', `${platform.api}/v1/organizations`, undefined, { token });
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({
        service: 'organizations',
        message: expect.stringContaining('300 ms'),
      });
      // The probes an orchestrator uses (deploy/k8s): the whole platform's health is down, but the
      // gateway itself is alive and ready, so it stays in its load balancer and is not restarted.
      const [whole, ready, live] = await Promise.all(
        ['/health', '/health/ready', '/health/live'].map((path) =>
          request('GET', `${platform.api}${path}`),
        ),
      );
      expect(whole.status).toBe(503);
      expect(whole.body.details.organizations).toMatchObject({ status: 'down' });
      expect(ready.status).toBe(200);
      expect(Object.keys(ready.body.details).sort()).toEqual(['database', 'redis']);
      expect(live).toMatchObject({ status: 200, body: { status: 'ok' } });
    } finally {
      await platform.stop();
    }
  });
});
