import { SAMPLE_FORM } from '@civic/domain/forms';
import { usccCheckCharacter } from '@civic/domain/identifiers';
import {
  bindUser,
  http,
  organizationBody,
  type PoolExpert,
  type ProcurementCall,
  purchaseChain,
  startPlatform,
  waitFor,
  XINZHU_LOCATION,
} from '@civic/testing';
import { Client } from 'pg';

jest.setTimeout(240_000);

const code = (first17: string) => first17 + usccCheckCharacter(first17);
const YEAR = 2026;
const CRITERIA = [
  { key: 'plan', name: 'service plan', nameZh: '服务方案', weight: 80, max: 100 },
  { key: 'price', name: 'price', nameZh: '价格', weight: 20, max: 100, kind: 'PRICE' },
];
const CONTACT = { contactName: '李红', contactPhone: '13800771234' };
/** A plan nobody else writes, to find it (or not) in a page. */
const SECRET_PLAN = '每周两次上门探访，附带独居老人名册（仅供评审）';
const ANSWERS = {
  volunteers: 12,
  plan: SECRET_PLAN,
  selfFunds: 500_000,
  startsOn: '2027-03-01',
  venue: 'village',
  partners: [{ name: '青秀区某物业公司', amount: 100_000 }],
  partyLed: true,
};
const PROPOSAL = '组建 6 人社工团队，每月两次入户探访，建立一人一档';

/**
 * Forms without code (issue #17) on a purchase project (R25): the buyer adds questions to the
 * bid, each change a new version of the form's JSON Schema, while the project is a draft or
 * announced and until its first bid. A bid is submitted in one step, an officer's paper bid too,
 * so its answers are checked in full at once, with the same 400 as the fixed fields, naming the
 * field; a refused request stores nothing. The answers reach the bidder, the buyer and the panel,
 * never a public page.
 */
