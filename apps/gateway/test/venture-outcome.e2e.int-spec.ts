import {
  bindUser,
  callBody,
  DEMO_PASSWORD,
  http,
  organizationBody,
  proposalBody,
  startPlatform,
  waitFor,
} from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

jest.setTimeout(180_000);

/**
 * An organization reads its own proposal's outcome through the gateway (issue #18), with the
 * organizations, finance and venture services as real processes: two organizations submit, the
 * call closes and its sheets are in, and once the officer makes the first award (R19) each
 * applicant is told its rank of two, its merit and the priority reasons the officers' ranking
 * shows, and funded or why not (below the cut-off, R13), never another's proposal. The reviewer is
 * told the scores are final and may no longer change them (scoresOpen, R19).
 */
describe('venture: an applicant sees its outcome (issue #18, R13, R19)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let callId: string;
  const tokens: Record<'officer' | 'reviewer' | 'first' | 'second', string> = {
    officer: '',
    reviewer: '',
    first: '',
    second: '',
  };
  const ids: Record<'first' | 'second', string> = { first: '', second: '' };

  beforeAll(async () => {
    platform = await startPlatform({ withVenture: true });
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
      username: 'venture-outcome-second',
      displayName: '第二申请人',
      password: DEMO_PASSWORD,
      roles: ['applicant'],
      organizationId: second,
    });
    expect(user.status).toBe(201);
    tokens.first = await platform.login('applicant');
    tokens.second = await platform.login('venture-outcome-second', DEMO_PASSWORD);
    tokens.officer = await platform.login('officer');
    tokens.reviewer = await platform.login('reviewer');
    const maker = await platform.login('maker');
    const budget = await http(
      'POST',
      `${platform.api}/v1/finance/budgets`,
      { fund: 'VENTURE_PHILANTHROPY', fiscalYear: 2026, amountFen: 100_000_000 },
      { token: maker },
    );
    expect(budget.status).toBe(201);
    // 60,000.00 yuan: one proposal of 50,000.00 is funded, not two.
    const call = await platform.as(tokens.officer)(
      'POST',
      '/v1/venture/calls',
      callBody({ budgetFen: 6_000_000, maxFen: 5_000_000 }),
    );
    expect(call.status).toBe(201);
    callId = call.body.id;
    for (const who of ['first', 'second'] as const) {
      const drafted = await waitFor(
        "the applicant's organization at venture",
        () => platform.as(tokens[who])('POST', '/v1/venture/proposals', proposalBody(callId)),
        (res) => res.status !== 409,
      );
      expect(drafted.status).toBe(201);
      ids[who] = drafted.body.id;
      const submitted = await platform.as(tokens[who])(
        'POST',
        `/v1/venture/proposals/${ids[who]}/submit`,
      );
      expect(submitted.status).toBe(200);
    }
    // The call closes, and the reviewer's sheets are in (the draw and the scoring are
    // venture.e2e.int-spec.ts's): 9s for the first, 6s for the second.
    const reviewerUserId = (await platform.as(tokens.reviewer)('GET', '/v1/auth/me')).body.id;
    const reviewerId = randomUUID();
    await db.query(
      `UPDATE venture.venture_call SET deadline = now() - interval '1 minute', drawn_at = now(),
              draw_seed = 7 WHERE id = $1`,
      [callId],
    );
    await db.query(
      `INSERT INTO venture.reviewer (id, user_id, name, fields, relations, active)
       VALUES ($1, $2, '周敏', '["eldercare"]', '[]', true)`,
      [reviewerId, reviewerUserId],
    );
    for (const [who, score] of [
      ['first', 9],
      ['second', 6],
    ] as const) {
      await db.query(
        `INSERT INTO venture.review_assignment (proposal_id, reviewer_id, call_id, scores, scored_at)
         VALUES ($1, $2, $3, $4, now())`,
        [
          ids[who],
          reviewerId,
          callId,
          JSON.stringify({ need: score, design: score, budget: score }),
        ],
      );
    }
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
  });

  const outcome = (who: 'first' | 'second', id = ids[who]) =>
    platform.as(tokens[who])('GET', `/v1/venture/proposals/${id}/outcome`);
  const officer = (method: string, path: string, body?: object) =>
    platform.as(tokens.officer)(method, path, body);
  const tasks = async () =>
    (await platform.as(tokens.reviewer)('GET', '/v1/venture/reviews')).body.items as {
      proposal: { id: string };
      awardsBegun: boolean;
    }[];

  it('rule R19: before the first award, tells the applicant only that the ranking is not decided; the reviewer may still rescore', async () => {
    const res = await outcome('second');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: ids.second, outcome: 'PENDING', reason: 'NOT_DECIDED' });
    expect(res.body).not.toHaveProperty('rank');
    expect((await tasks()).map((t) => t.awardsBegun)).toEqual([false, false]);
    // The ranking funds the first: the round cannot be concluded before it is awarded.
    const early = await officer('POST', `/v1/venture/calls/${callId}/conclude`);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('RULE_R19_AWARDS_PENDING');
  });

  it('rules R13, R19: once the first award is made, each sees its rank of two, merit and the reasons the officers see, and why it is not funded', async () => {
    const ranking = await officer('GET', `/v1/venture/calls/${callId}/ranking`);
    expect(ranking.status).toBe(200);
    const officersSee = (id: string) =>
      ranking.body.rows.find((r: { proposalId: string }) => r.proposalId === id);
    const award = await officer('POST', `/v1/venture/proposals/${ids.first}/award`, {
      comment: '排名第一，予以资助',
    });
    expect(award.status).toBe(200);

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
    expect(first.body.reasons.length).toBeGreaterThan(0);
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
      messageZh:
        '第 2 名（共 2 份）：未获资助；资助安排到第 1 名为止，该申请排在资助线以下（规则 R13）',
    });
  });

  it('rule R19: the reviewer is told the scores are final, and a new sheet is refused as the UI says', async () => {
    expect((await tasks()).map((t) => t.awardsBegun)).toEqual([true, true]);
    const res = await platform.as(tokens.reviewer)(
      'POST',
      `/v1/venture/reviews/${ids.second}/scores`,
      { scores: { need: 10, design: 10, budget: 10 } },
    );
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('RULE_R19_AWARDS_BEGUN');
  });

  it("answers another organization's proposal as an unknown one, and refuses officers", async () => {
    const other = await outcome('second', ids.first);
    const unknownId = randomUUID();
    const unknown = await outcome('second', unknownId);
    expect(other.status).toBe(404);
    expect(JSON.stringify(other.body).replaceAll(ids.first, ':id')).toBe(
      JSON.stringify(unknown.body).replaceAll(unknownId, ':id'),
    );
    expect((await officer('GET', `/v1/venture/proposals/${ids.first}/outcome`)).status).toBe(403);
    const text = JSON.stringify((await outcome('second')).body);
    expect(text).not.toContain(ids.first);
    expect(text).not.toContain('夕阳红');
  });

  it('rule R19: concluding the round passes the second over, tells its users why, and refuses awards after', async () => {
    const concluded = await officer('POST', `/v1/venture/calls/${callId}/conclude`);
    expect(concluded.status).toBe(200);
    expect(concluded.body).toMatchObject({ id: callId, concludedAt: expect.any(String) });
    const statuses = await db.query(
      `SELECT id, status FROM venture.proposal WHERE call_id = $1 ORDER BY status`,
      [callId],
    );
    expect(statuses.rows).toEqual([
      { id: ids.first, status: 'AWARDED' },
      { id: ids.second, status: 'NOT_AWARDED' },
    ]);
    const told = await waitFor(
      "the second organization's notice",
      async () => (await platform.as(tokens.second)('GET', '/v1/me/notifications')).body,
      (body) => body.total >= 1,
    );
    expect(told.items).toEqual([
      expect.objectContaining({
        outcome: 'NOT_FUNDED',
        subjectId: ids.second,
        reason: expect.objectContaining({ zh: expect.stringContaining('未获安排') }),
      }),
    ]);
    const again = await officer('POST', `/v1/venture/calls/${callId}/conclude`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('RULE_R19_ROUND_CONCLUDED');
    const late = await officer('POST', `/v1/venture/proposals/${ids.second}/award`, {
      comment: '补充资助',
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('RULE_R19_ROUND_CONCLUDED');
    expect((await outcome('second')).body).toMatchObject({ outcome: 'NOT_FUNDED', rank: 2 });
  });
});
