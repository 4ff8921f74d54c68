import { randomUUID } from 'node:crypto';
import { residentIdCheckCharacter, usccCheckCharacter } from '@civic/domain/identifiers';
import {
  bindUser,
  HENGZHOU_LOCATION,
  http,
  organizationBody,
  type RawAnswer,
  rawHttp,
  seenAndUnknown,
  startPlatform,
  waitFor,
  XINZHU_LOCATION,
} from '@civic/testing';
import { Client } from 'pg';

jest.setTimeout(180_000);

const code = (first17: string) => first17 + usccCheckCharacter(first17);
/** Credit codes by registration authority (GB 32100-2015): 5 civil affairs, 9 market, 1 staffing. */
const ORG_A_USCC = code('52450103MJ0000101');
const ORG_B_USCC = code('52450127MJ0000102');
const COMPANY_USCC = code('91450103MA5L00001');
const CATEGORY_2_USCC = code('12450100MB0000001');
const CATEGORY_1_USCC = code('12450100MB0000002');
const COLLECTIVE_USCC = code('N2450127MF0000001');
/** An individual's resident ID number whose check character is X (R30). */
const PERSON_ID = '45010319880512003' + residentIdCheckCharacter('45010319880512003');
const PHONE = '13800771234';

const CONTACT = { contactName: '李红', contactPhone: PHONE };
const ELDERCARE = '基本公共服务';
const CORRECTION = '社会管理性服务';

/**
 * The directory of undertakers of community services (承接社区服务的社会组织指导目录, R24) through
 * the gateway, with organizations and procurement as real processes: an organization's applicant
 * applies for it, an officer enters a company, a public institution, a rural collective and an
 * individual on their behalf, each refusal of Order 102 art. 6–8 (R25) and of the credit code's
 * authority (R29), decisions through the entry's state machine, audited, the applicant's own
 * entries only, and the public directory without login and without personal data (R30).
 */
