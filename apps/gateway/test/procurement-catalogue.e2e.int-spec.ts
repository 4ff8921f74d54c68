import { randomUUID } from 'node:crypto';
import { http, startPlatform } from '@civic/testing';
import { Client } from 'pg';

jest.setTimeout(180_000);

/** A Guangxi 2026 catalogue of community services, in up to three category levels (R24). */
const GUANGXI = '450000';
const NANNING = '450100';
const ITEMS = [
  {
    regionCode: GUANGXI,
    categories: ['基本公共服务', '养老服务', '居家养老'],
    name: '居家养老上门探访',
    description: '为独居、空巢老人提供每月两次上门探访、健康提醒和安全检查',
    unit: '人次',
    referencePriceFen: 8000,
    stable: true,
  },
  {
    regionCode: GUANGXI,
    categories: ['基本公共服务', '儿童福利', '留守儿童关爱'],
    name: '农村留守儿童关爱服务',
    description: '为农村留守儿童提供课后陪伴、心理疏导和安全教育',
    unit: '人·年',
    referencePriceFen: 120000,
  },
  {
    regionCode: GUANGXI,
    categories: ['社会管理性服务', '社区矫正'],
    name: '社区矫正社会工作服务',
    description: '由专业社会工作者为社区矫正对象提供个案帮教和社会适应辅导',
    unit: '人·年',
  },
  {
    regionCode: NANNING,
    categories: ['基本公共服务', '公共文化'],
    name: '社区文化活动组织',
    description: '组织社区文艺演出、读书会和传统节日活动',
    unit: '场',
    referencePriceFen: 500000,
  },
];

/**
 * The catalogue of services the government purchases through the gateway, with the procurement
 * service as a real process: items entered by an officer per region and year (R24), an item under
 * the negative list refused naming its clause (R25, Order 102 art. 10), the list paged and
 * filtered, and the published catalogue read without logging in.
 */
