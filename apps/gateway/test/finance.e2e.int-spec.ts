import {
  commitmentRequest,
  disbursementRequest,
  http,
  ProgrammeRequests,
  startPlatform,
  testRedisUrl,
  waitFor,
} from '@civic/testing';
import { Client } from 'pg';

jest.setTimeout(120_000);

describe('funds and budgets through the gateway (R26, R27)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let db: Client;
  let maker: string;

  beforeAll(async () => {
    platform = await startPlatform();
    db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    maker = await platform.login('maker');
  });

  afterAll(async () => {
    await db.end();
    await platform.stop();
  });

  const funds = async (token: string) =>
    (await http('GET', `${platform.api}/v1/finance/funds?fiscalYear=2026`, undefined, { token }))
      .body as { fund: string; appropriatedFen: number; availableFen: number }[];

  it('lists every fund for a year, and an appropriation shows in its position', async () => {
    const before = await funds(maker);
    expect(before.map((f) => f.fund)).toEqual([
      'LOTTERY_WELFARE',
      'GOVERNMENT_PURCHASE',
      'INCUBATION',
      'VENTURE_PHILANTHROPY',
      'SOCIAL_DONATIONS',
    ]);
    const res = await http(
      'POST',
      `${platform.api}/v1/finance/budgets`,
      { fund: 'LOTTERY_WELFARE', fiscalYear: 2026, amountFen: 123_456_789 },
      { token: maker },
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ appropriatedFen: 123_456_789, availableFen: 123_456_789 });
    const officer = await platform.login('officer');
    const after = await funds(officer);
    expect(after.find((f) => f.fund === 'LOTTERY_WELFARE')).toMatchObject({
      appropriatedFen: 123_456_789,
      availableFen: 123_456_789,
    });
  });

  it('records the appropriation as one balanced posting and an audit entry by the maker', async () => {
    const lines = await db.query(
      `SELECT account, amount_fen::bigint AS amount FROM finance.ledger_line ORDER BY account`,
    );
    expect(lines.rows).toEqual([
      { account: 'LOTTERY_WELFARE:2026:APPROPRIATION', amount: '-123456789' },
      { account: 'LOTTERY_WELFARE:2026:AVAILABLE', amount: '123456789' },
    ]);
    const audit = await db.query(
      `SELECT action, actor_roles FROM finance.audit_entry ORDER BY seq`,
    );
    expect(audit.rows).toEqual([{ action: 'budget.appropriated', actor_roles: ['finance_maker'] }]);
  });

  it('refuses money that is not integer fen with 400 naming the field, and posts nothing', async () => {
    const res = await http(
      'POST',
      `${platform.api}/v1/finance/budgets`,
      { fund: 'LOTTERY_WELFARE', fiscalYear: 2026, amountFen: 10.5 },
      { token: maker, language: 'zh-CN' },
    );
    expect(res.status).toBe(400);
    expect(res.body.violations).toEqual([
      expect.objectContaining({ field: 'amountFen', rule: 'isInt' }),
    ]);
    const postings = await db.query('SELECT count(*)::int AS n FROM finance.ledger_posting');
    expect(postings.rows[0].n).toBe(1);
  });

  it('rule R28: a batch made by a maker is decided once by a checker, refused again in the asked language, and exported', async () => {
    await http(
      'POST',
      `${platform.api}/v1/finance/budgets`,
      { fund: 'INCUBATION', fiscalYear: 2026, amountFen: 1_000_000 },
      { token: maker },
    );
    const programme = new ProgrammeRequests(testRedisUrl(), platform.prefix, 'incubation');
    const commitment = commitmentRequest({
      programme: 'incubation',
      fund: 'INCUBATION',
      amountFen: 500_000,
    });
    await programme.commitments([commitment]);
    const payment = disbursementRequest(commitment);
    await programme.disbursements([payment]);
    await programme.close();
    await waitFor(
      'the payment awaiting a batch',
      async () =>
        (
          await http(
            'GET',
            `${platform.api}/v1/finance/payments?status=AWAITING_BATCH`,
            undefined,
            { token: maker },
          )
        ).body.total,
      (total) => total === 1,
    );
    const batch = await http(
      'POST',
      `${platform.api}/v1/finance/batches`,
      { paymentIds: [payment.paymentId] },
      { token: maker },
    );
    expect(batch.status).toBe(201);
    const checker = await platform.login('checker');
    const approve = (language?: string) =>
      http(
        'POST',
        `${platform.api}/v1/finance/batches/${batch.body.id}/approve`,
        { comment: '同意' },
        { token: checker, language },
      );
    expect((await approve()).status).toBe(200);
    const again = await approve('zh-CN');
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'BATCH_ALREADY_DECIDED',
      message: expect.stringContaining('已被复核'),
    });
    expect(again.body.messageZh).toBeUndefined();
    expect((await approve('en')).body.message).toContain('only a SUBMITTED batch can be decided');
    const paid = await waitFor(
      'the batch paid',
      async () =>
        (
          await http('GET', `${platform.api}/v1/finance/batches/${batch.body.id}`, undefined, {
            token: checker,
          })
        ).body,
      (b) => b.status === 'PAID',
    );
    expect(paid).toMatchObject({
      settledCount: 1,
      settledFen: 500_000,
      makerName: expect.any(String),
      checkerName: expect.any(String),
    });
    const csv = await http(
      'GET',
      `${platform.api}/v1/finance/batches/${batch.body.id}/export?format=csv`,
      undefined,
      { token: checker },
    );
    expect(csv.headers.get('content-disposition')).toContain(`${paid.number}.csv`);
    expect(csv.body).toContain('5000.00');
    const xlsx = await fetch(
      `${platform.api}/v1/finance/batches/${batch.body.id}/export?format=xlsx`,
      {
        headers: { authorization: `Bearer ${checker}` },
      },
    );
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK'); // a zip: .xlsx
    const bad = await http(
      'GET',
      `${platform.api}/v1/finance/batches/${batch.body.id}/export?format=pdf`,
      undefined,
      { token: checker },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.violations[0]).toMatchObject({ field: 'format' });
  });
});
