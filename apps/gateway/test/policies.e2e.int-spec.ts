import { randomUUID } from 'node:crypto';
import { priorityScore } from '@civic/domain/priority';
import { POLICY_SHAPES } from '@civic/domain/policy';
import {
  bindUser,
  callBody,
  http,
  organizationBody,
  proposalBody,
  startPlatform,
  waitFor,
} from '@civic/testing';
import { Client } from 'pg';

jest.setTimeout(300_000);

const DAY = 86_400_000;
const chinaDate = (offsetDays = 0) =>
  new Date(Date.now() + 8 * 3_600_000 + offsetDays * DAY).toISOString().slice(0, 10);
const TODAY = chinaDate();
const QINGXIU = '450103';

type Doc = {
  id: string;
  kind: string;
  regionCode: string;
  version: string;
  status: string;
  body: Record<string, unknown>;
  proposedByName: string;
  decidedByName: string | null;
};
type Priority = {
  bonus: number;
  policyVersion: string;
  reasons: { code: string; points: number }[];
};

/**
 * Policy as data (issue #17), through the gateway with organizations and venture as real
 * processes: one administrator proposes a new PRIORITY version, the body checked on write (400
 * naming the field, nothing stored); the proposer cannot approve it (R28); a second administrator
 * does; venture receives it through the outbox and keeps a copy; a proposal made after it uses it
 * and stamps its version, one made before keeps the old one, and re-running either with its
 * stamped version gives the stored result. A county's version overrides the province's; a version
 * effective later is not in force today; the public sees the ranking rules without names.
 */
