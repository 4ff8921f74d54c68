import {
  commitmentRequest,
  disbursementRequest,
  FINANCE_CHECKER,
  FINANCE_MAKER,
  type FinanceUnderTest,
  waitFor,
} from '@civic/testing';

/**
 * `count` payments from a programme, awaiting a batch: a budget, commitments of 100 payments each,
 * and the payment requests, all through finance's inbox as a programme would send them.
 */
export async function paymentsAwaitingBatch(
  finance: FinanceUnderTest,
  count: number,
  amountFen = 10_000,
): Promise<string[]> {
  const perCommitment = 100;
  const commitments = Array.from({ length: Math.ceil(count / perCommitment) }, () =>
    commitmentRequest({ amountFen: amountFen * perCommitment }),
  );
  await finance.rpc.call(
    'finance.appropriate',
    {
      fund: 'VENTURE_PHILANTHROPY',
      fiscalYear: 2026,
      amountFen: amountFen * perCommitment * commitments.length,
    },
    FINANCE_MAKER,
  );
  await finance.programme.commitments(commitments);
  const requests = commitments.flatMap((commitment, i) =>
    Array.from({ length: Math.min(perCommitment, count - i * perCommitment) }, () =>
      disbursementRequest(commitment, { amountFen }),
    ),
  );
  await finance.programme.disbursements(requests);
  await waitFor(
    `${count} payments awaiting a batch`,
    async () =>
      Number(
        (
          await finance.pool.query(
            `SELECT count(*) FROM finance.payment WHERE status = 'AWAITING_BATCH'`,
          )
        ).rows[0].count,
      ),
    (n) => n === count,
    { timeoutMs: 120_000, everyMs: 200 },
  );
  return requests.map((r) => r.paymentId);
}

/** A maker batches the payments and a checker approves the batch; returns the batch id. */
export async function approvedBatch(
  finance: FinanceUnderTest,
  paymentIds: string[],
): Promise<string> {
  const batch = await finance.rpc.call('finance.batches.create', { paymentIds }, FINANCE_MAKER);
  await finance.rpc.call(
    'finance.batches.approve',
    { id: batch.id, decision: { comment: '同意拨付' } },
    FINANCE_CHECKER,
  );
  return batch.id;
}

/** The batch's status and how many of its payments are final. */
export async function batchProgress(finance: FinanceUnderTest, batchId: string) {
  const { rows } = await finance.pool.query(
    `SELECT status, payment_count, settled_count + failed_count AS done
       FROM finance.disbursement_batch WHERE id = $1`,
    [batchId],
  );
  return rows[0] as { status: string; payment_count: number; done: number };
}
