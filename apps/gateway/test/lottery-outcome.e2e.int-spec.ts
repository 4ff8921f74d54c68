import {
  bindUser,
  DEMO_PASSWORD,
  http,
  organizationBody,
  startPlatform,
  subsidyApplicationBody,
  subsidyProgrammeBody,
  waitFor,
} from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

jest.setTimeout(180_000);

/**
 * An applicant reads its own lottery application's outcome through the gateway (issue #18), with
 * the organizations, finance and lottery-fund services as real processes: two organizations
 * apply, the officer assesses and decides in ranked order (R13), and each applicant is told its
 * rank of two, its merit and the same priority reasons the officers' ranking shows, and funded or
 * why not (below the cut-off); never another's application.
 */
describe('lottery: an applicant sees its outcome (issue #18, R13, R14)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  const tokens: Record<'officer' | 'first' | 'second', string> = {
    officer: '',
    first: '',
    second: '',
  };
  const ids: Record<'programme' | 'first' | 'second', string> = {
    programme: '',
    first: '',
    second: '',
  };

  beforeAll(async () => {
    platform = await startPlatform({ withLotteryFund: true });
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    const admin = await platform.login('admin');
    const asAdmin = platform.as(admin);
    const register = async (name: string) => {
      const org = await asAdmin('POST', '/v1/organizations', organizationBody({ name }));
      expect(org.status).toBe(201);
      return org.body.id as string;
    };
    const first = await register('新竹社区夕阳红志愿服务队');
    const second = await register('民族苑邻里互助会');
    await bindUser(asAdmin, 'applicant', first);
    const user = await asAdmin('POST', '/v1/users', {
      username: 'lottery-outcome-second',
      displayName: '第二申请人',
      password: DEMO_PASSWORD,
      roles: ['applicant'],
      organizationId: second,
    });
    expect(user.status).toBe(201);
    tokens.first = await platform.login('applicant');
    tokens.second = await platform.login('lottery-outcome-second', DEMO_PASSWORD);
    tokens.officer = await platform.login('officer');
    // Finance holds the year's lottery welfare budget, so the approval is committed (R27).
    const maker = await platform.login('maker');
    const budget = await http(
      'POST',
      `${platform.api}/v1/finance/budgets`,
      { fund: 'LOTTERY_WELFARE', fiscalYear: 2026, amountFen: 100_000_000 },
      { token: maker },
    );
    expect(budget.status).toBe(201);
    // A programme whose budget (60,000.00 yuan) pays one application of 50,000.00.
    const programme = await platform.as(tokens.officer)(
      'POST',
      '/v1/lottery/programmes',
      subsidyProgrammeBody({ budgetFen: 6_000_000 }),
    );
    expect(programme.status).toBe(201);
    ids.programme = programme.body.id;
    await waitFor(
      'both organizations at the lottery fund',
      async () =>
        (await db.query(`SELECT count(*) FROM lottery_fund.organization_snapshot`)).rows[0].count,
      (count) => Number(count) === 2,
    );
    for (const who of ['first', 'second'] as const) {
      const res = await platform.as(tokens[who])(
        'POST',
        '/v1/lottery/applications',
        subsidyApplicationBody(ids.programme),
      );
      expect(res.status).toBe(201);
      ids[who] = res.body.id;
    }
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  const outcome = (who: 'first' | 'second', id = ids[who]) =>
    platform.as(tokens[who])('GET', `/v1/lottery/applications/${id}/outcome`);
  const officer = (method: string, path: string, body?: object) =>
    platform.as(tokens.officer)(method, path, body);

  it('rule R13: tells an undecided application only that it is not decided, with its bonus reasons', async () => {
    const res = await outcome('first');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: ids.first, outcome: 'PENDING', reason: 'NOT_DECIDED' });
    expect(res.body.reasons.length).toBeGreaterThan(0);
    expect(res.body).not.toHaveProperty('rank');
  });

  it('rules R13, R14: once decided, each applicant sees its rank of two, merit and the reasons the officers see, and why it is not funded', async () => {
    for (const [who, merit] of [
      ['first', 90],
      ['second', 60],
    ] as const) {
      const res = await officer('POST', `/v1/lottery/applications/${ids[who]}/assessment`, {
        merit,
      });
      expect(res.status).toBe(200);
    }
    const ranking = await officer('GET', `/v1/lottery/programmes/${ids.programme}/ranking`);
    const officersSee = (id: string) =>
      ranking.body.rows.find((r: { applicationId: string }) => r.applicationId === id);
    const approved = await officer('POST', `/v1/lottery/applications/${ids.first}/approve`, {
      comment: '排名第一，予以资助',
    });
    expect(approved.status).toBe(200);
    const rejected = await officer('POST', `/v1/lottery/applications/${ids.second}/reject`, {
      comment: '按排名未获安排',
    });
    expect(rejected.status).toBe(200);

    const first = await outcome('first');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      outcome: 'FUNDED',
      reason: 'FUNDED_FROM_GENERAL',
      rank: 1,
      ranked: 2,
      merit: 90,
      bonus: officersSee(ids.first).bonus,
      rankScore: officersSee(ids.first).rankScore,
      reasons: officersSee(ids.first).reasons,
      comment: '排名第一，予以资助',
    });
    const second = await outcome('second');
    expect(second.body).toMatchObject({
      outcome: 'NOT_FUNDED',
      reason: 'BELOW_CUTOFF',
      rule: 'R13',
      rank: 2,
      ranked: 2,
      cutoffRank: 1,
      merit: 60,
      reasons: officersSee(ids.second).reasons,
      comment: '按排名未获安排',
      messageZh:
        '第 2 名（共 2 份）：未获资助；资助安排到第 1 名为止，该申请排在资助线以下（规则 R13）',
    });
    // Finance commits the approval (R27): still funded, from the same pool.
    await waitFor(
      'the commitment at finance',
      () => platform.as(tokens.first)('GET', `/v1/lottery/applications/${ids.first}`),
      (res) => res.body.status === 'COMMITTED' || res.body.status === 'PAID',
    );
    expect((await outcome('first')).body).toMatchObject({ outcome: 'FUNDED', rank: 1 });
  });

  it("answers another organization's application as an unknown one, and refuses officers", async () => {
    const other = await outcome('second', ids.first);
    const unknownId = randomUUID();
    const unknown = await outcome('second', unknownId);
    expect(other.status).toBe(404);
    expect(JSON.stringify(other.body).replaceAll(ids.first, ':id')).toBe(
      JSON.stringify(unknown.body).replaceAll(unknownId, ':id'),
    );
    expect(JSON.stringify(other.body)).not.toContain('夕阳红');
    const asOfficer = await officer('GET', `/v1/lottery/applications/${ids.first}/outcome`);
    expect(asOfficer.status).toBe(403);
    // What the second is told names neither the first organization nor its application.
    const text = JSON.stringify((await outcome('second')).body);
    expect(text).not.toContain(ids.first);
    expect(text).not.toContain('夕阳红');
  });
});
