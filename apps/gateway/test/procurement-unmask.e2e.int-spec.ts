import { usccCheckCharacter } from '@civic/domain/identifiers';
import {
  bindUser,
  http,
  organizationBody,
  type PoolExpert,
  purchaseChain,
  startPlatform,
  waitFor,
} from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { auditOf, MAY_NOT_UNMASK, MAY_UNMASK, unmaskAs, userIdOf } from './unmask-kit';

jest.setTimeout(240_000);

const PHONE = '13900779012';
const COMPANY_PHONE = '13900773456';
const ACCOUNT = '6222020102003459012';
const BANK = '广西北部湾银行南宁分行';
const ORG_NAME = '新竹社区夕阳红志愿服务队';
const ENTRY = {
  serviceAreas: ['450103'],
  serviceCategories: ['基本公共服务'],
  contactName: '李红',
};
const CRITERIA = [
  { key: 'plan', name: 'service plan', nameZh: '服务方案', weight: 80, max: 100 },
  { key: 'price', name: 'price', nameZh: '价格', weight: 20, max: 100, kind: 'PRICE' },
];

/**
 * Government purchase keeps two numbers sealed and shows them masked (R30): a directory entry's
 * contact phone (R24) and a contract's payee account (R25). Officers and the finance staff who pay
 * the instalments (R28) may see them in full, each showing written to procurement's audit chain
 * (R31) with the masked form only. The expert pool names users the gateway holds (R18).
 *
 * The chain to a signed contract goes through the API (purchaseChain); only time passing (the bid
 * deadline, the objection window) is written with SQL.
 */