describe('the undertaker directory (R24, R25)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let admin: string;
  let officer: string;
  let applicantA: string;
  let applicantB: string;
  let orgA: string;
  let orgB: string;
  const entries: Record<string, string> = {};

  const apply = (body: unknown, token: string, key = randomUUID()) =>
    http('POST', `${platform.api}/v1/procurement/directory`, body, {
      token,
      headers: { 'Idempotency-Key': key },
    });
  const decide = (id: string, body: unknown, token: string) =>
    http('POST', `${platform.api}/v1/procurement/directory/${id}/decision`, body, { token });
  const list = (query: string, token: string) =>
    http('GET', `${platform.api}/v1/procurement/directory?${query}`, undefined, { token });
  const stored = async () =>
    (await db.query(`SELECT count(*)::int AS n FROM procurement.directory_entry`)).rows[0]
      .n as number;
  const audited = async () =>
    (
      await db.query(
        `SELECT count(*)::int AS n FROM procurement.audit_entry WHERE entity_type = 'directory-entry'`,
      )
    ).rows[0].n as number;
  const officerEntry = (overrides: Record<string, unknown>) => ({
    serviceAreas: ['450103'],
    serviceCategories: [ELDERCARE],
    ...CONTACT,
    ...overrides,
  });

  beforeAll(async () => {
    platform = await startPlatform({ withProcurement: true });
    admin = await platform.login('admin');
    officer = await platform.login('officer');
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    const register = async (name: string, uscc: string, location: object) => {
      const res = await http(
        'POST',
        `${platform.api}/v1/organizations`,
        organizationBody({ name, uscc, location, registeredFundsFen: 300_000 }),
        { token: admin },
      );
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    orgA = await register('新竹社区夕阳红志愿服务队', ORG_A_USCC, XINZHU_LOCATION);
    orgB = await register('城东社区邻里互助会', ORG_B_USCC, HENGZHOU_LOCATION);
    await bindUser(platform.as(admin), 'applicant', orgA);
    applicantA = await platform.login('applicant');
    const userB = await http(
      'POST',
      `${platform.api}/v1/users`,
      {
        username: 'directory-applicant-b',
        displayName: '申请人乙',
        password: 'Demo#2026civic',
        roles: ['applicant'],
        organizationId: orgB,
      },
      { token: admin },
    );
    expect(userB.status).toBe(201);
    applicantB = await platform.login('directory-applicant-b', 'Demo#2026civic');
    // The catalogue's first-level categories are what undertakers may name (R24).
    for (const [categories, name] of [
      [[ELDERCARE, '养老服务'], '居家养老上门探访'],
      [[CORRECTION, '社区矫正'], '社区矫正社会工作服务'],
    ] as const) {
      const item = await http(
        'POST',
        `${platform.api}/v1/procurement/catalogue`,
        {
          regionCode: '450000',
          fiscalYear: 2026,
          categories,
          name,
          description: '面向社区居民的服务',
          unit: '人次',
        },
        { token: officer, headers: { 'Idempotency-Key': randomUUID() } },
      );
      expect(item.status).toBe(201);
    }
    await waitFor(
      'both organizations at procurement',
      async () =>
        (
          await db.query(
            `SELECT count(*)::int AS n FROM procurement.organization_snapshot
              WHERE organization_id = ANY($1::uuid[])`,
            [[orgA, orgB]],
          )
        ).rows[0].n as number,
      (n) => n === 2,
    );
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  describe('an applicant applies for its own organization', () => {
    it('enters it under its registered name and credit code, pending, the phone sealed (R24, R30)', async () => {
      const key = randomUUID();
      const body = {
        kind: 'SOCIAL_ORGANIZATION',
        serviceAreas: ['450103', '450100'],
        serviceCategories: [ELDERCARE],
        ...CONTACT,
      };
      const res = await apply(body, applicantA, key);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        kind: 'SOCIAL_ORGANIZATION',
        name: '新竹社区夕阳红志愿服务队',
        organizationId: orgA,
        creditCode: ORG_A_USCC,
        residentIdMasked: null,
        serviceAreas: ['450103', '450100'],
        status: 'PENDING',
        contactPhone: '138****1234',
        performance: [],
        listedAt: null,
      });
      entries.orgA = res.body.id;
      const again = await apply(body, applicantA, key);
      expect(again.status).toBe(201);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(again.body.id).toBe(res.body.id);
      const row = (
        await db.query(
          `SELECT contact_phone, performance FROM procurement.directory_entry WHERE id = $1`,
          [res.body.id],
        )
      ).rows[0];
      expect(row.contact_phone).toMatch(/^v1\./);
      expect(row.contact_phone).not.toContain(PHONE);
      expect(row.performance).toEqual([]);
    });

    it('refuses a second pending or listed entry of the organization with 409 (R24)', async () => {
      const before = await stored();
      const res = await apply(
        {
          kind: 'SOCIAL_ORGANIZATION',
          serviceAreas: ['450103'],
          serviceCategories: [ELDERCARE],
          ...CONTACT,
        },
        applicantA,
      );
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('RULE_R24_DUPLICATE_DIRECTORY_ENTRY');
      expect(await stored()).toBe(before);
    });

    it('applies only as its own social organization: another kind is 403, a registry field 400', async () => {
      const company = await apply(
        officerEntry({ kind: 'COMPANY', name: '某公司', creditCode: COMPANY_USCC }),
        applicantB,
      );
      expect(company.status).toBe(403);
      const named = await apply(
        officerEntry({ kind: 'SOCIAL_ORGANIZATION', name: '另一个名字' }),
        applicantB,
      );
      expect(named.status).toBe(400);
      expect(named.body.violations).toEqual([expect.objectContaining({ field: 'name' })]);
    });
  });

  describe('an officer enters undertakers of other kinds on their behalf (R25, Order 102 art. 6)', () => {
    it.each([
      ['company', 'COMPANY', COMPANY_USCC, '南宁市颐养居家养老服务有限公司'],
      [
        'category-2 public institution',
        'PUBLIC_INSTITUTION_CATEGORY_2',
        CATEGORY_2_USCC,
        '南宁市社会福利院',
      ],
      ['rural collective', 'RURAL_COLLECTIVE', COLLECTIVE_USCC, '城东村股份经济合作社'],
    ])('lists a %s by its credit code', async (_label, kind, creditCode, name) => {
      const res = await apply(officerEntry({ kind, name, creditCode }), officer);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        kind,
        name,
        creditCode,
        organizationId: null,
        status: 'PENDING',
      });
      entries[kind] = res.body.id;
    });

    it('enters an individual by the resident ID number, sealed and shown masked (R30)', async () => {
      const res = await apply(
        officerEntry({
          kind: 'INDIVIDUAL',
          name: '黄丽萍',
          residentId: PERSON_ID,
          serviceAreas: ['450127'],
        }),
        officer,
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        kind: 'INDIVIDUAL',
        creditCode: null,
        residentIdMasked: `450103********${PERSON_ID.slice(14)}`,
      });
      expect(JSON.stringify(res.body)).not.toContain(PERSON_ID);
      entries.INDIVIDUAL = res.body.id;
      const row = (
        await db.query(
          `SELECT resident_id_sealed, resident_id_hash FROM procurement.directory_entry WHERE id = $1`,
          [res.body.id],
        )
      ).rows[0];
      expect(row.resident_id_sealed).toMatch(/^v1\./);
      expect(row.resident_id_sealed).not.toContain(PERSON_ID);
      expect(row.resident_id_hash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('keeps personal data out of the audit trail (R30, R31)', async () => {
      const { rows } = await db.query(
        `SELECT after::text AS after FROM procurement.audit_entry WHERE entity_type = 'directory-entry'`,
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.after).not.toContain(PERSON_ID);
        expect(row.after).not.toContain(PHONE);
      }
    });
  });

  describe('each refusal, with nothing stored and nothing audited', () => {
    const refused = async (body: unknown, token: string) => {
      const [before, auditBefore] = [await stored(), await audited()];
      const res = await apply(body, token);
      expect(await stored()).toBe(before);
      expect(await audited()).toBe(auditBefore);
      return res;
    };

    it('refuses a category-1 public institution with 422 naming Order 102 art. 8 (R25)', async () => {
      const res = await refused(
        officerEntry({
          kind: 'PUBLIC_INSTITUTION_CATEGORY_1',
          name: '南宁市第一中学',
          creditCode: CATEGORY_1_USCC,
        }),
        officer,
      );
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('RULE_R25_NOT_ELIGIBLE');
      expect(res.body.message).toContain('Order 102 art. 8');
      expect(res.body.violations).toEqual([
        expect.objectContaining({
          field: 'kind',
          rule: 'R25',
          message: expect.stringContaining('art. 8'),
        }),
      ]);
      const zh = await http(
        'POST',
        `${platform.api}/v1/procurement/directory`,
        officerEntry({
          kind: 'PUBLIC_INSTITUTION_CATEGORY_1',
          name: '南宁市第一中学',
          creditCode: CATEGORY_1_USCC,
        }),
        { token: officer, language: 'zh-CN' },
      );
      expect(zh.body.message).toContain('第八条');
    });

    it.each([
      ['a company with a civil-affairs code', 'COMPANY', code('52450103MJ0000201')],
      [
        'a social organization with an enterprise code',
        'SOCIAL_ORGANIZATION',
        code('91450103MA5L00002'),
      ],
      [
        'a rural collective with a staffing-office code',
        'RURAL_COLLECTIVE',
        code('12450127MB0000003'),
      ],
    ])('refuses %s with 422 naming the authority (R29)', async (_label, kind, creditCode) => {
      const res = await refused(officerEntry({ kind, name: '登记机关不符', creditCode }), officer);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('RULE_R29_AUTHORITY');
      expect(res.body.violations).toEqual([
        expect.objectContaining({ field: 'creditCode', rule: 'R29' }),
      ]);
    });

    it('refuses a credit code with a wrong check character with 400 naming the field (R29)', async () => {
      const bad = COMPANY_USCC.slice(0, 17) + (COMPANY_USCC[17] === '0' ? '1' : '0');
      const res = await refused(
        officerEntry({ kind: 'COMPANY', name: '校验码错误', creditCode: bad }),
        officer,
      );
      expect(res.status).toBe(400);
      expect(res.body.violations).toEqual([expect.objectContaining({ field: 'creditCode' })]);
    });

    it('needs a credit code from a company and a resident ID from an individual (R25)', async () => {
      const company = await refused(officerEntry({ kind: 'COMPANY', name: '无代码公司' }), officer);
      expect(company.status).toBe(422);
      expect(company.body.violations).toEqual([expect.objectContaining({ field: 'creditCode' })]);
      const person = await refused(officerEntry({ kind: 'INDIVIDUAL', name: '张三' }), officer);
      expect(person.status).toBe(422);
      expect(person.body.violations).toEqual([expect.objectContaining({ field: 'residentId' })]);
      const both = await refused(
        officerEntry({
          kind: 'INDIVIDUAL',
          name: '张三',
          residentId: PERSON_ID,
          creditCode: COMPANY_USCC,
        }),
        officer,
      );
      expect(both.status).toBe(422);
      expect(both.body.violations).toEqual([expect.objectContaining({ field: 'creditCode' })]);
    });

    it('refuses a missing, empty or malformed service area with 400 naming the field (R24)', async () => {
      const { serviceAreas: _, ...without } = officerEntry({
        kind: 'COMPANY',
        name: '无服务区域',
        creditCode: code('91450103MA5L00003'),
      });
      for (const body of [
        without,
        { ...without, serviceAreas: [] },
        { ...without, serviceAreas: ['4501'] },
      ]) {
        const res = await refused(body, officer);
        expect(res.status).toBe(400);
        expect(res.body.violations).toEqual(
          expect.arrayContaining([expect.objectContaining({ field: 'serviceAreas' })]),
        );
      }
    });

    it('refuses a service category that is not first-level in the catalogue with 422 (R24)', async () => {
      const res = await refused(
        officerEntry({
          kind: 'COMPANY',
          name: '未知类别',
          creditCode: code('91450103MA5L00004'),
          serviceCategories: [ELDERCARE, '养老服务'],
        }),
        officer,
      );
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('RULE_R24_CATEGORY');
      expect(res.body.violations).toEqual([
        expect.objectContaining({ field: 'serviceCategories.1', rule: 'R24' }),
      ]);
    });

    it('refuses a second entry of a credit code or of a person with 409, however the ID is typed (R24)', async () => {
      const company = await refused(
        officerEntry({
          kind: 'COMPANY',
          name: '同一家公司',
          creditCode: COMPANY_USCC.toLowerCase(),
        }),
        officer,
      );
      expect(company.status).toBe(409);
      expect(company.body.code).toBe('RULE_R24_DUPLICATE_DIRECTORY_ENTRY');
      expect(company.body.violations).toEqual([expect.objectContaining({ field: 'creditCode' })]);
      const person = await refused(
        officerEntry({ kind: 'INDIVIDUAL', name: '黄丽萍', residentId: PERSON_ID.toLowerCase() }),
        officer,
      );
      expect(person.status).toBe(409);
      expect(person.body.violations).toEqual([expect.objectContaining({ field: 'residentId' })]);
      expect(JSON.stringify(person.body)).not.toContain(PERSON_ID);
      // The registered organization's own code, entered by an officer, is its entry already.
      const own = await refused(
        officerEntry({
          kind: 'SOCIAL_ORGANIZATION',
          name: '新竹社区夕阳红志愿服务队',
          creditCode: ORG_A_USCC,
        }),
        officer,
      );
      expect(own.status).toBe(409);
    });

    it('lets no one else apply, and no one unsigned', async () => {
      const maker = await platform.login('maker');
      expect(
        (
          await apply(
            officerEntry({
              kind: 'COMPANY',
              name: '财务不可录入',
              creditCode: code('91450103MA5L00005'),
            }),
            maker,
          )
        ).status,
      ).toBe(403);
      expect(
        (
          await http(
            'POST',
            `${platform.api}/v1/procurement/directory`,
            officerEntry({ kind: 'COMPANY' }),
          )
        ).status,
      ).toBe(401);
    });
  });

  describe('decisions (R24), audited (R31)', () => {
    it('refuses an applicant deciding with 403, and changes nothing', async () => {
      const res = await decide(entries.orgA, { decision: 'LISTED' }, applicantA);
      expect(res.status).toBe(403);
      const entry = await http(
        'GET',
        `${platform.api}/v1/procurement/directory/${entries.orgA}`,
        undefined,
        {
          token: officer,
        },
      );
      expect(entry.body.status).toBe('PENDING');
    });

    it('lists a pending entry, stamping when', async () => {
      for (const id of [
        entries.orgA,
        entries.PUBLIC_INSTITUTION_CATEGORY_2,
        entries.INDIVIDUAL,
        entries.RURAL_COLLECTIVE,
      ]) {
        const res = await decide(id, { decision: 'LISTED' }, officer);
        expect(res.status).toBe(200);
        expect(res.body.status).toBe('LISTED');
        expect(Date.parse(res.body.listedAt)).not.toBeNaN();
      }
    });

    it('refuses an application only with a reason (422), then with it', async () => {
      const bare = await decide(entries.COMPANY, { decision: 'REFUSED' }, officer);
      expect(bare.status).toBe(422);
      expect(bare.body.code).toBe('RULE_R24_REASON_REQUIRED');
      expect(bare.body.violations).toEqual([expect.objectContaining({ field: 'reason' })]);
      const res = await decide(
        entries.COMPANY,
        { decision: 'REFUSED', reason: '近三年无社区服务经历' },
        officer,
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'REFUSED',
        statusReason: '近三年无社区服务经历',
        listedAt: null,
      });
    });

    it('moves nothing the state machine does not allow (409)', async () => {
      const again = await decide(entries.COMPANY, { decision: 'LISTED' }, officer);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('STATE_TRANSITION_REFUSED');
      const listedAgain = await decide(entries.orgA, { decision: 'LISTED' }, officer);
      expect(listedAgain.status).toBe(409);
      const unknown = await decide(randomUUID(), { decision: 'LISTED' }, officer);
      expect(unknown.status).toBe(404);
      const garbage = await decide(entries.orgA, { decision: 'PENDING' }, officer);
      expect(garbage.status).toBe(400);
    });

    it('removes a listed entry with its reason', async () => {
      const res = await decide(
        entries.RURAL_COLLECTIVE,
        { decision: 'REMOVED', reason: '被列入严重违法失信名单' },
        officer,
      );
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('REMOVED');
    });

    it('frees the place of a refused undertaker: it may apply again', async () => {
      const res = await apply(
        officerEntry({
          kind: 'COMPANY',
          name: '南宁市颐养居家养老服务有限公司',
          creditCode: COMPANY_USCC,
        }),
        officer,
      );
      expect(res.status).toBe(201);
      entries.companyAgain = res.body.id;
    });

    it('writes every application and decision to the audit trail, before and after', async () => {
      const { rows } = await db.query(
        `SELECT action, before->>'status' AS before, after->>'status' AS after
           FROM procurement.audit_entry WHERE entity_id = $1 ORDER BY seq`,
        [entries.COMPANY],
      );
      expect(rows).toEqual([
        { action: 'directory-entry.applied', before: null, after: 'PENDING' },
        { action: 'directory-entry.refused', before: 'PENDING', after: 'REFUSED' },
      ]);
    });
  });

  describe('reading the directory', () => {
    it('pages the officers’ list and filters it by kind, status and region served', async () => {
      const first = await list('pageSize=2&page=1', officer);
      const second = await list('pageSize=2&page=2', officer);
      const third = await list('pageSize=2&page=3', officer);
      expect(first.body).toMatchObject({ total: 6, page: 1, pageSize: 2 });
      const ids = [...first.body.items, ...second.body.items, ...third.body.items].map(
        (e: { id: string }) => e.id,
      );
      expect(new Set(ids).size).toBe(6);
      const companies = await list('kind=COMPANY', officer);
      expect(companies.body.items.map((e: { status: string }) => e.status).sort()).toEqual([
        'PENDING',
        'REFUSED',
      ]);
      const listed = await list('status=LISTED', officer);
      expect(listed.body.total).toBe(3);
      // 横县 (450127): the individual serves it, organization A serves all of 南宁市 (450100)
      // that holds it; the rest serve 青秀区 (450103) only.
      const hengxian = await list('regionCode=450127', officer);
      expect(hengxian.body.items.map((e: { id: string }) => e.id).sort()).toEqual(
        [entries.INDIVIDUAL, entries.orgA].sort(),
      );
      // 南宁市 (450100) holds both counties, and organization A serves the whole city.
      const nanning = await list('regionCode=450100', officer);
      expect(nanning.body.total).toBe(6);
      const correction = await list(`category=${encodeURIComponent(CORRECTION)}`, officer);
      expect(correction.body.total).toBe(0);
      expect((await list('status=ACTIVE', officer)).status).toBe(400);
    });

    it("shows an applicant its own organization's entries only", async () => {
      const own = await list('', applicantA);
      expect(own.status).toBe(200);
      expect(own.body.items.map((e: { id: string }) => e.id)).toEqual([entries.orgA]);
      const none = await list('', applicantB);
      expect(none.body).toMatchObject({ total: 0, items: [] });
      const mine = await http(
        'GET',
        `${platform.api}/v1/procurement/directory/${entries.orgA}`,
        undefined,
        {
          token: applicantA,
        },
      );
      expect(mine.status).toBe(200);
      expect(mine.body.status).toBe('LISTED');
    });

    it("answers another organization's entry as an unknown id (404, issue #15)", async () => {
      const get =
        (token: string) =>
        (id: string): Promise<RawAnswer> =>
          rawHttp('GET', `${platform.api}/v1/procurement/directory/${id}`, undefined, { token });
      for (const id of [entries.orgA, entries.INDIVIDUAL]) {
        const { seen, unknown } = await seenAndUnknown(id, get(applicantB));
        expect(seen).toEqual(unknown);
        expect(seen.status).toBe(404);
      }
    });

    it('publishes listed entries without login, without resident ID or contact (R24, R30)', async () => {
      const res = await http('GET', `${platform.api}/v1/public/procurement/directory`);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(3);
      expect(res.body.items.map((e: { id: string }) => e.id).sort()).toEqual(
        [entries.orgA, entries.PUBLIC_INSTITUTION_CATEGORY_2, entries.INDIVIDUAL].sort(),
      );
      for (const item of res.body.items) {
        expect(Object.keys(item).sort()).toEqual([
          'creditCode',
          'id',
          'kind',
          'listedAt',
          'name',
          'performance',
          'serviceAreas',
          'serviceCategories',
        ]);
      }
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(PERSON_ID);
      expect(text).not.toContain('****');
      const individuals = await http(
        'GET',
        `${platform.api}/v1/public/procurement/directory?kind=INDIVIDUAL&regionCode=450000`,
      );
      expect(individuals.body.items).toEqual([
        expect.objectContaining({
          id: entries.INDIVIDUAL,
          creditCode: null,
          serviceAreas: ['450127'],
        }),
      ]);
      expect(
        (await http('GET', `${platform.api}/v1/public/procurement/directory?status=PENDING`))
          .status,
      ).toBe(400);
      expect((await http('GET', `${platform.api}/v1/procurement/directory`)).status).toBe(401);
    });
  });
});
