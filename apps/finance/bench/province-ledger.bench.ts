import 'reflect-metadata';
import { loadEnv } from '@civic/platform/config';
import { dataSourceOptions, migrateSchema } from '@civic/platform/database';
import { tallyDrift } from '@civic/platform/tallies';
import {
  benchMachine,
  ensureBenchDatabase,
  FINANCE_ADMIN,
  FINANCE_CHECKER,
  loadPlaces,
  sampleTimings,
  StatementRecorder,
} from '@civic/testing';
import { IsDivisibleBy, IsInt, IsString, Matches, Min } from 'class-validator';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { join } from 'node:path';
import { BatchesQueries } from '../src/batches/batches.queries';
import { FundingDashboardQueries } from '../src/dashboard/funding-dashboard.queries';
import { FUNDING_TALLY, FUNDING_TALLY_SOURCE } from '../src/dashboard/funding-tally';
import { FINANCE_DATABASE } from '../src/database';
import { PaymentsQueries } from '../src/payments/payments.queries';
import { ReconciliationRepository } from '../src/reconciliation/reconciliation.repository';
import { ReconciliationService } from '../src/reconciliation/reconciliation.service';
import { FinanceWorkRepository } from '../src/work-queue/work-queue.repository';
import { FinanceWorkQueueService } from '../src/work-queue/work-queue.service';
import { buildBooks, finishBooks, LINES_PER_COMMITMENT, prepareBooks } from './province-books';

/**
 * Finance's books at province scale (issue #19), from one command (`npm run bench -- ledger`):
 *   1. a database that outlives the run (PROVINCE_FINANCE_DATABASE, `civic_province_finance`),
 *      finance's schema migrated;
 *   2. PROVINCE_COMMITMENTS commitments over five fiscal years and four programmes, their
 *      payments, bank transfers, batches and postings (about 5,000,000 ledger lines), built in bulk
 *      SQL (province-books.ts) in chunks a later run resumes; then the budgets, the kept
 *      balances and the funding tally;
 *   3. checks: the reconciliation report lists no difference and nothing held idle, and the
 *      funding tally equals its source;
 *   4. measures, in process on finance's own query classes: the reconciliation report (target
 *      30 s), the funding dashboard at each level (p95 300 ms), the payment and batch lists and the
 *      work queue (p95 100 ms), with EXPLAIN ANALYZE of the lists' SQL.
 * Exits 0 when every check passes and every target is met.
 */
class LedgerEnv {
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,62}$/)
  PROVINCE_FINANCE_DATABASE: string = 'civic_province_finance';

  @IsInt()
  @Min(1000)
  @IsDivisibleBy(1000)
  PROVINCE_COMMITMENTS: number = 1_350_000;

  @IsInt()
  @Min(5)
  PROVINCE_SAMPLES: number = 50;
}

const ROOT = join(__dirname, '../../..');
const ORGANIZATIONS = 100_000;
const CHUNK = 50_000;
const RECONCILIATION_MS = 30_000;
const DASHBOARD_P95_MS = 300;
const LIST_P95_MS = 100;
const ADMIN = FINANCE_ADMIN;
const env = loadEnv(LedgerEnv);

/** Builds commitments from the first not yet built until `target` exist, then the totals. */
async function fill(url: string, target: number) {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const count = async () =>
      Number((await db.query('SELECT count(*)::int AS n FROM finance.commitment')).rows[0].n);
    const existing = await count();
    const finished =
      Number((await db.query('SELECT count(*)::int AS n FROM finance.fund_budget')).rows[0].n) > 0;
    if (existing >= target && finished) return { existing, built: 0, seconds: 0 };
    if (existing % 1000 !== 0) {
      throw new Error(
        `${existing} commitments is not a whole number of batches: drop the database`,
      );
    }
    const places = loadPlaces(ROOT);
    await prepareBooks(db, places);
    const started = performance.now();
    // A chunk commits whole, so commitments 0..existing-1 exist; chunks end at multiples of a
    // batch's 1,000 payments, so a batch is never split between runs.
    for (let from = existing; from < target;) {
      const to = Math.min((Math.floor(from / CHUNK) + 1) * CHUNK, target);
      await buildBooks(db, { from, to, organizations: ORGANIZATIONS, places: places.length });
      const rate = (to - existing) / ((performance.now() - started) / 1000);
      console.error(`[ledger] ${to} of ${target} commitments (${Math.round(rate)}/s)`);
      from = to;
    }
    await finishBooks(db);
    await db.query('VACUUM ANALYZE');
    const seconds = Math.round((performance.now() - started) / 1000);
    return { existing, built: Math.max(0, target - existing), seconds };
  } finally {
    await db.end();
  }
}

const recorder = new StatementRecorder();

