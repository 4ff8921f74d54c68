import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import { tallyDrift } from '@civic/platform/tallies';
import {
  FINANCE_ADMIN,
  indexesRead,
  loadPlaces,
  planWithoutSeqScans,
  sorts,
  statementLog,
  testServerUrl,
} from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { buildBooks, finishBooks, prepareBooks } from '../bench/province-books';
import { FUNDING_TALLY, FUNDING_TALLY_SOURCE } from '../src/dashboard/funding-tally';
import { FINANCE_DATABASE } from '../src/database';
import { PaymentsQueries } from '../src/payments/payments.queries';
import {
  ReconciliationRepository,
  type Scope,
} from '../src/reconciliation/reconciliation.repository';
import { ReconciliationService } from '../src/reconciliation/reconciliation.service';

jest.setTimeout(60_000);

/**
 * Finance's books at province scale (issue #19), small: the bench's bulk build
 * (bench/province-books.ts) on 5,000 commitments, so that CI checks what the bench relies on.
 * - The build keeps every invariant: the reconciliation report is clean and the funding tally
 *   equals its source.
 * - The report's fast path (ReconciliationRepository.suspects: only records not plainly in order
 *   are judged one by one) finds exactly what judging every record finds, difference for
 *   difference, after the books are tampered with in every way the report knows (R19, R27, R28).
 * - The payments list reads its order from an index, by plan, not by time.
 */
const COMMITMENTS = 5_000;
const ROOT = join(__dirname, '../../..');

/** The report as it was before the fast path: every record read and judged. */
class EveryRecord extends ReconciliationService {
  protected override async narrow(): Promise<Scope> {
    return 'all';
  }
}

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let dataSource: DataSource;
let db: Client;

beforeAll(async () => {
  scratch = await createScratchDatabase(testServerUrl(), 'ledger_scale');
  dataSource = await new DataSource(dataSourceOptions(FINANCE_DATABASE, scratch.url)).initialize();
  await migrateSchema(dataSource);
  db = new Client({ connectionString: scratch.url });
  await db.connect();
  const places = loadPlaces(ROOT);
  await prepareBooks(db, places);
  for (let from = 0; from < COMMITMENTS; from += 1000) {
    await buildBooks(db, { from, to: from + 1000, organizations: 700, places: places.length });
  }
  await finishBooks(db);
  await db.query('ANALYZE');
});

afterAll(async () => {
  await db?.end();
  await dataSource?.destroy();
  await scratch?.drop();
});

const repository = new ReconciliationRepository();
const fast = () => new ReconciliationService(dataSource, repository).report(FINANCE_ADMIN);
const everything = () => new EveryRecord(dataSource, repository).report(FINANCE_ADMIN);
const sorted = <T>(items: T[]) => items.map((d) => JSON.stringify(d)).sort();
const one = async (sql: string, parameters: unknown[] = []) =>
  (await db.query(sql, parameters)).rows[0];

