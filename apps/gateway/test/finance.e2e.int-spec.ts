import { http, startPlatform } from '@civic/testing';
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
});
