import {
  baseBody,
  cohortBody,
  foundingGroupBody,
  http,
  organizationBody,
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
 * Forms without code (issue #17) on an incubation cohort (R16): base staff add questions to the
 * fixed application fields, each change a new version of the form's JSON Schema, until the first
 * application freezes it. An application is submitted in one step (no drafts), so its answers are
 * checked in full at once, with the same 400 as the fixed fields, naming the field; a refused
 * request stores nothing.
 */
describe('an incubation cohort with added questions (issue #17, R16)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let officer: string;
  let staff: string;
  let applicant: string;
  let baseId: string;
  let cohortId: string;
  let admissionId: string;
  const api = (method: string, path: string, body: unknown, token: string) =>
    http(method, `${platform.api}/v1/incubation${path}`, body, { token, language: 'zh-CN' });
  const admissionRows = async () =>
    Number((await db.query('SELECT count(*) FROM incubation.admission_application')).rows[0].count);

  beforeAll(async () => {
    platform = await startPlatform({ withIncubation: true });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    const admin = await platform.login('admin');
    officer = await platform.login('officer');
    const base = await api('POST', '/bases', baseBody(), officer);
    expect(base.status).toBe(201);
    baseId = base.body.id;
    const org = await http('POST', `${platform.api}/v1/organizations`, organizationBody(), {
      token: admin,
    });
    expect(org.status).toBe(201);
    const users = await http('GET', `${platform.api}/v1/users?pageSize=100`, undefined, {
      token: admin,
    });
    const idOf = (username: string) =>
      users.body.items.find((u: { username: string }) => u.username === username).id as string;
    const bind = async (username: string, binding: object) =>
      expect(
        (
          await http('PATCH', `${platform.api}/v1/users/${idOf(username)}`, binding, {
            token: admin,
          })
        ).status,
      ).toBe(200);
    await bind('incubator', { baseId });
    await bind('applicant', { organizationId: org.body.id });
    staff = await platform.login('incubator');
    applicant = await platform.login('applicant');
    const cohort = await api('POST', '/cohorts', cohortBody(baseId), staff);
    expect(cohort.status).toBe(201);
    expect(cohort.body.form).toBeUndefined();
    cohortId = cohort.body.id;
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  it('rule R16: refuses a form that is not one, naming the question and the field', async () => {
    const bad = await api(
      'PUT',
      `/cohorts/${cohortId}/form`,
      { questions: [{ ...SAMPLE_FORM.questions[4], options: [] }] },
      staff,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.violations).toEqual([
      expect.objectContaining({ field: 'questions[0].options', rule: 'FORM' }),
    ]);
    const noKind = await api(
      'PUT',
      `/cohorts/${cohortId}/form`,
      { questions: [{ ...SAMPLE_FORM.questions[0], kind: 'ESSAY' }] },
      staff,
    );
    expect(noKind.status).toBe(400);
    expect(noKind.body.violations[0].field).toBe('questions.0.kind');
    // Programme officers oversee cohorts; base staff (and administrators) run them.
    const oversight = await api('PUT', `/cohorts/${cohortId}/form`, SAMPLE_FORM, officer);
    expect(oversight.status).toBe(403);
    const stored = await db.query('SELECT form, form_version FROM incubation.cohort');
    expect(stored.rows).toEqual([{ form: null, form_version: 0 }]);
  });

  it('rule R16: a cohort opened with questions has its form at version 1; a bad one opens nothing', async () => {
    const bad = await api(
      'POST',
      '/cohorts',
      cohortBody(baseId, {
        name: '带附加问题的批次',
        questions: [SAMPLE_FORM.questions[0], SAMPLE_FORM.questions[0]],
      }),
      staff,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.violations).toEqual([
      expect.objectContaining({ field: 'questions[1].key', rule: 'FORM' }),
    ]);
    expect(Number((await db.query('SELECT count(*) FROM incubation.cohort')).rows[0].count)).toBe(
      1,
    );
    const opened = await api(
      'POST',
      '/cohorts',
      cohortBody(baseId, { name: '带附加问题的批次', questions: SAMPLE_FORM.questions }),
      staff,
    );
    expect(opened.status).toBe(201);
    expect(opened.body.form).toMatchObject({
      version: 1,
      schema: { $id: `urn:civic:form:incubation-cohort:${opened.body.id}:v1` },
    });
  });

  it('rule R16: stores each change as a new version of a JSON Schema, audited', async () => {
    const first = await api(
      'PUT',
      `/cohorts/${cohortId}/form`,
      { questions: SAMPLE_FORM.questions.slice(0, 2) },
      staff,
    );
    expect(first.status).toBe(200);
    expect(first.body.form.version).toBe(1);
    const second = await api('PUT', `/cohorts/${cohortId}/form`, SAMPLE_FORM, staff);
    expect(second.status).toBe(200);
    expect(second.body.form.version).toBe(2);
    expect(second.body.form.schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `urn:civic:form:incubation-cohort:${cohortId}:v2`,
      required: ['volunteers', 'plan', 'venue'],
      'x-order': SAMPLE_FORM.questions.map((q) => q.key),
    });
    const read = await api('GET', `/cohorts/${cohortId}`, undefined, applicant);
    expect(read.body.form).toEqual(second.body.form);
    const audit = await db.query(
      "SELECT before, after FROM incubation.audit_entry WHERE action = 'cohort.form-set' AND entity_id = $1 ORDER BY seq",
      [cohortId],
    );
    expect(audit.rows).toHaveLength(2);
    expect(audit.rows[1].before.formVersion).toBe(1);
    expect(audit.rows[1].after.formVersion).toBe(2);
  });

  it('rule R16: refuses answers that do not fit, naming the field, and stores nothing', async () => {
    const wrong = await api(
      'POST',
      '/admissions',
      foundingGroupBody(cohortId, { answers: { ...ANSWERS, selfFunds: 10.5, venue: 'moon' } }),
      staff,
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
      '/admissions',
      foundingGroupBody(cohortId, { answers: { ...ANSWERS, bonus: 1 } }),
      staff,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.violations[0]).toMatchObject({
      field: 'answers.bonus',
      rule: 'additionalProperties',
    });
    // No drafts: an application is submitted at once, so every required question is answered.
    const open = await api(
      'POST',
      '/admissions',
      foundingGroupBody(cohortId, { answers: { volunteers: 12, plan: '  ' } }),
      staff,
    );
    expect(open.status).toBe(400);
    expect(open.body.violations.map((v: { field: string }) => v.field)).toEqual([
      'answers.plan',
      'answers.venue',
    ]);
    expect(open.body.violations[0].message).toBe('请回答“服务计划”');
    const none = await api('POST', '/admissions', foundingGroupBody(cohortId), staff);
    expect(none.status).toBe(400);
    expect(await admissionRows()).toBe(0);
  });

  it('rule R16: takes an application that answers them, then freezes the form', async () => {
    const answered = await waitFor(
      'the organization at incubation',
      () =>
        api(
          'POST',
          '/admissions',
          {
            ...foundingGroupBody(cohortId, { answers: { ...ANSWERS, partners: [] } }),
            kind: 'ORGANIZATION',
            groupName: undefined,
          },
          applicant,
        ),
      (res) => res.status !== 409,
    );
    expect(answered.status).toBe(201);
    const { partners: _partners, ...kept } = ANSWERS;
    expect(answered.body.answers).toEqual(kept);
    expect(answered.body.formVersion).toBe(2);
    admissionId = answered.body.id;
    const group = await api(
      'POST',
      '/admissions',
      foundingGroupBody(cohortId, { answers: ANSWERS }),
      staff,
    );
    expect(group.status).toBe(201);
    expect(group.body.answers).toEqual(ANSWERS);
    const change = await api('PUT', `/cohorts/${cohortId}/form`, { questions: [] }, staff);
    expect(change.status).toBe(409);
    expect(change.body.code).toBe('FORM_FROZEN');
    const stored = await db.query('SELECT form_version FROM incubation.cohort WHERE id = $1', [
      cohortId,
    ]);
    expect(stored.rows[0].form_version).toBe(2);
  });

  it('rule R16: the answers are in the application and in the ranking staff decide from', async () => {
    const read = await api('GET', `/admissions/${admissionId}`, undefined, staff);
    expect(read.status).toBe(200);
    expect(read.body.answers).toMatchObject({ volunteers: 12, venue: 'village' });
    const ranking = await api('GET', `/cohorts/${cohortId}/ranking`, undefined, staff);
    expect(ranking.status).toBe(200);
    expect(ranking.body.rows.map((r: { answers: { venue: string } }) => r.answers.venue)).toEqual([
      'village',
      'village',
    ]);
  });
});
