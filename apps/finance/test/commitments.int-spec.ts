import { randomUUID } from 'node:crypto';
import type { CommitmentRequestedV2 } from '@civic/contracts';
import { accountId, FundCode } from '@civic/domain/finance';
import { AuditTrail, verifyAuditChain } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import { PersonalDataCipher } from '@civic/platform/pii';
import { TEST_PII_KEY, testServerUrl } from '@civic/testing';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { BudgetsRepository } from '../src/budgets/budgets.repository';
import { BudgetsService } from '../src/budgets/budgets.service';
import { PaymentRequestsService } from '../src/payments/payment-requests.service';
import { PaymentsRepository } from '../src/payments/payments.repository';
import { CommitmentsService } from '../src/commitments/commitments.service';
import { FINANCE_DATABASE } from '../src/database';
import { LedgerWriter } from '../src/ledger/ledger.writer';
import { ReconciliationRepository } from '../src/reconciliation/reconciliation.repository';
import { ReconciliationService } from '../src/reconciliation/reconciliation.service';

jest.setTimeout(120_000);

const YEAR = 2026;
const FUND = FundCode.VENTURE_PHILANTHROPY;
const AMOUNT = 3_000_000; // 30,000.00 yuan each
const ADMIN = { userId: 'test-admin', roles: ['administrator'] };

const request = (overrides: Partial<CommitmentRequestedV2> = {}): CommitmentRequestedV2 => ({
  commitmentId: randomUUID(),
  programme: 'venture',
  fund: FUND,
  fiscalYear: YEAR,
  organizationId: randomUUID(),
  amountFen: AMOUNT,
  reference: 'award',
  recipient: null,
  ...overrides,
});