describe('procurement: unmasking a directory entry’s phone and a contract’s account number (R30, R31)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let entryId: string;
  let companyEntryId: string;
  let contractId: string;
  const tokens: Record<string, string> = {};
  const audit = () => auditOf(db, 'procurement');
  const phoneOf = (user: string, id = entryId) =>
    unmaskAs(platform.api, tokens[user], `/v1/procurement/directory/${id}/contact/unmask`);
  const accountOf = (user: string, id = contractId) =>
    unmaskAs(platform.api, tokens[user], `/v1/procurement/contracts/${id}/account/unmask`);

  beforeAll(async () => {
    platform = await startPlatform({ withProcurement: true });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    tokens.admin = await platform.login('admin');
    const org = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ name: ORG_NAME }),
      { token: tokens.admin },
    );
    expect(org.status).toBe(201);
    await bindUser(platform.as(tokens.admin), 'applicant', org.body.id);
    for (const [user] of MAY_UNMASK) tokens[user] = await platform.login(user);
    for (const user of MAY_NOT_UNMASK) tokens[user] ??= await platform.login(user);
    contractId = await signedContract();
  });

  /** The organization's entry and a company's, listed; a purchase the organization wins, signed. */
  async function signedContract(): Promise<string> {
    const chain = purchaseChain({ api: platform.api, db, officer: tokens.officer });
    const budget = await chain.call(
      'POST',
      '/v1/finance/budgets',
      { fund: 'GOVERNMENT_PURCHASE', fiscalYear: 2026, amountFen: 1_000_000_000 },
      tokens.maker,
    );
    expect(budget.status).toBe(201);
    await waitFor(
      'the purchase budget at procurement',
      async () => (await db.query(`SELECT 1 FROM procurement.purchase_budget`)).rows.length,
      (n) => n === 1,
    );
    const item = await chain.catalogueItem({
      regionCode: '450000',
      fiscalYear: 2026,
      categories: ['基本公共服务', '养老服务'],
      name: '居家养老上门探访（号码）',
      description: '居家养老上门探访',
      unit: '人次',
    });
    const company = `91450103MA5L0${String(Date.now() % 10_000).padStart(4, '0')}`;
    entryId = await chain.listed(
      { kind: 'SOCIAL_ORGANIZATION', ...ENTRY, contactPhone: '139 0077 9012' },
      tokens.applicant,
    );
    companyEntryId = await chain.listed(
      {
        kind: 'COMPANY',
        name: '南宁市颐养居家养老服务有限公司',
        creditCode: company + usccCheckCharacter(company),
        ...ENTRY,
        contactPhone: COMPANY_PHONE,
      },
      tokens.officer,
    );
    const pool: PoolExpert[] = await chain.experts(
      tokens.admin,
      (username, password) => platform.login(username, password),
      [1, 2, 3].map((i) => ({ username: `unmask-expert-${i}`, name: `采购评审专家 ${i}` })),
    );
    const projectId = await chain.announced({
      catalogueItemId: item,
      regionCode: '450103',
      fiscalYear: 2026,
      title: '青秀区居家养老上门探访服务（号码）',
      description: '为辖区独居老人提供每月两次上门探访',
      budgetFen: 10_000,
      method: 'COMPETITIVE_CONSULTATION',
      contractMonths: 12,
      budgetSecured: false,
      criteria: CRITERIA,
    });
    await chain.bid(projectId, { priceFen: 8_000, token: tokens.applicant });
    await chain.bid(projectId, { priceFen: 9_000, token: tokens.officer, entryId: companyEntryId });
    await chain.bidDeadlinePasses(projectId);
    const panel = await chain.closeAndDraw(projectId);
    await chain.scoreAll(projectId, panel, pool, () => ({ plan: 80 }));
    await chain.award(projectId);
    await chain.objectionWindowPasses(projectId);
    const signed = await chain.call(
      'POST',
      `/v1/procurement/projects/${projectId}/contract`,
      {
        startDate: '2026-07-01',
        months: 12,
        instalments: [
          { key: 'SIGNING', trigger: 'SIGNING', percent: 40 },
          { key: 'MONITORING', trigger: 'MONITORING', percent: 30 },
          { key: 'FINAL', trigger: 'FINAL_EVALUATION', percent: 30 },
        ],
        indicators: [
          { name: '服务数量', target: '每月上门探访不少于 2 次', weight: 60 },
          { name: '满意度', target: '服务对象满意度不低于 90%', weight: 40 },
        ],
        bankAccount: {
          accountName: ORG_NAME,
          accountNumber: ACCOUNT,
          bankName: BANK,
          bankCode: '313',
        },
      },
      tokens.officer,
    );
    expect([signed.status, signed.body.message]).toEqual([201, undefined]);
    return signed.body.id as string;
  }

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  it.each(MAY_UNMASK)(
    "shows the %s a directory entry's phone in full, audited with the masked form only",
    async (user, role) => {
      const before = await audit().unmaskings();
      const res = await phoneOf(user);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ contactPhone: PHONE, auditSeq: expect.stringMatching(/^\d+$/) });
      expect(await audit().unmaskings()).toBe(before + 1);
      const entry = await audit().entry(res.body.auditSeq);
      expect(entry).toMatchObject({
        actor_id: userIdOf(tokens[user]),
        actor_roles: [role],
        action: 'personal-data.unmasked',
        entity_type: 'directory-entry',
        entity_id: entryId,
        after: { fields: ['contactPhone'], masked: { contactPhone: '139****9012' } },
      });
      expect(entry.text).not.toContain(PHONE);
      expect(entry.text).not.toContain('0077');
    },
  );

  it("shows an officer the phone of an undertaker of another kind (no organization's) too", async () => {
    const res = await phoneOf('officer', companyEntryId);
    expect(res.status).toBe(200);
    expect(res.body.contactPhone).toBe(COMPANY_PHONE);
  });

  it.each(MAY_UNMASK)(
    "shows the %s a contract's payee account in full, audited with the masked form only",
    async (user, role) => {
      const before = await audit().unmaskings();
      const res = await accountOf(user);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        accountNumber: ACCOUNT,
        accountName: ORG_NAME,
        bankName: BANK,
        auditSeq: expect.stringMatching(/^\d+$/),
      });
      expect(await audit().unmaskings()).toBe(before + 1);
      const entry = await audit().entry(res.body.auditSeq);
      expect(entry).toMatchObject({
        actor_id: userIdOf(tokens[user]),
        actor_roles: [role],
        entity_type: 'contract',
        entity_id: contractId,
        after: {
          fields: ['bankAccount.accountNumber'],
          masked: { 'bankAccount.accountNumber': expect.stringMatching(/^\*+9012$/) },
        },
      });
      expect(entry.text).not.toContain(ACCOUNT);
      expect(entry.text).not.toContain('3459012');
    },
  );

  it.each(MAY_NOT_UNMASK)(
    'refuses the %s both unmaskings with 403 for its own record and any other alike, and records nothing (R30)',
    async (user) => {
      const before = await audit().unmaskings();
      const answers = [
        await phoneOf(user),
        await phoneOf(user, companyEntryId),
        await accountOf(user),
        await accountOf(user, randomUUID()),
      ];
      expect(answers.map((a) => a.status)).toEqual([403, 403, 403, 403]);
      expect(answers[0].body).toEqual(answers[1].body);
      expect(answers[2].body).toEqual(answers[3].body);
      expect(JSON.stringify(answers)).not.toContain(PHONE);
      expect(await audit().unmaskings()).toBe(before);
    },
  );

  it('answers an unknown entry or contract with 404 and records nothing', async () => {
    const before = await audit().unmaskings();
    expect((await phoneOf('officer', randomUUID())).status).toBe(404);
    expect((await accountOf('maker', randomUUID())).status).toBe(404);
    expect(await audit().unmaskings()).toBe(before);
  });

  it('shows the phone and the account masked in the views after an unmasking', async () => {
    expect((await phoneOf('officer')).status).toBe(200);
    expect((await accountOf('officer')).status).toBe(200);
    const officer = platform.as(tokens.officer);
    const entry = await officer('GET', `/v1/procurement/directory/${entryId}`);
    const contract = await officer('GET', `/v1/procurement/contracts/${contractId}`);
    expect(entry.body.contactPhone).toBe('139****9012');
    expect(contract.body.bankAccount.accountNumber).toMatch(/^\*+9012$/);
    for (const body of [entry.body, contract.body]) {
      expect(JSON.stringify(body)).not.toContain(PHONE);
      expect(JSON.stringify(body)).not.toContain(ACCOUNT);
    }
  });

  it('refuses an expert whose userId names no user with 422 naming userId, and adds nobody (R18)', async () => {
    const officer = platform.as(tokens.officer);
    const pool = async () => (await officer('GET', '/v1/procurement/experts')).body.total;
    const before = await pool();
    const refused = await officer('POST', '/v1/procurement/experts', {
      userId: randomUUID(),
      name: '采购评审专家 4',
      fields: ['eldercare'],
      relations: [],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.violations).toEqual([
      expect.objectContaining({ field: 'userId', rule: 'userExists' }),
    ]);
    expect(await pool()).toBe(before);
  });
});