describe('the government purchase catalogue (R24, R25)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let officer: string;
  let db: Client;
  const post = (body: unknown, token: string, key = randomUUID()) =>
    http('POST', `${platform.api}/v1/procurement/catalogue`, body, {
      token,
      headers: { 'Idempotency-Key': key },
    });
  const stored = async () =>
    (await db.query(`SELECT count(*)::int AS n FROM procurement.catalogue_item`)).rows[0]
      .n as number;

  beforeAll(async () => {
    platform = await startPlatform({ withOrganizations: false, withProcurement: true });
    officer = await platform.login('officer');
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  it('enters items for a region and year, stamped with the negative-list version checked (R24)', async () => {
    for (const item of ITEMS) {
      const res = await post({ ...item, fiscalYear: 2026 }, officer);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        regionCode: item.regionCode,
        fiscalYear: 2026,
        categories: item.categories,
        name: item.name,
        referencePriceFen: item.referencePriceFen ?? null,
        stable: item.stable ?? false,
        policyVersion: '2026.1',
      });
    }
    expect(await stored()).toBe(ITEMS.length);
  });

  it('answers a repeated Idempotency-Key with the first answer and stores nothing new', async () => {
    const key = randomUUID();
    const body = { ...ITEMS[0], name: '困境儿童探访', fiscalYear: 2027 };
    const first = await post(body, officer, key);
    expect(first.status).toBe(201);
    const again = await post(body, officer, key);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect(await stored()).toBe(ITEMS.length + 1);
  });

  type Change = { name?: string; categories?: string[]; description?: string };
  it.each<[string, Change, string, string]>([
    [
      'works',
      { categories: ['社区服务', '设施维护'], description: '社区活动中心装修' },
      'description',
      'art. 10(3)',
    ],
    ['goods', { categories: ['社区服务', '物资采购'] }, 'categories.1', 'art. 10(3)'],
    ['financing', { name: '社区养老机构融资服务' }, 'name', 'art. 10(4)'],
    [
      'staffing',
      { description: '以劳务派遣方式为街道补充窗口工作人员' },
      'description',
      'art. 10(5)',
    ],
    [
      'government duties',
      { description: '代为开展城市管理行政执法巡查' },
      'description',
      'art. 10(2)',
    ],
  ])(
    'refuses %s with a 422 naming the clause, and stores nothing (R25)',
    async (_kind, change, field, article) => {
      const before = await stored();
      const audit = async () =>
        (await db.query(`SELECT count(*)::int AS n FROM procurement.audit_entry`)).rows[0]
          .n as number;
      const auditBefore = await audit();
      const res = await post(
        { ...ITEMS[0], ...change, name: change.name ?? `负面清单测试-${field}`, fiscalYear: 2026 },
        officer,
      );
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('RULE_R25');
      expect(res.body.violations).toEqual([
        expect.objectContaining({ field, rule: 'R25', message: expect.stringContaining(article) }),
      ]);
      expect(await stored()).toBe(before);
      expect(await audit()).toBe(auditBefore);
    },
  );

  it('refuses a second item of the same name in a region and year (R24)', async () => {
    const res = await post({ ...ITEMS[0], fiscalYear: 2026 }, officer);
    expect(res.status).toBe(409);
    expect(await stored()).toBe(ITEMS.length + 1);
  });

  it('refuses garbage with a 4xx naming the field: a bad region code, four category levels', async () => {
    const bad = await post({ ...ITEMS[0], regionCode: '45', fiscalYear: 2026 }, officer);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('regionCode');
    const deep = await post(
      { ...ITEMS[0], name: '四级分类', categories: ['一', '二', '三', '四'], fiscalYear: 2026 },
      officer,
    );
    expect(deep.status).toBe(400);
    expect(JSON.stringify(deep.body)).toContain('categories');
  });

  it('pages the list and filters it by region, year and category', async () => {
    const list = (query: string) =>
      http('GET', `${platform.api}/v1/procurement/catalogue?${query}`, undefined, {
        token: officer,
      });
    const first = await list('fiscalYear=2026&pageSize=2&page=1');
    const second = await list('fiscalYear=2026&pageSize=2&page=2');
    expect(first.body).toMatchObject({ total: ITEMS.length, page: 1, pageSize: 2 });
    expect(first.body.items).toHaveLength(2);
    expect(second.body.items).toHaveLength(2);
    const names = [...first.body.items, ...second.body.items].map((i: { name: string }) => i.name);
    expect(names.sort()).toEqual(ITEMS.map((i) => i.name).sort());
    const nanning = await list(`regionCode=${NANNING}`);
    expect(nanning.body.items.map((i: { name: string }) => i.name)).toEqual(['社区文化活动组织']);
    const eldercare = await list(`category=${encodeURIComponent('养老服务')}`);
    expect(eldercare.body.total).toBe(2); // 2026 and the 2027 item of the idempotency case
    const y2027 = await list('fiscalYear=2027');
    expect(y2027.body.items.map((i: { name: string }) => i.name)).toEqual(['困境儿童探访']);
  });

  it('lets no one but officers and administrators enter or list items', async () => {
    const applicant = await platform.login('applicant');
    expect(
      (await post({ ...ITEMS[0], name: '申请人不可录入', fiscalYear: 2026 }, applicant)).status,
    ).toBe(403);
    expect(
      (
        await http('GET', `${platform.api}/v1/procurement/catalogue`, undefined, {
          token: applicant,
        })
      ).status,
    ).toBe(403);
    expect((await http('GET', `${platform.api}/v1/procurement/catalogue`)).status).toBe(401);
  });

  it('publishes the catalogue without login (R24)', async () => {
    const res = await http(
      'GET',
      `${platform.api}/v1/public/procurement/catalogue?regionCode=${GUANGXI}&fiscalYear=2026`,
    );
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(3);
    expect(res.body.items.map((i: { name: string }) => i.name).sort()).toEqual(
      ITEMS.filter((i) => i.regionCode === GUANGXI)
        .map((i) => i.name)
        .sort(),
    );
    const bad = await http(
      'GET',
      `${platform.api}/v1/public/procurement/catalogue?pageSize=100000`,
    );
    expect(bad.status).toBe(400);
  });
});
