import {
  baseBody,
  bindUser,
  cohortBody,
  foundingGroupBody,
  HENGZHOU_LOCATION,
  organizationBody,
  proposalBody,
  callBody,
  rawHttp,
  seenAndUnknown,
  startPlatform,
  subsidyApplicationBody,
  subsidyProgrammeBody,
  waitFor,
  XINZHU_LOCATION,
} from '@civic/testing';
import { Client } from 'pg';

jest.setTimeout(180_000);

const LEADER_ID = '450103198805120021';
const PASSWORD = 'Long enough 2026';

/**
 * Issue #15, OWASP ASVS V4.2.1 (no IDOR): a record the caller may not see answers exactly as an id
 * that does not exist: the same status (404), code and message, byte for byte but for the id, in
 * both languages, for reads and writes, and a refused write changes nothing. Organization B's
 * records are probed by organization A's applicant, by the street officer of A's street, and by
 * the staff of another incubation base. List filters naming someone else's parent record answer
 * an empty page, as they do for an unknown id.
 */
describe('a record the caller may not see answers as an unknown id (issue #15)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  const token = {} as Record<
    'admin' | 'officer' | 'applicantA' | 'applicantB' | 'street' | 'staffA' | 'staffB',
    string
  >;
  const ids = {} as Record<
    | 'orgA'
    | 'orgB'
    | 'baseA'
    | 'baseB'
    | 'cohortB'
    | 'admissionB'
    | 'incubateeB'
    | 'programme'
    | 'applicationB'
    | 'call'
    | 'proposalB',
    string
  >;

  /** Every row a refused write could have touched, and every audit trail (R31). */
  const fingerprint = async () =>
    (
      await db.query(`SELECT
        ${[
          'organizations.organization',
          'lottery_fund.subsidy_application',
          'venture.proposal',
          'incubation.cohort',
          'incubation.venue',
          'incubation.admission_application',
          'incubation.incubatee',
          'incubation.incubatee_activity',
          'incubation.training_session',
        ]
          .map(
            (table, i) =>
              `(SELECT md5(coalesce(string_agg(row_to_json(t)::text, ',' ORDER BY t.id), ''))
                  FROM ${table} t) AS t${i}`,
          )
          .join(',')},
        ${['organizations', 'lottery_fund', 'venture', 'incubation']
          .map((schema) => `(SELECT count(*) FROM ${schema}.audit_entry) AS ${schema}_audit`)
          .join(',')}`)
    ).rows[0];

  /**
   * The request about `id` and about an unknown id, as `caller`, in English and in Chinese: both
   * 404 with the same body; with `write`, nothing changed either time.
   */
  const answersAsUnknown = async (
    caller: keyof typeof token,
    method: string,
    path: (id: string) => string,
    id: string,
    body?: (id: string) => unknown,
  ) => {
    const before = method === 'GET' ? undefined : await fingerprint();
    for (const language of ['en', 'zh-CN']) {
      const { seen, unknown } = await seenAndUnknown(id, (x) =>
        rawHttp(method, `${platform.api}${path(x)}`, body?.(x), {
          token: token[caller],
          language,
        }),
      );
      expect(seen).toEqual(unknown);
      expect(seen.status).toBe(404);
      expect(JSON.parse(seen.text)).toMatchObject({ code: 'NOT_FOUND' });
    }
    if (before) expect(await fingerprint()).toEqual(before);
  };

  beforeAll(async () => {
    platform = await startPlatform({
      withLotteryFund: true,
      withIncubation: true,
      withVenture: true,
    });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    token.admin = await platform.login('admin');
    token.officer = await platform.login('officer');
    const asAdmin = platform.as(token.admin);
    const asOfficer = platform.as(token.officer);
    const register = async (name: string, location: object) => {
      const leaders = [
        { name: '王建国', role: '负责人', isPartyMember: true, residentId: LEADER_ID },
      ];
      const res = await asAdmin(
        'POST',
        '/v1/organizations',
        organizationBody({ name, location, leaders }),
      );
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    ids.orgA = await register('新竹街道的组织', XINZHU_LOCATION);
    ids.orgB = await register('横州镇的组织', HENGZHOU_LOCATION);
    const base = async (overrides: Record<string, unknown>) => {
      const res = await asOfficer('POST', '/v1/incubation/bases', baseBody(overrides));
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    ids.baseA = await base({});
    // A city base takes applicants from any county, organization B's among them (R16).
    ids.baseB = await base({ name: '南宁市社会组织孵化基地', level: 'CITY' });
    await bindUser(asAdmin, 'applicant', ids.orgA);
    const users = await asAdmin('GET', '/v1/users?pageSize=100');
    const incubator = users.body.items.find(
      (u: { username: string }) => u.username === 'incubator',
    );
    expect(
      (await asAdmin('PATCH', `/v1/users/${incubator.id}`, { baseId: ids.baseA })).status,
    ).toBe(200);
    const user = async (username: string, roles: string[], binding: object) => {
      const res = await asAdmin('POST', '/v1/users', {
        username,
        displayName: username,
        password: PASSWORD,
        roles,
        ...binding,
      });
      expect(res.status).toBe(201);
      return platform.login(username, PASSWORD);
    };
    token.applicantA = await platform.login('applicant');
    token.street = await platform.login('street');
    token.staffA = await platform.login('incubator');
    token.applicantB = await user('applicant-b', ['applicant'], { organizationId: ids.orgB });
    token.staffB = await user('incubator-b', ['incubation_staff'], { baseId: ids.baseB });
    await incubationOfB();
    await lotteryAndVentureOfB();
  });

  /** Organization B applies to base B's cohort and is admitted, so it has both records (R16). */
  async function incubationOfB(): Promise<void> {
    const staffB = platform.as(token.staffB);
    const cohort = await staffB('POST', '/v1/incubation/cohorts', cohortBody(ids.baseB));
    expect(cohort.status).toBe(201);
    ids.cohortB = cohort.body.id;
    const admission = await waitFor(
      "organization B's snapshot at incubation",
      () =>
        platform.as(token.applicantB)('POST', '/v1/incubation/admissions', {
          ...foundingGroupBody(ids.cohortB),
          kind: 'ORGANIZATION',
        }),
      (res) => res.status !== 409,
    );
    expect(admission.status).toBe(201);
    ids.admissionB = admission.body.id;
    expect((await staffB('POST', `/v1/incubation/cohorts/${ids.cohortB}/close`)).status).toBe(200);
    const assessed = await staffB(
      'POST',
      `/v1/incubation/admissions/${ids.admissionB}/assessment`,
      {
        merit: 80,
      },
    );
    expect(assessed.status).toBe(200);
    expect((await staffB('POST', `/v1/incubation/cohorts/${ids.cohortB}/decide`)).status).toBe(200);
    const records = await staffB('GET', `/v1/incubation/incubatees?cohortId=${ids.cohortB}`);
    expect(records.body.items).toHaveLength(1);
    ids.incubateeB = records.body.items[0].id;
    // The registry learns of the admission (base B's scope), so nothing moves during the probes.
    await waitFor(
      'the admission in the registry',
      async () =>
        (
          await db.query(
            'SELECT incubation_base_id FROM organizations.organization WHERE id = $1',
            [ids.orgB],
          )
        ).rows[0].incubation_base_id,
      (baseId) => baseId === ids.baseB,
    );
  }

  /** Organization B's subsidy application and proposal draft. */
  async function lotteryAndVentureOfB(): Promise<void> {
    const asOfficer = platform.as(token.officer);
    const applicantB = platform.as(token.applicantB);
    const programme = await asOfficer('POST', '/v1/lottery/programmes', subsidyProgrammeBody());
    expect(programme.status).toBe(201);
    ids.programme = programme.body.id;
    const application = await waitFor(
      "organization B's snapshot at the lottery fund",
      () => applicantB('POST', '/v1/lottery/applications', subsidyApplicationBody(ids.programme)),
      (res) => res.status !== 409,
    );
    expect(application.status).toBe(201);
    ids.applicationB = application.body.id;
    const call = await asOfficer('POST', '/v1/venture/calls', callBody({}, 3_600_000));
    expect(call.status).toBe(201);
    ids.call = call.body.id;
    const draft = await waitFor(
      "organization B's snapshot at venture",
      () => applicantB('POST', '/v1/venture/proposals', proposalBody(ids.call)),
      (res) => res.status !== 409,
    );
    expect(draft.status).toBe(201);
    ids.proposalB = draft.body.id;
  }

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  it('organization: another organization, to an applicant and to a street officer, read and changed', async () => {
    const one = (id: string) => `/v1/organizations/${id}`;
    for (const caller of ['applicantA', 'street', 'staffA'] as const) {
      await answersAsUnknown(caller, 'GET', one, ids.orgB);
    }
    for (const caller of ['applicantA', 'street'] as const) {
      await answersAsUnknown(caller, 'PATCH', one, ids.orgB, () => ({ memberCount: 14 }));
    }
    // rule R30: unmasking a leader's ID number of an organization outside the street
    await answersAsUnknown(
      'street',
      'POST',
      (id) => `/v1/organizations/${id}/leaders/0/resident-id`,
      ids.orgB,
    );
    // The organization's own applicant and the base that admitted it still see it.
    for (const caller of ['applicantB', 'staffB'] as const) {
      expect((await platform.as(token[caller])('GET', one(ids.orgB))).status).toBe(200);
    }
  });

  it('organization: 403 stays where the caller sees the record but may not do this to it', async () => {
    const before = await fingerprint();
    const moved = await platform.as(token.street)('PATCH', `/v1/organizations/${ids.orgA}`, {
      location: HENGZHOU_LOCATION,
    });
    expect(moved.status).toBe(403);
    expect(moved.body.code).toBe('FORBIDDEN');
    expect(await fingerprint()).toEqual(before);
  });

  it("lottery application: another organization's, read; an officer's action answers 403 for any id", async () => {
    await answersAsUnknown(
      'applicantA',
      'GET',
      (id) => `/v1/lottery/applications/${id}`,
      ids.applicationB,
    );
    // Withdrawing is an officer's action: refused by role before any record is read, alike for
    // every id, so it tells nothing either.
    const before = await fingerprint();
    const { seen, unknown } = await seenAndUnknown(ids.applicationB, (id) =>
      rawHttp(
        'POST',
        `${platform.api}/v1/lottery/applications/${id}/withdrawal`,
        { reason: '组织已注销，撤销资助' },
        { token: token.applicantA },
      ),
    );
    expect(seen).toEqual(unknown);
    expect(seen.status).toBe(403);
    expect(await fingerprint()).toEqual(before);
  });

  it("venture proposal: another organization's draft, read, changed, submitted and deleted", async () => {
    const one = (id: string) => `/v1/venture/proposals/${id}`;
    await answersAsUnknown('applicantA', 'GET', one, ids.proposalB);
    const { callId: _callId, ...content } = proposalBody(ids.call, { title: '改写的项目书' });
    await answersAsUnknown('applicantA', 'PUT', one, ids.proposalB, () => content);
    await answersAsUnknown('applicantA', 'POST', (id) => `${one(id)}/submit`, ids.proposalB);
    await answersAsUnknown('applicantA', 'DELETE', one, ids.proposalB);
    const own = await platform.as(token.applicantB)('GET', one(ids.proposalB));
    expect(own.body).toMatchObject({ status: 'DRAFT', title: proposalBody(ids.call).title });
  });

  it("incubation admission: another organization's, to an applicant; another base's, to staff", async () => {
    const one = (id: string) => `/v1/incubation/admissions/${id}`;
    await answersAsUnknown('applicantA', 'GET', one, ids.admissionB);
    await answersAsUnknown('staffA', 'GET', one, ids.admissionB);
    // Assessing it is refused as unknown before its decided cohort is looked at (409 otherwise).
    await answersAsUnknown(
      'staffA',
      'POST',
      (id) => `${one(id)}/assessment`,
      ids.admissionB,
      () => ({
        merit: 10,
      }),
    );
  });

  it("incubatee: another organization's record, to an applicant; another base's, to staff", async () => {
    const one = (id: string) => `/v1/incubation/incubatees/${id}`;
    await answersAsUnknown('applicantA', 'GET', one, ids.incubateeB);
    await answersAsUnknown('staffA', 'GET', one, ids.incubateeB);
    await answersAsUnknown(
      'staffA',
      'POST',
      (id) => `${one(id)}/exit`,
      ids.incubateeB,
      () => ({
        reason: '团队解散',
      }),
    );
    await answersAsUnknown(
      'staffA',
      'POST',
      (id) => `${one(id)}/activities`,
      ids.incubateeB,
      () => ({
        title: '重阳节敬老活动',
        heldOn: '2026-10-29',
      }),
    );
    expect((await platform.as(token.applicantB)('GET', one(ids.incubateeB))).body.status).toBe(
      'ACTIVE',
    );
  });

  it("incubation base and cohort: another base's, to staff", async () => {
    const cohort = (id: string) => `/v1/incubation/cohorts/${id}`;
    await answersAsUnknown('staffA', 'GET', cohort, ids.cohortB);
    await answersAsUnknown('staffA', 'POST', (id) => `${cohort(id)}/close`, ids.cohortB);
    await answersAsUnknown('staffA', 'POST', (id) => `${cohort(id)}/decide`, ids.cohortB);
    await answersAsUnknown(
      'staffA',
      'POST',
      (id) => `${cohort(id)}/trainings`,
      ids.cohortB,
      () => ({
        title: '社会组织财务管理',
        heldOn: '2026-11-20',
        hours: 3,
        trainer: '张老师',
      }),
    );
    await answersAsUnknown(
      'staffA',
      'POST',
      (id) => `/v1/incubation/bases/${id}/venues`,
      ids.baseB,
      () => ({
        name: '共享办公区',
        areaM2: 60,
        capacity: 4,
        shared: true,
        monthlyRateFenPerM2: 3000,
      }),
    );
    await answersAsUnknown(
      'staffA',
      'POST',
      () => '/v1/incubation/cohorts',
      ids.baseB,
      (id) => cohortBody(id),
    );
  });

  it('lists filtered by a parent record the caller may not see answer an empty page, as for an unknown id', async () => {
    const filters: [keyof typeof token, (id: string) => string, string][] = [
      ['staffA', (id) => `/v1/incubation/admissions?cohortId=${id}`, ids.cohortB],
      ['staffA', (id) => `/v1/incubation/incubatees?cohortId=${id}`, ids.cohortB],
      ['staffA', (id) => `/v1/incubation/cohorts?baseId=${id}`, ids.baseB],
      ['applicantA', (id) => `/v1/incubation/admissions?cohortId=${id}`, ids.cohortB],
      ['applicantA', (id) => `/v1/incubation/incubatees?cohortId=${id}`, ids.cohortB],
      ['applicantA', (id) => `/v1/venture/proposals?callId=${id}`, ids.call],
      ['applicantA', (id) => `/v1/lottery/applications?programmeId=${id}`, ids.programme],
    ];
    for (const [caller, path, id] of filters) {
      const { seen, unknown } = await seenAndUnknown(id, (x) =>
        rawHttp('GET', `${platform.api}${path(x)}`, undefined, { token: token[caller] }),
      );
      expect(seen).toEqual(unknown);
      expect(seen.status).toBe(200);
      expect(JSON.parse(seen.text)).toMatchObject({ items: [], total: 0 });
    }
    // The owners do see them, so the empty pages above are the filter's scope, not an empty table.
    const mine = await platform.as(token.applicantB)(
      'GET',
      `/v1/incubation/admissions?cohortId=${ids.cohortB}`,
    );
    expect(mine.body.items.map((a: { id: string }) => a.id)).toEqual([ids.admissionB]);
  });
});
