import {
  bindUser,
  callBody,
  http,
  organizationBody,
  proposalBody,
  startPlatform,
  waitFor,
} from '@civic/testing';
import { SAMPLE_FORM } from '@civic/domain/forms';
import { Client } from 'pg';

jest.setTimeout(180_000);

const ANSWERS = {
  volunteers: 12,
  plan: '每周两次上门探访',
  selfFunds: 500_000,
  startsOn: '2027-03-01',
  venue: 'village',
  partners: [{ name: '青秀区某物业公司', amount: 100_000 }],
  partyLed: true,
};

/**
 * Forms without code (issue #17) on a venture call (R17): an officer adds questions to the fixed
 * fields, each change a new version of the form's JSON Schema, until the first proposal freezes
 * it. Answers are checked on the server with the same 400 as the fixed fields, naming the field,
 * and a refused request stores nothing.
 */
describe('a venture call with added questions (issue #17, R17)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let officer: string;
  let applicant: string;
  let callId: string;
  let proposalId: string;
  const api = (method: string, path: string, body: unknown, token: string) =>
    http(method, `${platform.api}/v1/venture${path}`, body, { token, language: 'zh-CN' });
  const proposalRows = async () =>
    Number((await db.query('SELECT count(*) FROM venture.proposal')).rows[0].count);

  beforeAll(async () => {
    platform = await startPlatform({ withVenture: true });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    const admin = await platform.login('admin');
    const org = await http('POST', `${platform.api}/v1/organizations`, organizationBody(), {
      token: admin,
    });
    expect(org.status).toBe(201);
    await bindUser(platform.as(admin), 'applicant', org.body.id);
    officer = await platform.login('officer');
    applicant = await platform.login('applicant');
    const call = await api('POST', '/calls', callBody({}, 600_000), officer);
    expect(call.status).toBe(201);
    expect(call.body.form).toBeUndefined();
    callId = call.body.id;
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  it('refuses a form that is not one, naming the question and the field', async () => {
    const bad = await api(
      'PUT',
      `/calls/${callId}/form`,
      { questions: [{ ...SAMPLE_FORM.questions[4], options: [] }] },
      officer,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.violations).toEqual([
      expect.objectContaining({ field: 'questions[0].options', rule: 'FORM' }),
    ]);
    const noKind = await api(
      'PUT',
      `/calls/${callId}/form`,
      { questions: [{ ...SAMPLE_FORM.questions[0], kind: 'ESSAY' }] },
      officer,
    );
    expect(noKind.status).toBe(400);
    expect(noKind.body.violations[0].field).toBe('questions.0.kind');
    const stored = await db.query('SELECT form, form_version FROM venture.venture_call');
    expect(stored.rows).toEqual([{ form: null, form_version: 0 }]);
  });

  it('stores each change as a new version of a JSON Schema, audited', async () => {
    const first = await api(
      'PUT',
      `/calls/${callId}/form`,
      { questions: SAMPLE_FORM.questions.slice(0, 2) },
      officer,
    );
    expect(first.status).toBe(200);
    expect(first.body.form.version).toBe(1);
    const second = await api('PUT', `/calls/${callId}/form`, SAMPLE_FORM, officer);
    expect(second.status).toBe(200);
    expect(second.body.form.version).toBe(2);
    expect(second.body.form.schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `urn:civic:form:venture-call:${callId}:v2`,
      required: ['volunteers', 'plan', 'venue'],
      'x-order': SAMPLE_FORM.questions.map((q) => q.key),
    });
    const audit = await db.query(
      "SELECT count(*) FROM venture.audit_entry WHERE action = 'venture-call.form-set'",
    );
    expect(Number(audit.rows[0].count)).toBe(2);
  });

  it('refuses answers that do not fit, naming the field, and stores nothing', async () => {
    const wrong = await waitFor(
      'the organization at venture',
      () =>
        api(
          'POST',
          '/proposals',
          proposalBody(callId, { answers: { ...ANSWERS, selfFunds: 10.5, venue: 'moon' } }),
          applicant,
        ),
      (res) => res.status !== 409,
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.violations).toEqual([
      expect.objectContaining({ field: 'answers.selfFunds', rule: 'type' }),
      expect.objectContaining({
        field: 'answers.venue',
        rule: 'enum',
        message: '“活动场地”须为所列选项之一',
      }),
    ]);
    const unknown = await api(
      'POST',
      '/proposals',
      proposalBody(callId, { answers: { bonus: 1 } }),
      applicant,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.violations[0]).toMatchObject({
      field: 'answers.bonus',
      rule: 'additionalProperties',
    });
    expect(await proposalRows()).toBe(0);
  });

  it('keeps a draft that leaves questions open, then freezes the form', async () => {
    const draft = await api(
      'POST',
      '/proposals',
      proposalBody(callId, { answers: { volunteers: 12, plan: '  ' } }),
      applicant,
    );
    expect(draft.status).toBe(201);
    expect(draft.body.answers).toEqual({ volunteers: 12 });
    expect(draft.body.formVersion).toBe(2);
    proposalId = draft.body.id;
    const change = await api('PUT', `/calls/${callId}/form`, { questions: [] }, officer);
    expect(change.status).toBe(409);
    expect(change.body.code).toBe('FORM_FROZEN');
    const stored = await db.query('SELECT form_version FROM venture.venture_call');
    expect(stored.rows[0].form_version).toBe(2);
  });

  it('submits only once every required question is answered', async () => {
    const early = await api('POST', `/proposals/${proposalId}/submit`, {}, applicant);
    expect(early.status).toBe(400);
    expect(early.body.violations.map((v: { field: string }) => v.field)).toEqual([
      'answers.plan',
      'answers.venue',
    ]);
    expect(early.body.violations[0].message).toBe('请回答“服务计划”');
    const { callId: _callId, ...content } = proposalBody(callId, { answers: ANSWERS });
    const answered = await api('PUT', `/proposals/${proposalId}`, content, applicant);
    expect(answered.status).toBe(200);
    const submitted = await api('POST', `/proposals/${proposalId}/submit`, {}, applicant);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('SUBMITTED');
    const read = await api('GET', `/proposals/${proposalId}`, undefined, officer);
    expect(read.body.answers).toEqual(ANSWERS);
  });
});
