import {
  bindUser,
  http,
  organizationBody,
  startPlatform,
  subsidyApplicationBody,
  subsidyProgrammeBody,
  waitFor,
} from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

jest.setTimeout(120_000);

/**
 * A request that creates something, sent with an `Idempotency-Key`, is carried out once per user
 * and key (as Stripe does): the same key again gets the first answer back and stores nothing new;
 * with another request it is refused 422; while the first runs, 409. A refused request leaves no
 * key behind, so it may be corrected and sent again with it (issue #14).
 */
describe('Idempotency-Key on the POSTs that create (R27, R28)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let applicant: string;
  let officer: string;
  let admin: string;
  let programmeId: string;

  beforeAll(async () => {
    platform = await startPlatform({ withLotteryFund: true });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    admin = await platform.login('admin');
    officer = await platform.login('officer');
    const org = await http('POST', `${platform.api}/v1/organizations`, organizationBody(), {
      token: admin,
    });
    await bindUser(platform.as(admin), 'applicant', org.body.id);
    applicant = await platform.login('applicant');
    const programme = await http(
      'POST',
      `${platform.api}/v1/lottery/programmes`,
      subsidyProgrammeBody(),
      { token: officer },
    );
    programmeId = programme.body.id;
    await waitFor(
      'the organization at the lottery fund',
      async () =>
        Number(
          (await db.query(`SELECT count(*) FROM lottery_fund.organization_snapshot`)).rows[0].count,
        ),
      (n) => n === 1,
    );
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  const apply = (key: string | undefined, body: object) =>
    http('POST', `${platform.api}/v1/lottery/applications`, body, {
      token: applicant,
      headers: key === undefined ? {} : { 'idempotency-key': key },
    });
  const stored = async () =>
    Number((await db.query(`SELECT count(*) FROM lottery_fund.subsidy_application`)).rows[0].count);

  it('answers a repeated request with the first answer and stores one application', async () => {
    const key = randomUUID();
    const body = subsidyApplicationBody(programmeId, { projectName: '社区助老食堂' });
    const first = await apply(key, body);
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await apply(key, body);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await stored()).toBe(1);
  });

  it('refuses the same key with another request (422), and a malformed key (400)', async () => {
    const key = randomUUID();
    expect(
      (await apply(key, subsidyApplicationBody(programmeId, { projectName: '老年大学' }))).status,
    ).toBe(201);
    const other = await apply(key, subsidyApplicationBody(programmeId, { projectName: '助残' }));
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const bad = await apply('x'.repeat(256), subsidyApplicationBody(programmeId));
    expect(bad.status).toBe(400);
    expect(bad.body.violations[0]).toMatchObject({ field: 'Idempotency-Key' });
    expect(await stored()).toBe(2);
  });

  it('carries out ten requests sent at once with one key once', async () => {
    const key = randomUUID();
    const body = subsidyApplicationBody(programmeId, { projectName: '邻里守望' });
    const answers = await Promise.all(Array.from({ length: 10 }, () => apply(key, body)));
    for (const answer of answers) {
      if (answer.status === 409) expect(answer.body.code).toBe('IDEMPOTENCY_KEY_IN_USE');
      else expect(answer.status).toBe(201);
    }
    const ids = new Set(answers.filter((a) => a.status === 201).map((a) => a.body.id));
    expect(ids.size).toBe(1);
    expect(await stored()).toBe(3);
  });

  it('forgets the key of a refused request, so it can be corrected and sent again', async () => {
    const key = randomUUID();
    const body = subsidyApplicationBody(programmeId, { projectName: '儿童课后托管' });
    const banned = {
      ...body,
      budgetLines: [
        { category: 'SERVICE_DELIVERY', description: '项目工作人员工资', amountFen: 3_000_000 },
        ...body.budgetLines.slice(1),
      ],
    };
    expect((await apply(key, banned)).status).toBe(422);
    // Another body now: the first one was refused and left nothing behind.
    expect((await apply(key, body)).status).toBe(201);
    expect(await stored()).toBe(4);
  });

  it('keeps each user’s keys apart', async () => {
    const key = randomUUID();
    const create = (token: string, name: string) =>
      http('POST', `${platform.api}/v1/lottery/programmes`, subsidyProgrammeBody({ name }), {
        token,
        headers: { 'idempotency-key': key },
      });
    const byOfficer = await create(officer, '2026 年助老补助（甲）');
    const byAdmin = await create(admin, '2026 年助老补助（乙）');
    expect(byOfficer.status).toBe(201);
    expect(byAdmin.status).toBe(201);
    expect(byAdmin.body.id).not.toBe(byOfficer.body.id);
  });
});
