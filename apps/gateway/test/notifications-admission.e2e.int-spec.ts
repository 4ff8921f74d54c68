import {
  baseBody,
  bindUser,
  cohortBody,
  foundingGroupBody,
  organizationBody,
  startPlatform,
  waitFor,
} from '@civic/testing';
import { Client } from 'pg';

jest.setTimeout(180_000);

/**
 * Incubation's decisions told (issue #18, R16): when base staff decide a cohort, the applicant's
 * user finds its organization's admission among their notifications, and a founding group (no
 * organization in the registry, so nobody bound to it) tells nobody.
 */
describe('notifications of admission decisions through the gateway (issue #18, R16)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;

  beforeAll(async () => {
    platform = await startPlatform({ withIncubation: true });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('rule R16: an admitted organization is told, with the cohort and a link to its applications', async () => {
    const admin = platform.as(await platform.login('admin'));
    const officer = platform.as(await platform.login('officer'));
    const base = await officer('POST', '/v1/incubation/bases', baseBody());
    expect(base.status).toBe(201);
    const org = await admin('POST', '/v1/organizations', organizationBody({ name: '城东互助队' }));
    expect(org.status).toBe(201);
    await bindUser(admin, 'applicant', org.body.id);
    const users = (await admin('GET', '/v1/users?q=incubator')).body.items;
    const incubator = users.find((u: { username: string }) => u.username === 'incubator');
    expect(
      (await admin('PATCH', `/v1/users/${incubator.id}`, { baseId: base.body.id })).status,
    ).toBe(200);
    const staff = platform.as(await platform.login('incubator'));
    const applicant = platform.as(await platform.login('applicant'));
    const cohort = await staff('POST', '/v1/incubation/cohorts', cohortBody(base.body.id));
    expect(cohort.status).toBe(201);
    const cohortId = cohort.body.id;
    const own = await waitFor(
      "the applicant's organization at incubation",
      () =>
        applicant('POST', '/v1/incubation/admissions', {
          ...foundingGroupBody(cohortId),
          kind: 'ORGANIZATION',
          groupName: undefined,
        }),
      (res) => res.status !== 409,
    );
    expect(own.status).toBe(201);
    const group = await staff('POST', '/v1/incubation/admissions', foundingGroupBody(cohortId));
    expect(group.status).toBe(201);
    expect((await staff('POST', `/v1/incubation/cohorts/${cohortId}/close`, {})).status).toBe(200);
    for (const id of [own.body.id, group.body.id]) {
      const assessed = await staff('POST', `/v1/incubation/admissions/${id}/assessment`, {
        merit: 80,
      });
      expect(assessed.status).toBe(200);
    }
    expect((await staff('POST', `/v1/incubation/cohorts/${cohortId}/decide`, {})).status).toBe(200);
    const page = await waitFor(
      'the admission told',
      async () => (await applicant('GET', '/v1/me/notifications')).body,
      (body) => body.total === 1,
    );
    expect(page.items[0]).toMatchObject({
      programme: 'incubation',
      outcome: 'ADMITTED',
      subjectType: 'admission-application',
      subjectId: own.body.id,
      title: { zh: '2026 年第二期孵化' },
      link: '/incubation/applications',
    });
    // Staff are bound to the base, not to an organization: nothing for them.
    expect((await staff('GET', '/v1/me/notifications')).body.total).toBe(0);
    // The founding group is in no registry: its decision was not published at all.
    const db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    try {
      const sent = await db.query(
        `SELECT payload->>'subjectId' AS subject FROM incubation.outbox
          WHERE name = 'incubation.decision-made.v1'`,
      );
      expect(sent.rows).toEqual([{ subject: own.body.id }]);
    } finally {
      await db.end();
    }
  });
});
