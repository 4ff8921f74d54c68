import { usccCheckCharacter } from '@civic/domain/identifiers';
import {
  baseBody,
  cohortBody,
  foundingGroupBody,
  http,
  organizationBody,
  startPlatform,
  waitFor,
} from '@civic/testing';
import { Client } from 'pg';

jest.setTimeout(120_000);

/**
 * Requests that race each other past a service's own checks meet a unique constraint; each is
 * answered like the check would have answered it (409 naming the field and the rule), never 500,
 * and one row is stored (issue #14: 8 × 500 for one credit code, 9 × 500 for one admission).
 */
describe('unique-constraint races answer 409, never 500 (R16, R29)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let admin: string;

  beforeAll(async () => {
    platform = await startPlatform({ withIncubation: true });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    admin = await platform.login('admin');
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  const statuses = (answers: { status: number }[]) =>
    answers.map((a) => a.status).sort((a, b) => a - b);

  it('rule R29: ten registrations with one credit code at once store one organization; the rest are 409 USCC_TAKEN', async () => {
    const body17 = '52450103MJ0000777';
    const uscc = body17 + usccCheckCharacter(body17);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        http(
          'POST',
          `${platform.api}/v1/organizations`,
          organizationBody({ uscc, name: `南湖社区志愿服务队${i}`, registeredFundsFen: 300_000 }),
          { token: admin },
        ),
      ),
    );
    expect(statuses(answers)).toEqual([201, ...Array(9).fill(409)]);
    for (const answer of answers.filter((a) => a.status === 409)) {
      expect(answer.body.code).toBe('USCC_TAKEN');
      expect(answer.body.violations).toEqual([
        expect.objectContaining({ field: 'uscc', rule: 'R29' }),
      ]);
    }
    const stored = await db.query(
      `SELECT count(*)::int AS n FROM organizations.organization WHERE uscc = $1`,
      [uscc],
    );
    expect(stored.rows[0].n).toBe(1);
  });

  it('rule R16: ten admissions of one organization to one cohort at once store one; the rest are 409 ALREADY_APPLIED', async () => {
    const officer = await platform.login('officer');
    const base = await http('POST', `${platform.api}/v1/incubation/bases`, baseBody(), {
      token: officer,
    });
    const org = await http(
      'POST',
      `${platform.api}/v1/organizations`,
      organizationBody({ name: '城西社区互助会' }),
      { token: admin },
    );
    const users = await http('GET', `${platform.api}/v1/users?pageSize=100`, undefined, {
      token: admin,
    });
    const idOf = (username: string) =>
      users.body.items.find((u: { username: string }) => u.username === username).id as string;
    await http(
      'PATCH',
      `${platform.api}/v1/users/${idOf('incubator')}`,
      { baseId: base.body.id },
      { token: admin },
    );
    await http(
      'PATCH',
      `${platform.api}/v1/users/${idOf('applicant')}`,
      { organizationId: org.body.id },
      { token: admin },
    );
    const staff = await platform.login('incubator');
    const applicant = await platform.login('applicant');
    const cohort = await http(
      'POST',
      `${platform.api}/v1/incubation/cohorts`,
      cohortBody(base.body.id),
      { token: staff },
    );
    expect(cohort.status).toBe(201);
    const admission = {
      ...foundingGroupBody(cohort.body.id),
      kind: 'ORGANIZATION',
      groupName: undefined,
    };
    // The organization reaches incubation as an event; until then the answer is 409 too.
    await waitFor(
      'the organization at incubation',
      async () =>
        Number(
          (
            await db.query(
              `SELECT count(*) FROM incubation.organization_snapshot WHERE organization_id = $1`,
              [org.body.id],
            )
          ).rows[0].count,
        ),
      (n) => n === 1,
    );
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        http('POST', `${platform.api}/v1/incubation/admissions`, admission, { token: applicant }),
      ),
    );
    expect(statuses(answers)).toEqual([201, ...Array(9).fill(409)]);
    for (const answer of answers.filter((a) => a.status === 409)) {
      expect(answer.body.code).toBe('ALREADY_APPLIED');
    }
    const stored = await db.query(
      `SELECT count(*)::int AS n FROM incubation.admission_application WHERE cohort_id = $1`,
      [cohort.body.id],
    );
    expect(stored.rows[0].n).toBe(1);
  });
});
