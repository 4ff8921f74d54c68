import {
  bindUser,
  callBody,
  commitmentRequest,
  disbursementRequest,
  http,
  organizationBody,
  ProgrammeRequests,
  proposalBody,
  scratchSql,
  startPlatform,
  subsidyApplicationBody,
  subsidyProgrammeBody,
  testRedisUrl,
  waitFor,
} from '@civic/testing';

jest.setTimeout(300_000);

interface WorkItem {
  kind: string;
  count: number;
  deadline?: string;
  link: string;
  programme?: string;
}
interface ServiceWork {
  service: string;
  unavailable: boolean;
  items: WorkItem[];
}

const PASSWORD = 'Demo#2026civic';

/**
 * GET /v1/me/work through the gateway (issue #18), every service a real process: each user's work
 * comes from the services their roles concern, asked in parallel — a finance checker's batch to
 * check (not the maker's: four eyes, R28), an officer's applications to assess (R20), a reviewer's
 * proposals to score (R18), an applicant's draft due by the call's deadline (R17) — and a service
 * that is down is named unavailable while the others still answer.
 */
describe('the work queue through the gateway (issue #18)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let programmes: ProgrammeRequests;
  const tokens = {} as Record<'admin' | 'maker' | 'checker' | 'officer' | 'reviewer', string>;
  const ids = {} as Record<'programme' | 'draftCall' | 'draftDeadline', string>;

  beforeAll(async () => {
    platform = await startPlatform({
      withLotteryFund: true,
      withVenture: true,
      withIncubation: true,
      withProcurement: true,
      rpcTimeoutMs: 3_000,
    });
    for (const user of ['admin', 'maker', 'checker', 'officer', 'reviewer'] as const) {
      tokens[user] = await platform.login(user);
    }
    programmes = new ProgrammeRequests(testRedisUrl(), platform.prefix);
    await batchForTheChecker();
    await bindUser(platform.as(tokens.admin), 'applicant', await organization());
    await applicationToAssess();
    await reviewsAndDraft();
  });

  afterAll(async () => {
    await programmes?.close();
    await platform?.stop();
  });

  const api = (method: string, path: string, token: string, body?: unknown) =>
    http(method, `${platform.api}/v1${path}`, body, { token });
  const work = async (token: string): Promise<ServiceWork[]> => {
    const res = await api('GET', '/me/work', token);
    expect(res.status).toBe(200);
    return res.body.services;
  };
  const itemsOf = (services: ServiceWork[], service: string) =>
    services.find((s) => s.service === service)?.items ?? [];

  /** A maker batches two payments a programme asked for; a third still awaits a batch. */
  async function batchForTheChecker() {
    const budget = { fund: 'VENTURE_PHILANTHROPY', fiscalYear: 2026, amountFen: 10_000_000 };
    expect((await api('POST', '/finance/budgets', tokens.maker, budget)).status).toBe(201);
    const commitments = [1, 2, 3].map(() => commitmentRequest({ amountFen: 400_000 }));
    await programmes.commitments(commitments);
    await programmes.disbursements(commitments.map((c) => disbursementRequest(c)));
    const awaiting = await waitFor(
      'three payments awaiting a batch',
      async () => (await api('GET', '/finance/payments?status=AWAITING_BATCH', tokens.maker)).body,
      (page) => page.total === 3,
    );
    const paymentIds = awaiting.items.slice(0, 2).map((p: { id: string }) => p.id);
    expect((await api('POST', '/finance/batches', tokens.maker, { paymentIds })).status).toBe(201);
  }

  async function organization(): Promise<string> {
    const org = await api('POST', '/organizations', tokens.admin, organizationBody());
    expect(org.status).toBe(201);
    return org.body.id;
  }

  /** The applicant applies to the officer's programme, once the organization reached the fund. */
  async function applicationToAssess() {
    const programme = await api(
      'POST',
      '/lottery/programmes',
      tokens.officer,
      subsidyProgrammeBody(),
    );
    expect(programme.status).toBe(201);
    ids.programme = programme.body.id;
    const applicant = await platform.login('applicant');
    await waitFor(
      'the organization at the lottery fund',
      () => api('POST', '/lottery/applications', applicant, subsidyApplicationBody(ids.programme)),
      (res) => res.status === 201,
    );
  }

  /**
   * Three reviewers in the pool (the demo one among them), a proposal submitted to a call that then
   * closes and is drawn (R18: three reviewers each); a draft to a call open for two more hours.
   */
  async function reviewsAndDraft() {
    const reviewerIds = [await userId('reviewer')];
    for (const i of [1, 2]) {
      const username = `work-reviewer-${i}`;
      const user = await api('POST', '/users', tokens.admin, {
        username,
        displayName: `评审专家 ${i}`,
        password: PASSWORD,
        roles: ['reviewer'],
      });
      expect(user.status).toBe(201);
      reviewerIds.push(user.body.id);
    }
    for (const [i, userId] of reviewerIds.entries()) {
      const entry = { userId, name: `评审专家 ${i}`, fields: ['eldercare'], relations: [] };
      expect((await api('POST', '/venture/reviewers', tokens.officer, entry)).status).toBe(201);
    }
    const closing = await api('POST', '/venture/calls', tokens.officer, callBody({}, 600_000));
    const open = await api('POST', '/venture/calls', tokens.officer, callBody({}, 7_200_000));
    ids.draftCall = open.body.id;
    ids.draftDeadline = open.body.deadline;
    const applicant = await platform.login('applicant');
    const proposal = await waitFor(
      'the organization at venture',
      () => api('POST', '/venture/proposals', applicant, proposalBody(closing.body.id)),
      (res) => res.status === 201,
    );
    const submitted = await api('POST', `/venture/proposals/${proposal.body.id}/submit`, applicant);
    expect(submitted.status).toBe(200);
    expect(
      (await api('POST', '/venture/proposals', applicant, proposalBody(ids.draftCall))).status,
    ).toBe(201);
    // The closing call's deadline passes (time, in the database).
    await scratchSql(
      platform.databaseUrl,
      `UPDATE venture.venture_call SET deadline = now() - interval '1 minute' WHERE id = $1`,
      [closing.body.id],
    );
    const drawn = await api('POST', `/venture/calls/${closing.body.id}/draw`, tokens.officer, {});
    expect(drawn.status).toBe(200);
  }

  async function userId(username: string): Promise<string> {
    const users = await api('GET', `/users?q=${username}`, tokens.admin);
    return users.body.items.find((u: { username: string }) => u.username === username).id;
  }

  it('rule R28: a finance checker sees the batch another person made, linked to the list filtered to it; its maker does not', async () => {
    const checker = await work(tokens.checker);
    expect(checker).toEqual([
      {
        service: 'finance',
        unavailable: false,
        items: [
          expect.objectContaining({
            kind: 'finance.batches-to-check',
            count: 1,
            link: '/finance/batches?status=SUBMITTED',
          }),
        ],
      },
    ]);
    const maker = itemsOf(await work(tokens.maker), 'finance');
    expect(maker.map((i) => [i.kind, i.count])).toEqual([['finance.payments-to-batch', 1]]);
  });

  it('rule R20: an officer sees the application to assess, from the services an officer’s roles concern', async () => {
    const officer = await work(tokens.officer);
    expect(officer.map((s) => [s.service, s.unavailable])).toEqual([
      ['lottery-fund', false],
      ['venture', false],
      ['procurement', false],
    ]);
    expect(itemsOf(officer, 'lottery-fund')).toEqual([
      expect.objectContaining({
        kind: 'lottery-fund.applications-to-assess',
        count: 1,
        link: `/lottery/review?programme=${ids.programme}`,
      }),
    ]);
  });

  it('rule R18: a reviewer sees the proposal drawn for them to score', async () => {
    const reviewer = await work(tokens.reviewer);
    expect(reviewer.map((s) => s.service)).toEqual(['venture', 'procurement']);
    expect(itemsOf(reviewer, 'venture')).toEqual([
      expect.objectContaining({ kind: 'venture.reviews-due', count: 1, link: '/venture/reviews' }),
    ]);
  });

  it('rule R17: an applicant sees its draft, due by the call’s deadline', async () => {
    const applicant = await work(await platform.login('applicant'));
    expect(applicant.map((s) => [s.service, s.unavailable])).toEqual([
      ['venture', false],
      ['incubation', false],
      ['procurement', false],
    ]);
    expect(itemsOf(applicant, 'venture')).toEqual([
      {
        kind: 'venture.drafts-to-submit',
        count: 1,
        deadline: ids.draftDeadline,
        oldestAt: expect.any(String),
        link: '/venture/mine?tab=proposals',
        programme: expect.any(String),
      },
    ]);
  });

  it('asks no service for someone whose roles hold no work there (a street officer)', async () => {
    expect(await work(await platform.login('street'))).toEqual([]);
  });

  it('names a service that is down as unavailable, and the others still answer', async () => {
    await platform.stopService('procurement');
    const officer = await work(tokens.officer);
    expect(officer.find((s) => s.service === 'procurement')).toEqual({
      service: 'procurement',
      unavailable: true,
      items: [],
    });
    expect(officer.find((s) => s.service === 'lottery-fund')?.unavailable).toBe(false);
    expect(itemsOf(officer, 'lottery-fund').map((i) => i.count)).toEqual([1]);
  });
});
