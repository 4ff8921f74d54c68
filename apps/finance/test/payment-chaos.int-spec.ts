import { setTimeout as sleep } from 'node:timers/promises';
import {
  FINANCE_MAKER,
  type FinanceUnderTest,
  startFinance,
  startPrivateRedis,
  testEnv,
  waitFor,
} from '@civic/testing';
import { Redis } from 'ioredis';
import { approvedBatch, batchProgress, paymentsAwaitingBatch } from './chaos/disbursement-fixture';
import { fundingDrift } from './funding-drift';

const RUNS = Number(testEnv().CHAOS_RUNS);
const PAYMENTS = 2_000;
const KILLS = 3;

jest.setTimeout(RUNS * 240_000);

/**
 * Invariant (b), rule R28: a 2,000-payment batch is paid while the finance worker is killed with
 * SIGKILL at random moments and Redis loses all its data once. Afterwards every payment reached
 * the bank exactly once, each is settled or failed (none lost), the ledger balances and every
 * record reconciles. On a private redis-server, so FLUSHALL touches no other test.
 * CI runs it CHAOS_RUNS=5 times; `npm run chaos` runs it more.
 */
describe('paying a batch through crashes and a Redis wipe (rule R28)', () => {
  let redis: Awaited<ReturnType<typeof startPrivateRedis>>;

  beforeAll(async () => {
    redis = await startPrivateRedis();
  });

  afterAll(() => redis?.stop());

  it.each(Array.from({ length: RUNS }, (_, i) => [i + 1]))(
    'rule R28: run %i: every payment reaches the bank exactly once and the ledger balances',
    async () => {
      const finance = await startFinance({
        redisUrl: redis.url,
        env: {
          TREASURY_LATENCY_MS: '60',
          TREASURY_DECLINE_RATE: '0.02',
          PAYMENT_CHUNK_SIZE: '50',
          PAYMENT_CONCURRENCY: '2',
          PAYMENT_LEASE_MS: '2000',
          PAYMENT_SWEEP_MS: '300',
          PAYMENT_REQUEUE_MS: '1500',
        },
      });
      try {
        const paymentIds = await paymentsAwaitingBatch(finance, PAYMENTS);
        const batchId = await approvedBatch(finance, paymentIds);
        const caughtAtBank = await crashWhilePaying(finance, batchId, redis.url);
        const done = await waitFor(
          'the batch to finish',
          () => batchProgress(finance, batchId),
          (b) => b.status === 'PAID' || b.status === 'PARTLY_FAILED',
          { timeoutMs: 120_000, everyMs: 250 },
        );
        expect(caughtAtBank).toBeGreaterThan(0);
        expect(done).toMatchObject({ payment_count: PAYMENTS, done: PAYMENTS });
        await expectExactlyOnce(finance);
      } finally {
        await finance.stop();
      }
    },
  );
});

/**
 * Kills the finance process at random moments while the batch pays, restarting it each time, and
 * wipes Redis once while it is down. At least KILLS kills, and more (up to twice as many) until one
 * has caught payments at the bank (SENT): the moment a careless worker would pay twice. Returns how
 * many payments were at the bank when their worker died.
 */
async function crashWhilePaying(finance: FinanceUnderTest, batchId: string, redisUrl: string) {
  const wipeAt = Math.floor(Math.random() * KILLS);
  let caughtAtBank = 0;
  for (let i = 0; i < 2 * KILLS && (i < KILLS || caughtAtBank === 0); i++) {
    await sleep(150 + Math.random() * 1_200);
    if ((await batchProgress(finance, batchId)).status !== 'PAYING') break;
    await finance.kill('SIGKILL');
    const { rows } = await finance.pool.query(
      `SELECT count(*)::int AS n FROM finance.payment WHERE status = 'SENT'`,
    );
    caughtAtBank += rows[0].n;
    if (i === wipeAt) await flushAll(redisUrl);
    await finance.restart();
  }
  return caughtAtBank;
}

async function flushAll(url: string): Promise<void> {
  const client = new Redis(url);
  await client.flushall();
  await client.quit();
}

async function expectExactlyOnce(finance: FinanceUnderTest): Promise<void> {
  const one = async (sql: string) => (await finance.pool.query(sql)).rows[0];
  // Nothing lost: every payment is final; nothing left at the bank unanswered.
  expect(
    await one(
      `SELECT count(*)::int AS n FROM finance.payment WHERE status NOT IN ('SETTLED', 'FAILED')`,
    ),
  ).toEqual({ n: 0 });
  // Every payment reached the bank, exactly once (declined ones too); executed = settled.
  expect(
    await one(`SELECT count(*)::int AS transfers, count(*) FILTER (WHERE requests <> 1)::int AS repeated,
                      count(*) FILTER (WHERE outcome = 'EXECUTED')::int AS executed
                 FROM finance.simulated_bank_transfer`),
  ).toEqual({
    transfers: PAYMENTS,
    repeated: 0,
    executed: (await one(`SELECT count(*)::int AS n FROM finance.payment WHERE status = 'SETTLED'`))
      .n,
  });
  // Failures are the bank's declines, each with its reason.
  expect(
    await one(`SELECT count(*)::int AS n FROM finance.payment
                WHERE status = 'FAILED' AND failure->>'code' IS DISTINCT FROM 'ACCOUNT_FROZEN'`),
  ).toEqual({ n: 0 });
  // One answer per payment went to the programme (kept in the outbox until relayed).
  expect(
    await one(`SELECT count(DISTINCT payload->>'paymentId')::int AS paid, count(*)::int AS answers
                 FROM finance.outbox WHERE name IN ('finance.disbursement-settled.v1', 'finance.disbursement-failed.v1')`),
  ).toEqual({ paid: PAYMENTS, answers: PAYMENTS });
  // The ledger balances and agrees with payments, the bank and the commitments.
  expect(
    await one(`SELECT coalesce(sum(amount_fen), 0)::int AS total FROM finance.ledger_line`),
  ).toEqual({ total: 0 });
  const report = await finance.rpc.call('finance.reconciliation', {}, FINANCE_MAKER);
  expect(report.differences).toEqual([]);
  expect(report.bankTransfers).toBe(PAYMENTS);
  // issue #18: the funding tally moved with every settlement and failure, once, through it all.
  expect(await fundingDrift(finance.pool)).toEqual([]);
}