describe('a purchase project with added questions (issue #17, R25)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let chain: ReturnType<typeof purchaseChain>;
  let admin: string;
  let officer: string;
  let applicant: string;
  let itemId: string;
  const entries: Record<string, string> = {};
  let experts: PoolExpert[];
  let projectId: string;
  let ownBidId: string;

  const api: ProcurementCall = (method, path, body, token) => chain.call(method, path, body, token);
  const projects = '/v1/procurement/projects';
  const projectBody = (over: Record<string, unknown> = {}) => ({
    catalogueItemId: itemId,
    regionCode: '450103',
    fiscalYear: YEAR,
    title: '2026 年青秀区居家养老上门探访服务（附加问题）',
    description: '为辖区 300 名独居老人提供每月两次上门探访',
    budgetFen: 30_000_000,
    method: 'COMPETITIVE_CONSULTATION',
    contractMonths: 12,
    criteria: CRITERIA,
    ...over,
  });
  const bidBody = (over: Record<string, unknown> = {}) => ({
    priceFen: 28_000_000,
    proposal: PROPOSAL,
    ...over,
  });
  const count = async (table: string) =>
    (await db.query(`SELECT count(*)::int AS n FROM procurement.${table}`)).rows[0].n as number;
  const setForm = (id: string, body: unknown, token = officer) =>
    api('PUT', `${projects}/${id}/form`, body, token);

  beforeAll(async () => {
    platform = await startPlatform({ withFinance: true, withProcurement: true });
    admin = await platform.login('admin');
    officer = await platform.login('officer');
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    chain = purchaseChain({ api: platform.api, db, officer });
    const org = await api(
      'POST',
      '/v1/organizations',
      organizationBody({
        name: '新竹社区夕阳红志愿服务队',
        uscc: code('52450103MJ0000301'),
        location: XINZHU_LOCATION,
        registeredFundsFen: 300_000,
      }),
      admin,
    );
    expect(org.body).toMatchObject({ id: expect.any(String) });
    await bindUser(platform.as(admin), 'applicant', org.body.id);
    applicant = await platform.login('applicant');
    const maker = await platform.login('maker');
    expect(
      (
        await api(
          'POST',
          '/v1/finance/budgets',
          { fund: 'GOVERNMENT_PURCHASE', fiscalYear: YEAR, amountFen: 200_000_000 },
          maker,
        )
      ).status,
    ).toBe(201);
    itemId = await chain.catalogueItem({
      regionCode: '450000',
      fiscalYear: YEAR,
      categories: ['基本公共服务', '养老服务'],
      name: '居家养老上门探访',
      description: '为独居、空巢老人提供上门探访',
      unit: '人次',
      stable: true,
    });
    await waitFor(
      'the organization and the budget at procurement',
      async () =>
        (
          await db.query(
            `SELECT (SELECT count(*) FROM procurement.organization_snapshot)::int AS orgs,
                    (SELECT count(*) FROM procurement.purchase_budget)::int AS budgets`,
          )
        ).rows[0],
      (row) => row.orgs === 1 && row.budgets === 1,
    );
    const entry = (over: Record<string, unknown>) => ({
      serviceCategories: ['基本公共服务'],
      ...CONTACT,
      ...over,
    });
    entries.org = await chain.listed(
      entry({ kind: 'SOCIAL_ORGANIZATION', serviceAreas: ['450103'] }),
      applicant,
    );
    for (const [key, name, uscc] of [
      ['a', '广西康宁养老服务有限公司', code('91450103MA5L00031')],
      ['b', '南宁邻里社工服务有限公司', code('91450103MA5L00032')],
    ] as const) {
      entries[key] = await chain.listed(
        entry({ kind: 'COMPANY', name, creditCode: uscc, serviceAreas: ['450100'] }),
        officer,
      );
    }
    experts = await chain.experts(
      admin,
      (username, password) => platform.login(username, password),
      [0, 1, 2].map((i) => ({ username: `forms-expert-${i}`, name: `附加问题评审专家 ${i}` })),
    );
    const drafted = await api('POST', projects, projectBody(), officer);
    expect(drafted.status).toBe(201);
    expect(drafted.body.form).toBeUndefined();
    projectId = drafted.body.id;
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  it('refuses a form that is not one, naming the question and the field, and an undertaker', async () => {
    const bad = await setForm(projectId, {
      questions: [{ ...SAMPLE_FORM.questions[4], options: [] }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.violations).toEqual([
      expect.objectContaining({ field: 'questions[0].options', rule: 'FORM' }),
    ]);
    const noKind = await setForm(projectId, {
      questions: [{ ...SAMPLE_FORM.questions[0], kind: 'ESSAY' }],
    });
    expect(noKind.status).toBe(400);
    expect(noKind.body.violations[0].field).toBe('questions.0.kind');
    // The bidding documents are the buyer's: an undertaker may not write them.
    const undertaker = await setForm(projectId, SAMPLE_FORM, applicant);
    expect(undertaker.status).toBe(403);
    const stored = await db.query('SELECT form, form_version FROM procurement.purchase_project');
    expect(stored.rows).toEqual([{ form: null, form_version: 0 }]);
  });

  it('a project drafted with questions has its form at version 1; a bad one drafts nothing', async () => {
    const bad = await api(
      'POST',
      projects,
      projectBody({ questions: [SAMPLE_FORM.questions[0], SAMPLE_FORM.questions[0]] }),
      officer,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.violations).toEqual([
      expect.objectContaining({ field: 'questions[1].key', rule: 'FORM' }),
    ]);
    expect(await count('purchase_project')).toBe(1);
    const drafted = await api(
      'POST',
      projects,
      projectBody({ title: '带附加问题起草的项目', questions: SAMPLE_FORM.questions }),
      officer,
    );
    expect(drafted.status).toBe(201);
    expect(drafted.body.form).toMatchObject({
      version: 1,
      schema: { $id: `urn:civic:form:purchase-project:${drafted.body.id}:v1` },
    });
    // A project past bidding takes no answers, so its form no longer changes either.
    expect((await api('POST', `${projects}/${drafted.body.id}/cancel`, {}, officer)).status).toBe(
      200,
    );
    const cancelled = await setForm(drafted.body.id, { questions: [] });
    expect(cancelled.status).toBe(409);
    expect(cancelled.body.code).toBe('FORM_FROZEN');
  });

  it('stores each change as a new version of a JSON Schema, audited, draft or announced', async () => {
    const first = await setForm(projectId, { questions: SAMPLE_FORM.questions.slice(0, 2) });
    expect(first.status).toBe(200);
    expect(first.body.form.version).toBe(1);
    const announced = await api(
      'POST',
      `${projects}/${projectId}/announce`,
      { bidDeadline: new Date(Date.now() + 86_400_000).toISOString() },
      officer,
    );
    expect(announced.status).toBe(200);
    // Announced without a bid yet: nobody has answered, so the buyer may still change it.
    const second = await setForm(projectId, SAMPLE_FORM);
    expect(second.status).toBe(200);
    expect(second.body.form.version).toBe(2);
    expect(second.body.form.schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `urn:civic:form:purchase-project:${projectId}:v2`,
      required: ['volunteers', 'plan', 'venue'],
      'x-order': SAMPLE_FORM.questions.map((q) => q.key),
    });
    // The announcement shows the questions, so undertakers can answer them.
    const board = await http('GET', `${platform.api}/v1/public/procurement/announcements`);
    const shown = board.body.items.find((p: { id: string }) => p.id === projectId);
    expect(shown.form).toEqual(second.body.form);
    const audit = await db.query(
      "SELECT before, after FROM procurement.audit_entry WHERE action = 'purchase-project.form-set' AND entity_id = $1 ORDER BY seq",
      [projectId],
    );
    expect(audit.rows).toHaveLength(2);
    expect(audit.rows[1].before.formVersion).toBe(1);
    expect(audit.rows[1].after.formVersion).toBe(2);
  });

  it('refuses answers that do not fit, naming the field, and stores nothing', async () => {
    const bids = `${projects}/${projectId}/bids`;
    const wrong = await api(
      'POST',
      bids,
      bidBody({ answers: { ...ANSWERS, selfFunds: 10.5, venue: 'moon' } }),
      applicant,
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.violations).toEqual([
      expect.objectContaining({ field: 'answers.selfFunds', rule: 'type' }),
      expect.objectContaining({ field: 'answers.venue', rule: 'enum' }),
    ]);
    const unknown = await api(
      'POST',
      bids,
      bidBody({ answers: { ...ANSWERS, bonus: 1 } }),
      applicant,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.violations[0]).toMatchObject({
      field: 'answers.bonus',
      rule: 'additionalProperties',
    });
    // No drafts: a bid is submitted at once, so every required question is answered.
    const open = await api(
      'POST',
      bids,
      bidBody({ answers: { volunteers: 12, plan: '  ' } }),
      applicant,
    );
    expect(open.status).toBe(400);
    expect(open.body.violations.map((v: { field: string }) => v.field)).toEqual([
      'answers.plan',
      'answers.venue',
    ]);
    // An officer's paper bid carries the answers written on paper, checked the same way.
    const paper = await api('POST', bids, bidBody({ entryId: entries.a }), officer);
    expect(paper.status).toBe(400);
    expect(paper.body.violations.map((v: { field: string }) => v.field)).toEqual([
      'answers.volunteers',
      'answers.plan',
      'answers.venue',
    ]);
    expect(await count('bid')).toBe(0);
  });

  it('takes bids that answer them, the paper ones too, then freezes the form', async () => {
    const bids = `${projects}/${projectId}/bids`;
    const own = await api('POST', bids, bidBody({ answers: ANSWERS }), applicant);
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ answers: ANSWERS, formVersion: 2 });
    ownBidId = own.body.id;
    for (const [key, price] of [
      ['a', 24_000_000],
      ['b', 27_000_000],
    ] as const) {
      const paper = await api(
        'POST',
        bids,
        bidBody({
          priceFen: price,
          entryId: entries[key],
          answers: {
            volunteers: 3,
            plan: '纸质响应文件的服务计划',
            venue: 'community',
            partners: [],
          },
        }),
        officer,
      );
      expect(paper.status).toBe(201);
      // Empty answers are dropped: an empty table is no answer.
      expect(paper.body.answers).toEqual({
        volunteers: 3,
        plan: '纸质响应文件的服务计划',
        venue: 'community',
      });
    }
    const change = await setForm(projectId, { questions: [] });
    expect(change.status).toBe(409);
    expect(change.body.code).toBe('FORM_FROZEN');
    const stored = await db.query(
      'SELECT form_version FROM procurement.purchase_project WHERE id = $1',
      [projectId],
    );
    expect(stored.rows[0].form_version).toBe(2);
    const mine = await api('GET', '/v1/procurement/bids/mine', undefined, applicant);
    expect(mine.body.items).toEqual([expect.objectContaining({ id: ownBidId, answers: ANSWERS })]);
  });

  it('shows the answers to the buyer and the panel, never on a public page', async () => {
    await chain.bidDeadlinePasses(projectId);
    const panel = await chain.closeAndDraw(projectId);
    const opened = await api('GET', `${projects}/${projectId}/bids`, undefined, officer);
    expect(opened.status).toBe(200);
    expect(opened.body.items.find((b: { id: string }) => b.id === ownBidId).answers).toEqual(
      ANSWERS,
    );
    const member = experts.find((e) => e.expertId === panel.members[0].expertId)!;
    const tasks = await api('GET', '/v1/procurement/panel/tasks', undefined, member.token);
    expect(tasks.status).toBe(200);
    const task = tasks.body.items.find((t: { bidId: string }) => t.bidId === ownBidId);
    expect(task.answers).toEqual(ANSWERS);
    expect(task.form).toMatchObject({ version: 2, schema: { 'x-order': expect.any(Array) } });
    await chain.scoreAll(projectId, panel, experts, () => ({ plan: 80 }));
    expect((await chain.award(projectId)).status).toBe('AWARDED');
    for (const page of ['announcements', 'results', 'contracts']) {
      const res = await http('GET', `${platform.api}/v1/public/procurement/${page}`);
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toContain(SECRET_PLAN);
      expect(JSON.stringify(res.body)).not.toContain('纸质响应文件的服务计划');
    }
  });
});
