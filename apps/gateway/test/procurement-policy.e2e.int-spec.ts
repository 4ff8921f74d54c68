import { usccCheckCharacter } from '@civic/domain/identifiers';
import { POLICY_SHAPES } from '@civic/domain/policy';
import { http, purchaseChain, startPlatform, waitFor } from '@civic/testing';
import { Client } from 'pg';

jest.setTimeout(300_000);

const DAY = 86_400_000;
const chinaDate = (offsetDays = 0) =>
  new Date(Date.now() + 8 * 3_600_000 + offsetDays * DAY).toISOString().slice(0, 10);
const TODAY = chinaDate();
const YEAR = 2026;
const QINGXIU = '450103';
const code = (first17: string) => first17 + usccCheckCharacter(first17);
const COMPANIES = [
  { name: '广西康宁养老服务有限公司', uscc: code('91450103MA5L00021') },
  { name: '南宁邻里社工服务有限公司', uscc: code('91450103MA5L00022') },
];
const CRITERIA = [
  { key: 'plan', name: 'service plan', nameZh: '服务方案', weight: 60, max: 100 },
  { key: 'team', name: 'team', nameZh: '团队与经验', weight: 20, max: 100 },
  { key: 'price', name: 'price', nameZh: '价格', weight: 20, max: 100, kind: 'PRICE' },
];

type Method = { method: string; minBidders: number };
type Purchase = {
  version: string;
  methods: Method[];
  thresholds: { smallPurchaseFen: number; publicTenderFen: number; source: string };
};
type NegativeList = { version: string; clauses: { key: string; terms: string[] }[] };
type Doc = { id: string; kind: string; version: string; rule: string };

/**
 * Procurement's purchase policy and negative list as policy data (issue #17; R25, R12, R24),
 * through the gateway with organizations, finance and procurement as real processes: both kinds
 * are in the store, shipped as the 2026.1 procurement kept itself; a broken version is refused
 * naming the field (400, nothing stored); one administrator proposes PURCHASE 2026.2 (the public
 * tender from 200,000 yuan instead of 4,000,000, and competitive consultation with at least 3 bids
 * instead of 2), a second approves it (R28); procurement receives it as a copy; a project created
 * after it is decided by 2026.2 and stamps it, one announced before keeps 2026.1 in its later
 * decisions (closing with two bids: enough under 2026.1, too few under 2026.2). A NEGATIVE_LIST
 * version with a new term refuses a catalogue item it names; the items entered before keep their
 * stamp.
 */