describe('finance books built in bulk at province scale (issue #19)', () => {
  it('builds books that reconcile: no difference, nothing held idle, the tally equal to its source', async () => {
    const report = await fast();
    expect(report.differences).toEqual([]);
    expect(report.heldWithNothingToPay).toEqual([]);
    expect(report.commitments).toBe(COMMITMENTS);
    // shapes 1, 2 and 4–19 of every 20 have a payment; 4–19 settled at the bank
    expect(report.payments).toBe((COMMITMENTS / 20) * 18);
    expect(report.bankTransfers).toBe((COMMITMENTS / 20) * 16);
    expect(await tallyDrift(dataSource.manager, FUNDING_TALLY, FUNDING_TALLY_SOURCE)).toEqual([]);
    const suspects = await dataSource.transaction((manager) => repository.suspects(manager));
    expect(suspects).toEqual({ commitments: [], payments: [] });
  });

  it('finds, judging only the suspects, every difference judging every record finds (R19, R27, R28)', async () => {
    const commitment = (shape: number, nth = 0) =>
      one(
        `SELECT c.id, c.amount_fen::int AS fen, c.fund, c.fiscal_year, p.id AS payment
           FROM finance.commitment c LEFT JOIN finance.payment p ON p.commitment_id = c.id
          WHERE c.reference = $1`,
        [
          `${['incubation', 'venture', 'lottery-fund', 'procurement'][shape % 4]}:province:${shape + 20 * nth}`,
        ],
      );
    const postingOf = async (reference: string) =>
      (await one(`SELECT id FROM finance.ledger_posting WHERE reference = $1`, [reference])).id;
    const post = async (kind: string, reference: string, account: string, fen: number) => {
      const { id } = await one(
        `INSERT INTO finance.ledger_posting (kind, reference) VALUES ($1, $2) RETURNING id`,
        [kind, reference],
      );
      await db.query(
        `INSERT INTO finance.ledger_line (posting_id, account, amount_fen) VALUES ($1, $2, $3), ($1, $4, $5)`,
        [id, `${account}:COMMITTED`, fen, `${account}:AVAILABLE`, -fen],
      );
    };
    const paid = await commitment(7); // closed, paid in full
    const paid2 = await commitment(8);
    const paid3 = await commitment(9);
    const waiting = await commitment(1); // accepted, its payment awaiting a batch
    const waiting2 = await commitment(2);
    const released = await commitment(4); // three quarters paid, the rest released
    const refused = await commitment(0);
    const account = `${paid.fund}:${paid.fiscal_year}`;
    // BALANCE_DIFFERS_FROM_LINES
    await db.query(
      `UPDATE finance.account_balance SET balance_fen = balance_fen + 1 WHERE account = $1`,
      [`${account}:AVAILABLE`],
    );
    // UNBALANCED_POSTING (and its account's lines move)
    await db.query(
      `UPDATE finance.ledger_line SET amount_fen = amount_fen + 5
        WHERE posting_id = $1 AND amount_fen > 0`,
      [await postingOf(`commitment:${paid.id}`)],
    );
    // COMMITMENT_POSTED_TWICE, REFUSED_COMMITMENT_POSTED, POSTING_WITHOUT_COMMITMENT
    await post('COMMITMENT', `commitment:${paid2.id}`, account, paid2.fen);
    await post('COMMITMENT', `commitment:${refused.id}`, account, 100);
    await post('COMMITMENT', `commitment:${randomUUID()}`, account, 100);
    // COMMITMENT_NOT_POSTED
    const lost = await postingOf(`commitment:${paid3.id}`);
    await db.query(`DELETE FROM finance.ledger_line WHERE posting_id = $1`, [lost]);
    await db.query(`DELETE FROM finance.ledger_posting WHERE id = $1`, [lost]);
    // RELEASE_AMOUNT_DIFFERS, RELEASE_WITHOUT_COMMITMENT
    await db.query(`UPDATE finance.commitment SET released_fen = released_fen + 1 WHERE id = $1`, [
      released.id,
    ]);
    await post('RELEASE', `release:${randomUUID()}`, account, 10);
    // SETTLED_NOT_AT_BANK, BANK_AMOUNT_DIFFERS, BANK_TRANSFER_WITHOUT_PAYMENT
    const other = await commitment(10);
    const differs = await commitment(11);
    await db.query(`DELETE FROM finance.simulated_bank_transfer WHERE payment_id = $1`, [
      other.payment,
    ]);
    await db.query(
      `UPDATE finance.simulated_bank_transfer SET amount_fen = amount_fen - 1 WHERE payment_id = $1`,
      [differs.payment],
    );
    await db.query(
      `INSERT INTO finance.simulated_bank_transfer (payment_id, amount_fen, to_account, outcome)
       VALUES ($1, 100, '{}', 'EXECUTED')`,
      [randomUUID()],
    );
    // PAID_AT_BANK_NOT_SETTLED: a payment awaiting a batch is already at the bank
    await db.query(
      `INSERT INTO finance.simulated_bank_transfer (payment_id, amount_fen, to_account, outcome)
       VALUES ($1, 100, '{}', 'EXECUTED')`,
      [waiting.payment],
    );
    // SETTLEMENT_WITHOUT_PAYMENT
    await post('SETTLEMENT', `payment:${randomUUID()}`, account, 100);
    // DISBURSED_OVER_COMMITMENT (and COMMITMENT_AMOUNT_DIFFERS)
    const over = await commitment(12);
    await db.query(`UPDATE finance.commitment SET amount_fen = amount_fen - 7 WHERE id = $1`, [
      over.id,
    ]);
    // held with nothing to pay: the only payment of an open commitment failed
    await db.query(`UPDATE finance.payment SET status = 'FAILED' WHERE id = $1`, [
      waiting2.payment,
    ]);

    const suspects = await dataSource.transaction((manager: EntityManager) =>
      repository.suspects(manager),
    );
    expect(suspects.commitments.length).toBeLessThan(20);
    const [quick, full] = [await fast(), await everything()];
    expect(sorted(quick.differences)).toEqual(sorted(full.differences));
    expect(quick.heldWithNothingToPay).toEqual(full.heldWithNothingToPay);
    expect(quick.heldWithNothingToPay).toEqual([
      expect.objectContaining({ commitmentId: waiting2.id }),
    ]);
    expect(new Set(quick.differences.map((d) => d.kind))).toEqual(
      new Set([
        'BALANCE_DIFFERS_FROM_LINES',
        'UNBALANCED_POSTING',
        'COMMITMENT_POSTED_TWICE',
        'REFUSED_COMMITMENT_POSTED',
        'POSTING_WITHOUT_COMMITMENT',
        'COMMITMENT_NOT_POSTED',
        'COMMITMENT_AMOUNT_DIFFERS',
        'RELEASE_AMOUNT_DIFFERS',
        'RELEASE_WITHOUT_COMMITMENT',
        'SETTLED_NOT_AT_BANK',
        'BANK_AMOUNT_DIFFERS',
        'BANK_TRANSFER_WITHOUT_PAYMENT',
        'PAID_AT_BANK_NOT_SETTLED',
        'SETTLEMENT_WITHOUT_PAYMENT',
        'DISBURSED_OVER_COMMITMENT',
      ]),
    );
    expect(quick).toMatchObject({
      commitments: full.commitments,
      payments: full.payments,
      bankTransfers: full.bankTransfers,
      postings: full.postings,
    });

    // A UUID in other text than the writers' (upper case here) would match its commitment as a
    // UUID but not as text, as the full report matches: the report reads everything instead.
    const upper = await commitment(13);
    await db.query(
      `UPDATE finance.ledger_posting SET reference = 'commitment:' || upper(substring(reference from 12))
        WHERE reference = $1`,
      [`commitment:${upper.id}`],
    );
    const [upperCase, upperCaseFull] = [await fast(), await everything()];
    expect(sorted(upperCase.differences)).toEqual(sorted(upperCaseFull.differences));
    expect(upperCase.differences).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'COMMITMENT_NOT_POSTED', subject: upper.id }),
        expect.objectContaining({
          kind: 'POSTING_WITHOUT_COMMITMENT',
          subject: upper.id.toUpperCase(),
        }),
      ]),
    );

    // A reference that is no UUID cannot be narrowed to either.
    await post('COMMITMENT', 'commitment:not-a-uuid', account, 1);
    const [fallback, reference] = [await fast(), await everything()];
    expect(sorted(fallback.differences)).toEqual(sorted(reference.differences));
    expect(fallback.differences).toContainEqual(
      expect.objectContaining({ kind: 'POSTING_WITHOUT_COMMITMENT', subject: 'not-a-uuid' }),
    );
  });

  it('reads the payments list in its order from an index, whole or by status', async () => {
    const { logger, sent: statements } = statementLog();
    const recording = await new DataSource({
      ...dataSourceOptions(FINANCE_DATABASE, scratch.url),
      logging: ['query'],
      logger,
    }).initialize();
    try {
      const queries = new PaymentsQueries(recording);
      for (const [filter, index] of [
        [{}, 'payment_listed'],
        [{ status: 'SETTLED' }, 'payment_listed_by_status'],
      ] as const) {
        statements.length = 0;
        const page = await queries.list({ ...filter, page: 3, pageSize: 20 }, FINANCE_ADMIN);
        expect(page.items).toHaveLength(20);
        const [sql, parameters] = statements.find(([s]) => /ORDER BY/.test(s))!;
        const plan = await recording.transaction((m) => planWithoutSeqScans(m, sql, parameters));
        expect(indexesRead(plan)).toContain(index);
        expect(sorts(plan)).toBe(false);
      }
    } finally {
      await recording.destroy();
    }
  });
});