describe('policy store: four eyes, copies, stamps (issue #17, R13, R28)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let admin: string;
  let admin2: string;
  let officer: string;
  let applicant: string;
  let callId: string;
  let organizationId: string;

  const api = (method: string, path: string, body?: unknown, token = admin) =>
    http(method, `${platform.api}${path}`, body, {
      token,
      headers: method === 'POST' ? { 'Idempotency-Key': randomUUID() } : {},
    });
  const propose = (body: Record<string, unknown>, token = admin) =>
    api('POST', '/v1/policies', body, token);
  const priorityBody = (publicWelfare: number, version: string) => ({
    version,
    bonuses: {
      ...(POLICY_SHAPES.PRIORITY['bonuses'] as Record<string, number>),
      publicWelfare,
    },
  });
  const stored = async () =>
    (await db.query('SELECT count(*)::int AS n FROM organizations.policy_document')).rows[0]
      .n as number;
  const newProposal = async (): Promise<{ id: string; priority: Priority }> => {
    const created = await api('POST', '/v1/venture/proposals', proposalBody(callId), applicant);
    expect(created.status).toBe(201);
    return created.body;
  };

  beforeAll(async () => {
    platform = await startPlatform({ withOrganizations: true, withVenture: true });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    admin = await platform.login('admin');
    admin2 = await platform.login('admin2');
    officer = await platform.login('officer');
    const org = await api('POST', '/v1/organizations', organizationBody(), officer);
    expect(org.status).toBe(201);
    organizationId = org.body.id;
    await bindUser(platform.as(admin), 'applicant', organizationId);
    applicant = await platform.login('applicant');
    const call = await api('POST', '/v1/venture/calls', callBody({}, 3_600_000), officer);
    expect(call.status).toBe(201);
    callId = call.body.id;
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  it('shows the seeds in force, and the public the ranking rules without names', async () => {
    const inForce = await api('GET', '/v1/policies/in-force', undefined, officer);
    expect(inForce.status).toBe(200);
    expect(inForce.body.items.map((d: Doc) => `${d.kind}@${d.version}`)).toEqual([
      'TIERS@2026.1',
      'PRIORITY@2026.2',
      'RESERVE@2026.1',
      'INCUBATION_DEADLINES@2026.1',
      'CONFLICTS@2016-198',
      'TRANCHES@2026.1',
      'ELDERCARE_FLOOR@2026.1',
      'BANNED_USES@2026.1',
      'CALENDAR@chinese-days-1.5.7',
      'PURCHASE@2026.1',
      'NEGATIVE_LIST@2026.1',
    ]);
    const pub = await http('GET', `${platform.api}/v1/public/policies`);
    expect(pub.status).toBe(200);
    expect(pub.body.items.map((d: Doc) => d.kind)).toEqual([
      'PRIORITY',
      'RESERVE',
      'ELDERCARE_FLOOR',
    ]);
    expect(pub.body.items.every((d: Doc) => d.proposedByName === '')).toBe(true);
    expect((await api('GET', '/v1/policies', undefined, applicant)).status).toBe(403);
  });

  it('refuses a bad body, a past date and an officer, naming the field; nothing is stored', async () => {
    const before = await stored();
    const misspelt = await propose({
      kind: 'PRIORITY',
      regionCode: '450000',
      effectiveFrom: TODAY,
      reason: '调整公益慈善类加分',
      body: { version: '2026.9', bonuses: { publicWelfar: 20 } },
    });
    expect(misspelt.status).toBe(400);
    expect(misspelt.body.violations[0]).toMatchObject({
      field: 'body.bonuses.publicWelfar',
      rule: 'R13',
    });
    const past = await propose({
      kind: 'PRIORITY',
      regionCode: '450000',
      effectiveFrom: chinaDate(-1),
      reason: '调整公益慈善类加分',
      body: priorityBody(20, '2026.9'),
    });
    expect(past.status).toBe(422);
    expect(past.body.code).toBe('POLICY_EFFECTIVE_IN_PAST');
    const byOfficer = await propose(
      {
        kind: 'PRIORITY',
        regionCode: '450000',
        effectiveFrom: TODAY,
        reason: '调整公益慈善类加分',
        body: priorityBody(20, '2026.9'),
      },
      officer,
    );
    expect(byOfficer.status).toBe(403);
    expect(await stored()).toBe(before);
  });

  it('applies an approved version from its date to new decisions only; stamps re-run the same', async () => {
    const before = await newProposal();
    expect(before.priority.policyVersion).toBe('2026.2');
    expect(before.priority.reasons).toContainEqual(
      expect.objectContaining({ code: 'PUBLIC_WELFARE', points: 10 }),
    );

    const proposed = await propose({
      kind: 'PRIORITY',
      regionCode: '450000',
      effectiveFrom: TODAY,
      reason: '省厅通知：公益慈善类组织加分提高到 20 分',
      body: priorityBody(20, '2026.9'),
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ status: 'PROPOSED', version: '2026.9' });
    const id = proposed.body.id as string;

    const self = await api('POST', `/v1/policies/${id}/approve`, {});
    expect(self.status).toBe(403);
    expect(self.body.code).toBe('RULE_R28_SAME_PERSON');

    const approved = await api('POST', `/v1/policies/${id}/approve`, { note: '同意' }, admin2);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'APPROVED',
      proposedByName: '系统管理员',
      decidedByName: '系统管理员 覃慧',
    });
    const audit = await db.query(
      `SELECT action FROM organizations.audit_entry WHERE entity_id = $1 ORDER BY seq`,
      [id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['policy.proposed', 'policy.approved']);

    await waitFor(
      'venture to keep its copy of PRIORITY 2026.9',
      async () =>
        (
          await db.query(
            `SELECT count(*)::int AS n FROM venture.policy_copy WHERE kind = 'PRIORITY' AND version = '2026.9'`,
          )
        ).rows[0].n,
      (n) => n === 1,
    );
    const after = await newProposal();
    expect(after.priority.policyVersion).toBe('2026.9');
    expect(after.priority.bonus).toBe(before.priority.bonus + 10);

    const again = await api('GET', `/v1/venture/proposals/${before.id}`, undefined, applicant);
    expect(again.body.priority).toEqual(before.priority);

    // Re-running each decision with the version it stamped gives what was stored.
    const [snapshot] = (
      await db.query('SELECT data FROM venture.organization_snapshot WHERE organization_id = $1', [
        organizationId,
      ])
    ).rows;
    const [copy] = (
      await db.query(
        `SELECT body FROM venture.policy_copy WHERE kind = 'PRIORITY' AND version = '2026.9'`,
      )
    ).rows;
    const project = { areaType: 'URBAN', servedGroups: ['ELDERLY'] } as const;
    const rerun = (bonuses: unknown, version: string) =>
      priorityScore(snapshot.data, project, {
        version,
        bonuses: bonuses as never,
        ruralReservePercent: 30,
      });
    expect(rerun(POLICY_SHAPES.PRIORITY['bonuses'], '2026.2')).toEqual(before.priority);
    expect(rerun(copy.body.bonuses, '2026.9')).toEqual(after.priority);
  });

  it('refuses a second version for the same day, lets only the proposer withdraw', async () => {
    const twin = await propose({
      kind: 'PRIORITY',
      regionCode: '450000',
      effectiveFrom: TODAY,
      reason: '同日第二个版本',
      body: priorityBody(25, '2026.10'),
    });
    expect(twin.status).toBe(201);
    const clash = await api('POST', `/v1/policies/${twin.body.id}/approve`, {}, admin2);
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('POLICY_EFFECTIVE_DATE_TAKEN');
    const notMine = await api('POST', `/v1/policies/${twin.body.id}/withdraw`, {}, admin2);
    expect(notMine.status).toBe(403);
    const withdrawn = await api('POST', `/v1/policies/${twin.body.id}/withdraw`, {});
    expect(withdrawn.body.status).toBe('WITHDRAWN');
    const late = await api('POST', `/v1/policies/${twin.body.id}/approve`, {}, admin2);
    expect(late.status).toBe(409);
  });

  it('rule R16: takes a State Council notice the package lacks as a CALENDAR version, checked', async () => {
    const year = Number(TODAY.slice(0, 4)) + 1;
    const notice = (makeUpWorkdays: string[]) => ({
      kind: 'CALENDAR',
      regionCode: '450000',
      effectiveFrom: TODAY,
      reason: `录入${year}年节假日安排通知`,
      body: {
        version: `notice-${year}`,
        notices: [
          {
            year,
            notice: `国办发明电〔${year - 1}〕测试号`,
            holidays: [`${year}-01-01`, `${year}-02-08`, `${year}-02-09`],
            makeUpWorkdays,
          },
        ],
      },
    });
    const february = [1, 2, 3, 4, 5, 6, 7].map((d) => `${year}-02-0${d}`);
    const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
    const wednesday = february.find((d) => weekdayOf(d) === 3) as string;
    const bad = await propose(notice([wednesday]));
    expect(bad.status).toBe(400);
    expect(bad.body.violations[0]).toMatchObject({ field: 'body.notices.0', rule: 'R16' });
    const saturday = february.find((d) => weekdayOf(d) === 6) as string;
    const good = await propose(notice([saturday]));
    expect(good.status).toBe(201);
    const approved = await api('POST', `/v1/policies/${good.body.id}/approve`, {}, admin2);
    expect(approved.status).toBe(200);
    const inForce = await api('GET', '/v1/policies/in-force', undefined, officer);
    expect(inForce.body.items.find((d: Doc) => d.kind === 'CALENDAR').version).toBe(
      `notice-${year}`,
    );
    await waitFor(
      'venture to keep its copy of the notice',
      async () =>
        (
          await db.query(
            `SELECT count(*)::int AS n FROM venture.policy_copy WHERE kind = 'CALENDAR'`,
          )
        ).rows[0].n,
      (n) => n === 1,
    );
  });

  it('lets a county override the province, and a later version wait for its day', async () => {
    const county = await propose({
      kind: 'RESERVE',
      regionCode: QINGXIU,
      effectiveFrom: TODAY,
      reason: '青秀区农村预留比例',
      body: { version: 'qx-2026.1', ruralReservePercent: 40 },
    });
    const later = await propose({
      kind: 'RESERVE',
      regionCode: '450000',
      effectiveFrom: chinaDate(30),
      reason: '下月起全省预留比例调整',
      body: { version: '2027.1', ruralReservePercent: 35 },
    });
    for (const doc of [county, later]) {
      const approved = await api('POST', `/v1/policies/${doc.body.id}/approve`, {}, admin2);
      expect(approved.status).toBe(200);
    }
    const reserve = async (query: string) =>
      (await api('GET', `/v1/policies/in-force?${query}`, undefined, officer)).body.items.find(
        (d: Doc) => d.kind === 'RESERVE',
      ).version;
    expect(await reserve(`regionCode=${QINGXIU}`)).toBe('qx-2026.1');
    expect(await reserve('regionCode=450127')).toBe('2026.1');
    expect(await reserve(`regionCode=450127&on=${chinaDate(30)}`)).toBe('2027.1');
    expect(await reserve(`regionCode=${QINGXIU}&on=${chinaDate(30)}`)).toBe('qx-2026.1');

    const history = await api('GET', '/v1/policies?kind=RESERVE&pageSize=2', undefined, officer);
    expect(history.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(history.body.items).toHaveLength(2);
  });
});