async function main() {
  const url = await ensureBenchDatabase(env.PROVINCE_FINANCE_DATABASE);
  const dataSource = await new DataSource({
    ...dataSourceOptions(FINANCE_DATABASE, url),
    logging: true,
    logger: recorder.logger,
  }).initialize();
  try {
    await migrateSchema(dataSource);
    const filled = await fill(url, env.PROVINCE_COMMITMENTS);
    const [{ lines, postings, payments }] = await dataSource.query(
      `SELECT (SELECT count(*) FROM finance.ledger_line)::int AS lines,
              (SELECT count(*) FROM finance.ledger_posting)::int AS postings,
              (SELECT count(*) FROM finance.payment)::int AS payments`,
    );
    const drift = await tallyDrift(dataSource.manager, FUNDING_TALLY, FUNDING_TALLY_SOURCE);

    const reconciliation = new ReconciliationService(dataSource, new ReconciliationRepository());
    const runs: number[] = [];
    let report: Awaited<ReturnType<ReconciliationService['report']>> | undefined;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      report = await reconciliation.report(ADMIN);
      runs.push(Math.round(performance.now() - started));
    }
    const clean = report!.differences.length === 0 && report!.heldWithNothingToPay.length === 0;

    const funding = new FundingDashboardQueries(dataSource);
    const dashboards: Record<string, object> = {};
    for (const [label, query] of [
      ['province', {}],
      ['province, one year', { year: 2025 }],
      ['a city (南宁市)', { areaCode: '4501' }],
      ['a county (兴宁区), lottery fund', { areaCode: '450102', fund: 'LOTTERY_WELFARE' }],
      ['a street', { areaCode: '450102001' }],
    ] as const) {
      dashboards[label] = await sampleTimings(
        () => funding.funding(query, ADMIN),
        env.PROVINCE_SAMPLES,
      );
    }

    const paymentsQueries = new PaymentsQueries(dataSource);
    const batches = new BatchesQueries(dataSource);
    const work = new FinanceWorkQueueService(new FinanceWorkRepository(dataSource));
    const [{ batch }] = await dataSource.query(
      `SELECT id AS batch FROM finance.disbursement_batch ORDER BY number LIMIT 1 OFFSET (SELECT count(*) / 2 FROM finance.disbursement_batch)`,
    );
    const listCalls: [string, () => Promise<unknown>][] = [
      ['payments, first page', () => paymentsQueries.list({}, ADMIN)],
      ['payments, deep page (2,000 × 50)', () => paymentsQueries.list({ page: 2000 }, ADMIN)],
      [
        'payments awaiting a batch',
        () => paymentsQueries.list({ status: 'AWAITING_BATCH' }, ADMIN),
      ],
      [
        'payments of one fund, settled',
        () => paymentsQueries.list({ fund: 'LOTTERY_WELFARE', status: 'SETTLED' }, ADMIN),
      ],
      ['payments of one batch', () => paymentsQueries.list({ batchId: batch }, ADMIN)],
      ['batches, first page', () => batches.list({}, ADMIN)],
      ['batches, deep page', () => batches.list({ page: 500 }, ADMIN)],
      ["a checker's work queue", () => work.work(FINANCE_CHECKER)],
    ];
    const lists: Record<string, object> = {};
    for (const [label, run] of listCalls) {
      lists[label] = {
        ...(await sampleTimings(run, env.PROVINCE_SAMPLES)),
        plans: await recorder.plansOf(dataSource, run),
      };
    }

    const ok =
      clean &&
      drift.length === 0 &&
      Math.max(...runs) < RECONCILIATION_MS &&
      Object.values(dashboards).every((t) => (t as { p95: number }).p95 < DASHBOARD_P95_MS) &&
      Object.values(lists).every((t) => (t as { p95: number }).p95 < LIST_P95_MS);
    console.log(
      JSON.stringify(
        {
          bench: 'province-ledger',
          date: new Date().toISOString().slice(0, 10),
          machine: benchMachine(),
          commitments: filled.existing + filled.built,
          builtThisRun: filled.built,
          buildSeconds: filled.seconds,
          expectedLines: Math.round(env.PROVINCE_COMMITMENTS * LINES_PER_COMMITMENT),
          lines,
          postings,
          payments,
          checks: {
            reconciliationDifferences: report!.differences.length,
            heldWithNothingToPay: report!.heldWithNothingToPay.length,
            fundingTallyDrift: drift.length,
          },
          targets: {
            reconciliationMs: RECONCILIATION_MS,
            dashboardP95Ms: DASHBOARD_P95_MS,
            listP95Ms: LIST_P95_MS,
          },
          reconciliationMs: runs,
          dashboards,
          lists,
          ok,
        },
        null,
        2,
      ),
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
