import { Permission } from '@civic/domain/access';
import { shareOf } from '@civic/domain/dashboards';
import type { BatchStatus, BatchView } from '../api/types';

// What a batch's page shows, from the batch and the signed-in user alone (pure; rule R28).

/** Approved and not yet done: its payments are on their way to the bank. */
export const isPaying = (status: BatchStatus) => status === 'APPROVED' || status === 'PAYING';

/** Every payment has its answer: settled, or failed for good. */
export const isDone = (status: BatchStatus) => status === 'PAID' || status === 'PARTLY_FAILED';

export interface BatchProgress {
  /** Payments with an answer (settled or failed). */
  done: number;
  /** Share of payments with an answer, 0–100, one decimal, never 0 for some nor 100 for not all. */
  percent: number;
  /** Share settled, 0–100 (the green part of the bar). */
  settledPercent: number;
  status: 'normal' | 'active' | 'success' | 'exception';
}

export function batchProgress(batch: BatchView): BatchProgress {
  const done = batch.settledCount + batch.failedCount;
  // issue #18: shares as the dashboards show them: 1 of 1,000 settled is 0.1 %, never 0 %.
  const share = (count: number) => shareOf(count, batch.paymentCount).percent ?? 0;
  const status =
    batch.status === 'PARTLY_FAILED'
      ? 'exception'
      : batch.status === 'PAID'
        ? 'success'
        : isPaying(batch.status)
          ? 'active'
          : 'normal';
  return { done, percent: share(done), settledPercent: share(batch.settledCount), status };
}

/**
 * What the user may do about a submitted batch (four eyes, rule R28): `check` it (approve or
 * reject), nothing because it is their `own`, or `wait` for a checker; `none` once it is decided.
 */
export type BatchDecisionState = 'check' | 'own' | 'wait' | 'none';

export function decisionState(
  batch: Pick<BatchView, 'status' | 'makerId'>,
  user: { id: string; permissions: readonly string[] },
): BatchDecisionState {
  if (batch.status !== 'SUBMITTED') return 'none';
  if (batch.makerId === user.id) return 'own';
  return user.permissions.includes(Permission.BATCH_CHECK) ? 'check' : 'wait';
}
