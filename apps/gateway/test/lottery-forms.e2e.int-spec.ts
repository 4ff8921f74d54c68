import {
  bindUser,
  http,
  organizationBody,
  startPlatform,
  subsidyApplicationBody,
  subsidyProgrammeBody,
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
 * Forms without code (issue #17) on a lottery welfare fund subsidy programme (R20): an officer
 * adds questions to the fixed fields, each change a new version of the form's JSON Schema, until
 * the first application freezes it. An application is submitted in one step (no drafts), so its
 * answers are checked in full on the server, with the same 400 as the fixed fields, naming the
 * field; a refused request stores nothing. The answers are the officers' and the applicant's:
 * the public notice discloses the project's name, unit, amount and contact only (R23).
 */
describe('a lottery subsidy programme with added questions (issue #17, R20, R23)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let officer: string;
  let applicant: string;
  let programmeId: string;
  let applicationId: string;
  const api = (method: string, path: string, body: unknown, token?: string) =>
    http(method, `${platform.api}/v1${path}`, body, { token, language: 'zh-CN' });
  const applicationRows = async () =>
    Number((await db.query('SELECT count(*) FROM lottery_fund.subsidy_application')).rows[0].count);
  const programmeForm = async (id: string) =>
    (
      await db.query(
        'SELECT form, form_version FROM lottery_fund.subsidy_programme WHERE id = $1',
        [id],
      )
    ).rows[0];

  beforeAll(async () => {
    platform = await startPlatform({ withLotteryFund: true });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    const admin = await platform.login('admin');
    const org = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ areaType: 'RURAL', category: 'PUBLIC_WELFARE' }),
      { token: admin },
    );
    expect(org.status).toBe(201);
    await bindUser(platform.as(admin), 'applicant', org.body.id);
    officer = await platform.login('officer');
    applicant = await platform.login('applicant');
    const programme = await api('POST', '/lottery/programmes', subsidyProgrammeBody(), officer);
    expect(programme.status).toBe(201);
    expect(programme.body.form).toBeUndefined();
    programmeId = programme.body.id;
    // The organization reaches the lottery fund as an event; until then submissions get 409.
    await waitFor(
      'the organization at the lottery fund',
      async () =>
        (await db.query('SELECT count(*) FROM lottery_fund.organization_snapshot')).rows[0].count,
      (count) => Number(count) === 1,
    );
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  it('refuses a form that is not one, naming the question and the field, and stores nothing', async () => {
    const bad = await api(
      'PUT',
      `/lottery/programmes/${programmeId}/form`,
      { questions: [{ ...SAMPLE_FORM.questions[4], options: [] }] },
      officer,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.violations).toEqual([
      expect.objectContaining({ field: 'questions[0].options', rule: 'FORM' }),
    ]);
    const noKind = await api(
      'PUT',
      `/lottery/programmes/${programmeId}/form`,
      { questions: [{ ...SAMPLE_FORM.questions[0], kind: 'ESSAY' }] },
      officer,
    );
    expect(noKind.status).toBe(400);
    expect(noKind.body.violations[0].field).toBe('questions.0.kind');
    const applicantTries = await api(
      'PUT',
      `/lottery/programmes/${programmeId}/form`,
      SAMPLE_FORM,
      applicant,
    );
    expect(applicantTries.status).toBe(403);
    const missing = await api(
      'PUT',
      '/lottery/programmes/00000000-0000-4000-8000-000000000000/form',
      SAMPLE_FORM,
      officer,
    );
    expect(missing.status).toBe(404);
    expect(await programmeForm(programmeId)).toEqual({ form: null, form_version: 0 });
  });

  it('stores each change as a new version of a JSON Schema, audited, and shows it to applicants', async () => {
    const first = await api(
      'PUT',
      `/lottery/programmes/${programmeId}/form`,
      { questions: SAMPLE_FORM.questions.slice(0, 2) },
      officer,
    );
    expect(first.status).toBe(200);
    expect(first.body.form.version).toBe(1);
    const second = await api(
      'PUT',
      `/lottery/programmes/${programmeId}/form`,
      SAMPLE_FORM,
      officer,
    );
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ id: programmeId, applicationCount: 0 });
    expect(second.body.form.version).toBe(2);
    expect(second.body.form.schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `urn:civic:form:lottery-programme:${programmeId}:v2`,
      required: ['volunteers', 'plan', 'venue'],
      'x-order': SAMPLE_FORM.questions.map((q) => q.key),
    });
    const audit = await db.query(
      `SELECT before, after FROM lottery_fund.audit_entry
        WHERE action = 'subsidy-programme.form-set' AND entity_id = $1 ORDER BY seq`,
      [programmeId],
    );
    expect(audit.rows.map((r) => [r.before.formVersion, r.after.formVersion])).toEqual([
      [0, 1],
      [1, 2],
    ]);
    // The applicant reads the questions with the programme, to answer them.
    const listed = await api('GET', '/lottery/programmes?fiscalYear=2026', undefined, applicant);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: programmeId, form: second.body.form }),
    ]);
  });

  it('a programme created with questions starts at version 1; one without takes no answers', async () => {
    const withQuestions = await api(
      'POST',
      '/lottery/programmes',
      subsidyProgrammeBody({ name: '2026 年农村互助养老补助', questions: SAMPLE_FORM.questions }),
      officer,
    );
    expect(withQuestions.status).toBe(201);
    expect(withQuestions.body.form.version).toBe(1);
    expect(withQuestions.body.form.schema.$id).toBe(
      `urn:civic:form:lottery-programme:${withQuestions.body.id}:v1`,
    );
    const badQuestions = await api(
      'POST',
      '/lottery/programmes',
      subsidyProgrammeBody({
        name: '2026 年另一项补助',
        questions: [SAMPLE_FORM.questions[0], SAMPLE_FORM.questions[0]],
      }),
      officer,
    );
    expect(badQuestions.status).toBe(400);
    expect(badQuestions.body.violations[0].field).toMatch(/^questions\[1\]/);
    const plain = await api(
      'POST',
      '/lottery/programmes',
      subsidyProgrammeBody({ name: '2026 年无附加问题补助' }),
      officer,
    );
    expect(plain.status).toBe(201);
    // No form, no question: any answer is refused (issue #17), nothing stored.
    const answered = await api(
      'POST',
      '/lottery/applications',
      subsidyApplicationBody(plain.body.id, { answers: { volunteers: 3 } }),
      applicant,
    );
    expect(answered.status).toBe(400);
    expect(answered.body.violations[0]).toMatchObject({
      field: 'answers.volunteers',
      rule: 'additionalProperties',
    });
    expect(await applicationRows()).toBe(0);
  });

  it('refuses answers that do not fit, naming the field, and stores nothing', async () => {
    const wrong = await api(
      'POST',
      '/lottery/applications',
      subsidyApplicationBody(programmeId, {
        answers: { ...ANSWERS, selfFunds: 10.5, venue: 'moon' },
      }),
      applicant,
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
      '/lottery/applications',
      subsidyApplicationBody(programmeId, { answers: { ...ANSWERS, bonus: 1 } }),
      applicant,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.violations[0]).toMatchObject({
      field: 'answers.bonus',
      rule: 'additionalProperties',
    });
    const notAnObject = await api(
      'POST',
      '/lottery/applications',
      subsidyApplicationBody(programmeId, { answers: [ANSWERS] }),
      applicant,
    );
    expect(notAnObject.status).toBe(400);
    expect(notAnObject.body.violations[0].field).toBe('answers');
    expect(await applicationRows()).toBe(0);
  });

  it('submits in one step: every required question is answered, or nothing is stored', async () => {
    const open = await api(
      'POST',
      '/lottery/applications',
      subsidyApplicationBody(programmeId, { answers: { volunteers: 12, plan: '  ' } }),
      applicant,
    );
    expect(open.status).toBe(400);
    expect(open.body.violations.map((v: { field: string }) => v.field)).toEqual([
      'answers.plan',
      'answers.venue',
    ]);
    expect(open.body.violations[0].message).toBe('请回答“服务计划”');
    const none = await api(
      'POST',
      '/lottery/applications',
      subsidyApplicationBody(programmeId),
      applicant,
    );
    expect(none.status).toBe(400);
    expect(none.body.violations.map((v: { field: string }) => v.field)).toEqual([
      'answers.volunteers',
      'answers.plan',
      'answers.venue',
    ]);
    expect(await applicationRows()).toBe(0);
    const good = await api(
      'POST',
      '/lottery/applications',
      subsidyApplicationBody(programmeId, { answers: { ...ANSWERS, startsOn: '' } }),
      applicant,
    );
    expect(good.status).toBe(201);
    const { startsOn: _blank, ...kept } = ANSWERS;
    expect(good.body).toMatchObject({ status: 'SUBMITTED', answers: kept, formVersion: 2 });
    applicationId = good.body.id;
    const read = await api('GET', `/lottery/applications/${applicationId}`, undefined, officer);
    expect(read.body.answers).toEqual(kept);
    const stored = await db.query(
      'SELECT answers, form_version FROM lottery_fund.subsidy_application WHERE id = $1',
      [applicationId],
    );
    expect(stored.rows).toEqual([{ answers: kept, form_version: 2 }]);
  });

  it('freezes the form at the first application (409 FORM_FROZEN)', async () => {
    const change = await api(
      'PUT',
      `/lottery/programmes/${programmeId}/form`,
      { questions: [] },
      officer,
    );
    expect(change.status).toBe(409);
    expect(change.body.code).toBe('FORM_FROZEN');
    expect((await programmeForm(programmeId)).form_version).toBe(2);
  });

  it('rule R23: the publicity notice of the approved application discloses no answer', async () => {
    const assessed = await api(
      'POST',
      `/lottery/applications/${applicationId}/assessment`,
      { merit: 80 },
      officer,
    );
    expect(assessed.status).toBe(200);
    const approved = await api(
      'POST',
      `/lottery/applications/${applicationId}/approve`,
      { comment: '同意资助' },
      officer,
    );
    expect(approved.status).toBe(200);
    expect(approved.body.answers).toEqual(expect.objectContaining({ plan: ANSWERS.plan }));
    const notices = await api('GET', '/public/lottery/notices?fiscalYear=2026', undefined);
    expect(notices.status).toBe(200);
    const publicity = notices.body.items.filter(
      (n: { applicationId?: string; kind: string }) => n.kind === 'PUBLICITY',
    );
    expect(publicity).toHaveLength(1);
    const text = JSON.stringify(notices.body);
    expect(text).toContain('“银龄互助”居家养老探访服务');
    for (const secret of [ANSWERS.plan, '青秀区某物业公司', 'answers', 'partyLed']) {
      expect(text).not.toContain(secret);
    }
  });
});