describe('procurement decides with the policy store (issue #17, R25, R12, R24, R28)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let chain: ReturnType<typeof purchaseChain>;
  let admin: string;
  let admin2: string;
  let officer: string;
  let itemId: string;
  const entries: string[] = [];
  let before: string;
  let after: string;

  const api = (method: string, path: string, body?: unknown, token = admin) =>
    chain.call(method, path, body, token);
  const purchase = (): Purchase => structuredClone(POLICY_SHAPES.PURCHASE) as unknown as Purchase;
  const negativeList = (): NegativeList =>
    structuredClone(POLICY_SHAPES.NEGATIVE_LIST) as unknown as NegativeList;
  const proposal = (kind: string, body: unknown, reason: string) => ({
    kind,
    regionCode: '450000',
    effectiveFrom: TODAY,
    reason,
    body,
  });
  const stored = async () =>
    (await db.query('SELECT count(*)::int AS n FROM organizations.policy_document')).rows[0]
      .n as number;
  const project = (title: string, budgetFen: number, over: Record<string, unknown> = {}) => ({
    catalogueItemId: itemId,
    regionCode: QINGXIU,
    fiscalYear: YEAR,
    title,
    description: '为辖区 300 名独居老人提供每月两次上门探访',
    budgetFen,
    method: 'COMPETITIVE_CONSULTATION',
    contractMonths: 12,
    criteria: CRITERIA,
    ...over,
  });
  const approved = async (body: Record<string, unknown>) => {
    const proposed = await api('POST', '/v1/policies', body);
    expect(proposed.status).toBe(201);
    const self = await api('POST', `/v1/policies/${proposed.body.id}/approve`, {});
    expect([self.status, self.body.code]).toEqual([403, 'RULE_R28_SAME_PERSON']);
    const done = await api('POST', `/v1/policies/${proposed.body.id}/approve`, {}, admin2);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'APPROVED', rule: 'R25' });
    return done.body as Doc;
  };
  const copied = (kind: string, version: string) =>
    waitFor(
      `procurement to keep its copy of ${kind} ${version}`,
      async () =>
        (
          await db.query(
            'SELECT count(*)::int AS n FROM procurement.policy_copy WHERE kind = $1 AND version = $2',
            [kind, version],
          )
        ).rows[0].n as number,
      (n) => n === 1,
    );

  beforeAll(async () => {
    platform = await startPlatform({ withFinance: true, withProcurement: true });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    admin = await platform.login('admin');
    admin2 = await platform.login('admin2');
    officer = await platform.login('officer');
    chain = purchaseChain({ api: platform.api, db, officer });
    const maker = await platform.login('maker');
    const budget = await api(
      'POST',
      '/v1/finance/budgets',
      { fund: 'GOVERNMENT_PURCHASE', fiscalYear: YEAR, amountFen: 100_000_000 },
      maker,
    );
    expect(budget.status).toBe(201);
    itemId = await chain.catalogueItem({
      regionCode: '450000',
      fiscalYear: YEAR,
      categories: ['基本公共服务', '养老服务'],
      name: '居家养老上门探访',
      description: '为独居、空巢老人提供上门探访',
      unit: '人次',
      stable: false,
    });
    await waitFor(
      'the budget at procurement',
      async () =>
        (await db.query('SELECT count(*)::int AS n FROM procurement.purchase_budget')).rows[0].n,
      (n) => n === 1,
    );
    for (const company of COMPANIES) {
      entries.push(
        await chain.listed(
          {
            kind: 'COMPANY',
            name: company.name,
            creditCode: company.uscc,
            serviceAreas: ['450100'],
            serviceCategories: ['基本公共服务'],
            contactName: '李红',
            contactPhone: '13800771234',
          },
          officer,
        ),
      );
    }
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  it('keeps PURCHASE and NEGATIVE_LIST in the store, shipped as the 2026.1 procurement kept itself', async () => {
    const inForce = await api('GET', '/v1/policies/in-force', undefined, officer);
    expect(inForce.status).toBe(200);
    const docs = inForce.body.items as Doc[];
    expect(docs.filter((d) => d.kind === 'PURCHASE' || d.kind === 'NEGATIVE_LIST')).toEqual([
      expect.objectContaining({ kind: 'PURCHASE', version: '2026.1', rule: 'R25' }),
      expect.objectContaining({ kind: 'NEGATIVE_LIST', version: '2026.1', rule: 'R25' }),
    ]);
    expect(docs.some((d) => (d.kind as string) === 'PROCUREMENT')).toBe(false);
    const [row] = (
      await db.query(
        `SELECT to_regclass('procurement.policy_version') AS own,
                (SELECT body FROM organizations.policy_document WHERE kind = 'PURCHASE') AS body`,
      )
    ).rows;
    expect(row.own).toBeNull();
    expect(row.body).toEqual(POLICY_SHAPES.PURCHASE);
  });

  it('refuses a broken purchase policy or negative list, naming the field; nothing is stored', async () => {
    const count = await stored();
    const upsideDown = purchase();
    upsideDown.version = '2026.9';
    upsideDown.thresholds.smallPurchaseFen = upsideDown.thresholds.publicTenderFen + 1;
    const broken = await api(
      'POST',
      '/v1/policies',
      proposal('PURCHASE', upsideDown, '限额标准高于公开招标数额标准'),
    );
    expect(broken.status).toBe(400);
    expect(broken.body.code).toBe('POLICY_BODY_INVALID');
    expect(broken.body.violations[0]).toMatchObject({
      field: 'body.thresholds.smallPurchaseFen',
      rule: 'R25',
    });
    const empty = negativeList();
    empty.version = '2026.9';
    empty.clauses[1].terms = [];
    const noTerms = await api(
      'POST',
      '/v1/policies',
      proposal('NEGATIVE_LIST', empty, '删去关键词'),
    );
    expect(noTerms.status).toBe(400);
    expect(noTerms.body.violations[0]).toMatchObject({
      field: 'body.clauses.1.terms',
      rule: 'R25',
    });
    expect(await stored()).toBe(count);
  });

  it('applies an approved PURCHASE 2026.2 to projects created after it; one announced before keeps 2026.1', async () => {
    before = await chain.announced(project('2026 年青秀区居家养老上门探访（调整前）', 30_000_000));
    const earlier = await api('GET', `/v1/procurement/projects/${before}`, undefined, officer);
    expect(earlier.body).toMatchObject({ policyVersion: '2026.1', status: 'ANNOUNCED' });

    // From today: a public tender from 200,000 yuan; competitive consultation needs 3 bids.
    const stricter = purchase();
    stricter.version = '2026.2';
    stricter.thresholds.smallPurchaseFen = 10_000_000;
    stricter.thresholds.publicTenderFen = 20_000_000;
    stricter.methods.find((m) => m.method === 'COMPETITIVE_CONSULTATION')!.minBidders = 3;
    const doc = await approved(
      proposal('PURCHASE', stricter, '省财政厅通知：调整公开招标数额标准和竞争性磋商供应商数量'),
    );
    expect(doc).toMatchObject({ kind: 'PURCHASE', version: '2026.2' });
    await copied('PURCHASE', '2026.2');

    // 300,000 yuan is over the new public-tender threshold: consultation needs a justification.
    const refused = await api(
      'POST',
      '/v1/procurement/projects',
      project('2026 年青秀区居家养老上门探访（调整后）', 25_000_000),
      officer,
    );
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('RULE_R25_PUBLIC_TENDER_REQUIRED');
    expect(refused.body.violations[0]).toMatchObject({ field: 'method', rule: 'R25' });
    expect(refused.body.violations[0].message).toContain('(policy 2026.2)');
    after = await chain.announced(
      project('2026 年青秀区居家养老上门探访（调整后）', 25_000_000, {
        methodJustification:
          '服务内容专业性强，需与供应商多轮磋商确定服务方案（财库〔2014〕214号第三条）',
      }),
    );
    const later = await api('GET', `/v1/procurement/projects/${after}`, undefined, officer);
    expect(later.body).toMatchObject({ policyVersion: '2026.2', status: 'ANNOUNCED' });
    // The project announced before is not re-stamped.
    const still = await api('GET', `/v1/procurement/projects/${before}`, undefined, officer);
    expect(still.body.policyVersion).toBe('2026.1');
  });

  it('decides each project by its stamp: two bids close 2026.1’s consultation and fail 2026.2’s', async () => {
    for (const id of [before, after]) {
      for (const [i, entryId] of entries.entries()) {
        await chain.bid(id, { priceFen: 20_000_000 + i * 1_000_000, token: officer, entryId });
      }
      await chain.bidDeadlinePasses(id);
    }
    const closed = await api('POST', `/v1/procurement/projects/${before}/close`, {}, officer);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'BIDDING_CLOSED', bidCount: 2 });
    const failed = await api('POST', `/v1/procurement/projects/${after}/close`, {}, officer);
    expect(failed.status).toBe(200);
    expect(failed.body.status).toBe('FAILED');
    const audit = await db.query(
      `SELECT after->>'reason' AS reason FROM procurement.audit_entry
        WHERE entity_id = $1 AND action = 'purchase-project.failed'`,
      [after],
    );
    expect(audit.rows[0].reason).toContain('至少有 3 家');
  });

  it('rule R24: a NEGATIVE_LIST version with a new term refuses an item it names; earlier items keep their stamp', async () => {
    const item = {
      regionCode: '450000',
      fiscalYear: YEAR,
      categories: ['基本公共服务', '宣传服务'],
      name: '社区宣传印刷品制作',
      description: '为社区制作宣传折页',
      unit: '份',
    };
    const list = negativeList();
    list.version = '2026.2';
    list.clauses.find((c) => c.key === 'GOODS')!.terms.push('印刷品');
    await approved(proposal('NEGATIVE_LIST', list, '印刷品属于货物，不得作为政府购买服务内容'));
    await copied('NEGATIVE_LIST', '2026.2');
    const refused = await api('POST', '/v1/procurement/catalogue', item, officer);
    expect(refused.status).toBe(422);
    expect(refused.body.violations[0]).toMatchObject({ field: 'name', rule: 'R25' });
    expect(refused.body.violations[0].message).toContain('(policy 2026.2)');
    const items = await api('GET', '/v1/procurement/catalogue', undefined, officer);
    expect(items.body.items).toEqual([
      expect.objectContaining({ id: itemId, policyVersion: '2026.1' }),
    ]);
    const next = await http('GET', `${platform.api}/v1/public/policies`);
    expect(next.body.items.map((d: Doc) => d.kind)).not.toContain('PURCHASE');
  });
});