describe('commitments against a fund budget (rule R27), on the real Postgres', () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let dataSource: DataSource;
  let commitments: CommitmentsService;
  let budgets: BudgetsService;

  beforeAll(async () => {
    database = await createScratchDatabase(testServerUrl(), 'finance');
    dataSource = await new DataSource(
      dataSourceOptions(FINANCE_DATABASE, database.url, { poolSize: 20 }),
    ).initialize();
    await migrateSchema(dataSource);
    const ledger = new LedgerWriter();
    const audit = new AuditTrail();
    const outbox = new OutboxWriter();
    const payments = new PaymentRequestsService(
      outbox,
      new PaymentsRepository(dataSource),
      new PersonalDataCipher(TEST_PII_KEY, 'k1'),
    );
    commitments = new CommitmentsService(ledger, audit, outbox, payments);
    budgets = new BudgetsService(dataSource, ledger, audit, outbox, new BudgetsRepository());
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const decide = (r: CommitmentRequestedV2) =>
    dataSource.transaction((manager) => commitments.decide(manager, r));
  const balance = async (kind: 'AVAILABLE' | 'COMMITTED') =>
    Number(
      (
        await dataSource.query(
          `SELECT balance_fen FROM finance.account_balance WHERE account = $1`,
          [accountId({ fund: FUND, year: YEAR, kind })],
        )
      )[0]?.balance_fen ?? 0,
    );

  it('(a) 100 concurrent commitments against room for exactly 50: exactly 50 are accepted', async () => {
    await budgets.appropriate(FUND, YEAR, 50 * AMOUNT, ADMIN);
    const results = await Promise.all(Array.from({ length: 100 }, () => decide(request())));
    const accepted = results.filter((c) => c.status === 'ACCEPTED');
    const refused = results.filter((c) => c.status === 'REFUSED');
    expect(accepted).toHaveLength(50);
    expect(refused).toHaveLength(50);
    expect(refused[0].refusal).toMatchObject({ code: 'EXCEEDS_BUDGET' });
    expect(refused[0].refusal?.messageZh).toContain('元');
    expect(await balance('AVAILABLE')).toBe(0);
    expect(await balance('COMMITTED')).toBe(50 * AMOUNT);
  });

  it('keeps the ledger balanced: every posting sums to zero, and kept balances equal the lines', async () => {
    const unbalanced = await dataSource.query(
      `SELECT posting_id FROM finance.ledger_line GROUP BY posting_id HAVING sum(amount_fen) <> 0`,
    );
    expect(unbalanced).toEqual([]);
    const drift = await dataSource.query(
      `SELECT b.account FROM finance.account_balance b
         LEFT JOIN (SELECT account, sum(amount_fen) AS total FROM finance.ledger_line GROUP BY account) l
           USING (account)
        WHERE b.balance_fen <> coalesce(l.total, 0)`,
    );
    expect(drift).toEqual([]);
  });

  it('decides a repeated request once: the same commitment id returns the first decision', async () => {
    await budgets.appropriate(FUND, YEAR, AMOUNT, ADMIN);
    const once = request();
    const [first, second] = await Promise.all([decide(once), decide(once)]);
    expect(first.status).toBe('ACCEPTED');
    expect(second).toMatchObject({ id: once.commitmentId, status: 'ACCEPTED' });
    const postings = await dataSource.query(
      `SELECT count(*)::int AS n FROM finance.ledger_posting WHERE reference = $1`,
      [`commitment:${once.commitmentId}`],
    );
    expect(postings[0].n).toBe(1);
  });

  it('refuses a commitment for a fund-year without a budget, naming the reason', async () => {
    const refused = await decide(request({ fiscalYear: 2031 }));
    expect(refused).toMatchObject({ status: 'REFUSED', refusal: { code: 'EXCEEDS_BUDGET' } });
  });

  it('audits every decision in an intact chain (rule R31)', async () => {
    const pool = new Pool({ connectionString: database.url });
    try {
      const report = await verifyAuditChain(pool, 'finance');
      expect(report.ok).toBe(true);
      // 2 appropriations; 100 + 1 + 1 decisions (a repeated request is not decided again)
      expect(report.checked).toBe(2 + 100 + 1 + 1);
    } finally {
      await pool.end();
    }
  });

  describe('the reconciliation report (rule R28)', () => {
    const report = () =>
      new ReconciliationService(dataSource, new ReconciliationRepository()).report(ADMIN);

    it('finds no difference in the ledger the tests above wrote', async () => {
      const clean = await report();
      expect(clean.differences).toEqual([]);
      expect(clean.commitments).toBe(102);
    });

    it('lists every difference after the ledger is tampered with', async () => {
      const [accepted] = await dataSource.query(
        `SELECT id FROM finance.commitment WHERE status = 'ACCEPTED' ORDER BY id LIMIT 1`,
      );
      const [refused] = await dataSource.query(
        `SELECT id FROM finance.commitment WHERE status = 'REFUSED' ORDER BY id LIMIT 1`,
      );
      const available = accountId({ fund: FUND, year: YEAR, kind: 'AVAILABLE' });
      await dataSource.query(
        `UPDATE finance.account_balance SET balance_fen = balance_fen + 1 WHERE account = $1`,
        [available],
      );
      await dataSource.query(
        `UPDATE finance.ledger_posting SET reference = $2 WHERE reference = $1`,
        [`commitment:${accepted.id}`, `commitment:${refused.id}`],
      );
      const differences = (await report()).differences;
      expect(differences).toEqual(
        expect.arrayContaining([
          { kind: 'BALANCE_DIFFERS_FROM_LINES', subject: available, expectedFen: 0, actualFen: 1 },
          {
            kind: 'COMMITMENT_NOT_POSTED',
            subject: accepted.id,
            expectedFen: AMOUNT,
            actualFen: 0,
          },
          {
            kind: 'REFUSED_COMMITMENT_POSTED',
            subject: refused.id,
            expectedFen: 0,
            actualFen: AMOUNT,
          },
        ]),
      );
      expect(differences).toHaveLength(3);
    });

    it('rule R19: lists a confirmed clawback receipt without its posting, and a posting without its receipt', async () => {
      const receipt = randomUUID();
      await dataSource.query(
        `INSERT INTO finance.clawback_receipt
           (id, clawback_id, amount_fen, bank_reference, received_on, status, recorded_by)
         VALUES ($1, $2, 500, 'TAMPER-1', '2026-12-01', 'CONFIRMED', 'maker')`,
        [receipt, randomUUID()],
      );
      const stray = randomUUID();
      const [posting] = await dataSource.query(
        `INSERT INTO finance.ledger_posting (kind, reference) VALUES ('CLAWBACK', $1) RETURNING id`,
        [`clawback-receipt:${stray}`],
      );
      await dataSource.query(
        `INSERT INTO finance.ledger_line (posting_id, account, amount_fen) VALUES ($1, $2, 7), ($1, $3, -7)`,
        [
          posting.id,
          accountId({ fund: FUND, year: YEAR, kind: 'AVAILABLE' }),
          accountId({ fund: FUND, year: YEAR, kind: 'DISBURSED' }),
        ],
      );
      expect((await report()).differences).toEqual(
        expect.arrayContaining([
          { kind: 'RECEIPT_NOT_POSTED', subject: receipt, expectedFen: 500, actualFen: 0 },
          { kind: 'POSTING_WITHOUT_RECEIPT', subject: stray, expectedFen: 0, actualFen: 7 },
        ]),
      );
    });
  });
});
