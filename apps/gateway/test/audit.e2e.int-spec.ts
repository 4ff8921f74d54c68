import { randomUUID } from 'node:crypto';
import { RpcClient } from '@civic/platform/rpc';
import { http, organizationBody, startPlatform, testRedisUrl } from '@civic/testing';
import ExcelJS from 'exceljs';
import { Client } from 'pg';

jest.setTimeout(180_000);

// A valid resident ID number (GB 11643-1999): stored sealed, audited masked (R30).
const LEADER_ID = '450103198805120021';
const PHONE = '13800771234';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Entry {
  seq: number;
  occurredAt: string;
  actorId: string;
  actorName?: string;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** `YYYY-MM-DD` of an instant in Beijing time (UTC+8). */
const beijingDay = (iso: string, days = 0) =>
  new Date(Date.parse(iso) + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The administrators' audit trail through the gateway (R31, issue #18): what an administrator
 * does is found by subject, actor, action and day, in the gateway's chain and a service's; each
 * entry with its before and after, personal data masked (R30); the chains verify, and a tampered
 * one shows where; others are refused 403, bad filters 400 naming the field; the Excel export
 * carries the filters, the time and the entries.
 */
describe('the audit trail for administrators (R31)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let admin: string;
  let officer: string;
  let orgId: string;
  let userId: string;
  let adminId: string;

  const get = (path: string, token = admin, language = 'en') =>
    http('GET', `${platform.api}${path}`, undefined, { token, language });
  const entries = async (service: string, query: Record<string, string>) => {
    const res = await get(`/v1/audit/${service}/entries?${new URLSearchParams(query)}`);
    expect(res.status).toBe(200);
    return res.body as { items: Entry[]; total: number; nextBeforeSeq?: number };
  };

  beforeAll(async () => {
    platform = await startPlatform();
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    admin = await platform.login('admin');
    officer = await platform.login('officer');
    const org = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({
        name: '审计测试邻里互助会',
        leaders: [{ name: '王建国', role: '负责人', isPartyMember: true, residentId: LEADER_ID }],
      }),
      { token: admin, headers: { 'Idempotency-Key': randomUUID() } },
    );
    expect(org.status).toBe(201);
    orgId = org.body.id;
    const user = await http(
      'POST',
      `${platform.api}/v1/users`,
      {
        username: 'audit-probe',
        displayName: '审计探针',
        password: 'Long enough 2026',
        roles: ['reviewer'],
      },
      { token: admin },
    );
    expect(user.status).toBe(201);
    userId = user.body.id;
    adminId = (await get('/v1/auth/me')).body.id;
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  it("finds a service's entry by its subject, with its before and after, the actor named", async () => {
    const found = await entries('organizations', { entityType: 'organization', entityId: orgId });
    expect(found.items.map((e) => e.action).sort()).toEqual([
      'organization.registered',
      'tier.decided',
    ]);
    const registered = found.items.find((e) => e.action === 'organization.registered')!;
    expect(registered).toMatchObject({ actorId: adminId, actorName: '系统管理员', before: null });
    expect(registered.after).toMatchObject({ id: orgId, name: '审计测试邻里互助会' });
    expect(found.items[0].seq).toBeGreaterThan(found.items[1].seq); // newest first
  });

  it('finds it by actor (username or id), by action (exactly or by its beginning) and by day', async () => {
    const byName = await entries('organizations', { actor: 'admin' });
    expect(byName.total).toBeGreaterThanOrEqual(2);
    expect(new Set(byName.items.map((e) => e.actorId))).toEqual(new Set([adminId]));
    expect((await entries('organizations', { actor: adminId })).total).toBe(byName.total);
    expect((await entries('organizations', { actor: 'officer' })).total).toBe(0);

    const byAction = await entries('organizations', { action: 'organization.registered' });
    expect(byAction.items.map((e) => e.entityId)).toContain(orgId);
    expect(new Set(byAction.items.map((e) => e.action))).toEqual(
      new Set(['organization.registered']),
    );
    const byPrefix = await entries('organizations', { action: 'organization.*', entityId: orgId });
    expect(byPrefix.items.map((e) => e.action)).toEqual(['organization.registered']);

    const day = beijingDay(byAction.items[0].occurredAt);
    const sameDay = { entityId: orgId, from: day, to: day };
    expect((await entries('organizations', sameDay)).total).toBe(2);
    const dayBefore = beijingDay(byAction.items[0].occurredAt, -1);
    expect((await entries('organizations', { entityId: orgId, to: dayBefore })).total).toBe(0);
    const always = { entityId: orgId, from: '0001-01-01', to: '9999-12-31' };
    expect((await entries('organizations', always)).total).toBe(2);
  });

  it("reads the gateway's own chain: the user the administrator created, without the password hash", async () => {
    const found = await entries('gateway', { entityType: 'user', entityId: userId });
    expect(found.items).toHaveLength(1);
    expect(found.items[0]).toMatchObject({ action: 'user.created', actorName: '系统管理员' });
    expect(found.items[0].after).toMatchObject({
      username: 'audit-probe',
      displayName: '审计探针',
    });
    expect(JSON.stringify(found.items[0])).not.toMatch(/passwordHash|argon2/);
  });

  it('never shows personal data whole (R30): the leader’s ID number and the phone masked', async () => {
    const page = await entries('organizations', { pageSize: '200' });
    const text = JSON.stringify(page);
    expect(text).toContain('450103********0021');
    expect(text).not.toContain(LEADER_ID);
    expect(text).not.toContain(PHONE);
  });

  it('verifies each chain, and shows where a tampered one breaks', async () => {
    const total = (await entries('organizations', {})).total;
    const ok = await get('/v1/audit/organizations/verification');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      service: 'organizations',
      ok: true,
      checked: total,
      verifiedUpTo: total,
    });
    expect((await get('/v1/audit/gateway/verification')).body).toMatchObject({ ok: true });
    expect((await get('/v1/audit/finance/verification')).body).toMatchObject({ ok: true });

    await db.query(`UPDATE organizations.audit_entry SET actor_id = 'someone-else' WHERE seq = 1`);
    try {
      const broken = await get('/v1/audit/organizations/verification');
      expect(broken.body).toMatchObject({
        ok: false,
        verifiedUpTo: 0,
        firstBrokenSeq: 1,
        problem: 'edited',
      });
    } finally {
      await db.query(`UPDATE organizations.audit_entry SET actor_id = $1 WHERE seq = 1`, [adminId]);
    }
    expect((await get('/v1/audit/organizations/verification')).body.ok).toBe(true);
  });

  it('refuses anyone without audit.read with 403, at the gateway and in the service itself', async () => {
    for (const path of [
      '/v1/audit/organizations/entries',
      '/v1/audit/gateway/verification',
      '/v1/audit/organizations/entries.xlsx',
    ]) {
      expect((await get(path, officer)).status).toBe(403);
    }
    const rpc = new RpcClient({
      redisUrl: testRedisUrl(),
      prefix: platform.prefix,
      timeoutMs: 5000,
    });
    try {
      const asOfficer = { userId: 'direct', roles: ['programme_officer'] };
      await expect(rpc.call('organizations.audit.search', {}, asOfficer)).rejects.toMatchObject({
        status: 403,
      });
      await expect(rpc.call('finance.audit.verify', {}, asOfficer)).rejects.toMatchObject({
        status: 403,
      });
    } finally {
      await rpc.close();
    }
  });

  it.each([
    ['a service that keeps no chain', '/v1/audit/nowhere/entries', 'service', 'isIn'],
    [
      'a day that does not exist',
      '/v1/audit/organizations/entries?from=2026-02-30',
      'from',
      'matches',
    ],
    [
      'days in the wrong order',
      '/v1/audit/organizations/entries?from=2026-03-02&to=2026-03-01',
      'to',
      'notBeforeFrom',
    ],
    ['a page of 500', '/v1/audit/organizations/entries?pageSize=500', 'pageSize', 'max'],
    ['page 0', '/v1/audit/organizations/entries?page=0', 'page', 'min'],
    [
      'an entity type in capitals',
      '/v1/audit/gateway/entries?entityType=Organization',
      'entityType',
      'matches',
    ],
    ['SQL as an action', '/v1/audit/gateway/entries?action=x%27%20OR%201%3D1', 'action', 'matches'],
    [
      'an actor of 129 characters',
      `/v1/audit/gateway/entries?actor=${'a'.repeat(129)}`,
      'actor',
      'isLength',
    ],
    [
      'an export to a day that is a word',
      '/v1/audit/organizations/entries.xlsx?to=tomorrow',
      'to',
      'matches',
    ],
    [
      'an export asked for a page',
      '/v1/audit/organizations/entries.xlsx?page=2',
      'page',
      'whitelistValidation',
    ],
  ])('refuses %s with 400 naming the field and the rule', async (_case, path, field, rule) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect(res.body.violations).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, rule })]),
    );
  });

  it('words a refused filter in Chinese for a Chinese client', async () => {
    const res = await get(
      '/v1/audit/organizations/entries?from=2026-03-02&to=2026-03-01',
      admin,
      'zh-CN',
    );
    expect(res.body.violations).toEqual([
      { field: 'to', rule: 'notBeforeFrom', message: '截止日期不能早于起始日期' },
    ]);
  });

  it('exports the entries with the same filters as Excel: filters, time of export, Chinese headers', async () => {
    const answer = await fetch(
      `${platform.api}/v1/audit/organizations/entries.xlsx?entityType=organization&entityId=${orgId}`,
      { headers: { authorization: `Bearer ${admin}` } },
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(XLSX);
    expect(answer.headers.get('content-disposition')).toMatch(
      /^attachment; filename="audit-organizations-\d{12}\.xlsx"$/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await answer.arrayBuffer());
    const sheet = workbook.getWorksheet('审计日志')!;
    expect(sheet.getCell('A1').value).toBe('审计日志：社会组织登记（organizations）');
    expect(sheet.getCell('A2').value).toBe(`筛选条件：主体类型=organization；主体编号=${orgId}`);
    expect(String(sheet.getCell('A3').value)).toMatch(
      /^导出时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}（北京时间）$/,
    );
    expect(sheet.getCell('A4').value).toBe('共 2 条，按序号从新到旧');
    expect(sheet.getCell('F6').value).toBe('操作');
    const rows = [7, 8].map((r) => ({
      seq: sheet.getCell(`A${r}`).value as number,
      actorName: sheet.getCell(`D${r}`).value,
      action: sheet.getCell(`F${r}`).value,
      entityId: sheet.getCell(`H${r}`).value,
      after: String(sheet.getCell(`J${r}`).value),
    }));
    expect(rows.map((r) => r.action).sort()).toEqual(['organization.registered', 'tier.decided']);
    expect(rows[0].seq).toBeGreaterThan(rows[1].seq);
    expect(rows.map((r) => r.entityId)).toEqual([orgId, orgId]);
    expect(rows.map((r) => r.actorName)).toEqual(['系统管理员', '系统管理员']);
    const registered = rows.find((r) => r.action === 'organization.registered')!;
    expect(JSON.parse(registered.after)).toMatchObject({ id: orgId, name: '审计测试邻里互助会' });
    expect(registered.after).not.toContain(LEADER_ID);
    expect(sheet.getCell('A9').value).toBeNull();
  });
});
