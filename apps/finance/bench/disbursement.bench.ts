import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { loadEnv } from '@civic/platform/config';
import {
  benchMachine,
  FINANCE_CHECKER,
  FINANCE_MAKER,
  rawBullmqJobsPerSecond,
  startFinance,
  testRedisUrl,
} from '@civic/testing';
import { IsInt, Min } from 'class-validator';
import { batchProgress, paymentsAwaitingBatch } from '../test/chaos/disbursement-fixture';

/**
 * A 10,000-payment batch disbursed end to end, from the checker's approval to the last payment
 * settled (claims, the simulated bank, settlement postings, the answers to the programme, the
 * batch's progress), beside raw BullMQ no-op jobs measured in the same run, with the finance
 * process's memory sampled throughout. Run with `npm run bench`.
 */
class BenchEnv {
  @IsInt()
  @Min(100)
  BENCH_PAYMENTS: number = 10_000;

  /** The simulated bank's time per bulk call, in ms. */
  @IsInt()
  @Min(0)
  BENCH_BANK_LATENCY_MS: number = 5;

  /** Finance's PAYMENT_CHUNK_SIZE and PAYMENT_CONCURRENCY for the run (its defaults: 250, 4). */
  @IsInt()
  @Min(1)
  BENCH_PAYMENT_CHUNK_SIZE: number = 250;

  @IsInt()
  @Min(1)
  BENCH_PAYMENT_CONCURRENCY: number = 4;
}

const env = loadEnv(BenchEnv);
const N = env.BENCH_PAYMENTS;

/** Samples a process's resident memory (MiB) until stopped. */
function sampleMemory(pid: number) {
  const samples: number[] = [];
  const timer = setInterval(() => {
    try {
      samples.push(Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)]).toString()) / 1024);
    } catch {
      // the process is gone
    }
  }, 200);
  return {
    stop() {
      clearInterval(timer);
      const peak = Math.max(...samples);
      const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
      return { peakMiB: Math.round(peak), meanMiB: Math.round(mean), samples: samples.length };
    },
  };
}

async function main(): Promise<void> {
  const raw = await rawBullmqJobsPerSecond(testRedisUrl(), N, 32);
  const finance = await startFinance({
    env: {
      TREASURY_LATENCY_MS: String(env.BENCH_BANK_LATENCY_MS),
      PAYMENT_CHUNK_SIZE: String(env.BENCH_PAYMENT_CHUNK_SIZE),
      PAYMENT_CONCURRENCY: String(env.BENCH_PAYMENT_CONCURRENCY),
      LOG_LEVEL: 'error',
    },
  });
  try {
    const paymentIds = await paymentsAwaitingBatch(finance, N, 1_000);
    const batch = await finance.rpc.call('finance.batches.create', { paymentIds }, FINANCE_MAKER);
    const memory = sampleMemory(finance.pid()!);
    const started = performance.now();
    await finance.rpc.call(
      'finance.batches.approve',
      { id: batch.id, decision: { comment: 'bench' } },
      FINANCE_CHECKER,
    );
    let progress = await batchProgress(finance, batch.id);
    while (progress.status === 'PAYING') {
      await new Promise((resolve) => setTimeout(resolve, 20));
      progress = await batchProgress(finance, batch.id);
    }
    const seconds = (performance.now() - started) / 1000;
    const financeMemory = memory.stop();
    const [bank] = (
      await finance.pool.query(
        `SELECT count(*)::int AS transfers, count(*) FILTER (WHERE requests <> 1)::int AS repeated
           FROM finance.simulated_bank_transfer`,
      )
    ).rows;
    const report = await finance.rpc.call('finance.reconciliation', {}, FINANCE_MAKER);
    const result = {
      date: new Date().toISOString().slice(0, 10),
      machine: benchMachine(),
      payments: N,
      bankLatencyMsPerCall: env.BENCH_BANK_LATENCY_MS,
      chunkSize: env.BENCH_PAYMENT_CHUNK_SIZE,
      chunksAtOnce: env.BENCH_PAYMENT_CONCURRENCY,
      rawBullmqJobsPerSecond: Math.round(raw),
      paymentsPerSecond: Math.round(N / seconds),
      ratio: Number((N / seconds / raw).toFixed(3)),
      seconds: Number(seconds.toFixed(2)),
      batchStatus: progress.status,
      financeMemory,
      exactlyOnce: bank.transfers === N && bank.repeated === 0,
      reconciled: report.differences.length === 0,
    };
    console.log(JSON.stringify(result, null, 2));
    if (!result.exactlyOnce || !result.reconciled || result.batchStatus !== 'PAID') {
      process.exitCode = 1;
    }
  } finally {
    await finance.stop();
  }
}

void main();
