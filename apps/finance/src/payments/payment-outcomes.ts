import { afterFailedAttempt, type RetryPolicy, retryDelayMs } from '@civic/domain/finance';
import type { TransferFailure, TransferResult } from '../treasury/treasury-adapter';
import type { ClaimedPayment } from './claimed-payment';

export interface Settle {
  payment: ClaimedPayment;
  bankReference: string;
}
export interface Fail {
  payment: ClaimedPayment;
  failure: TransferFailure;
}
export interface Retry {
  payment: ClaimedPayment;
  failure: TransferFailure;
  delayMs: number;
}
export interface Inquire {
  payment: ClaimedPayment;
  delayMs: number;
}

/** What to record for each payment of a chunk, given the bank's answers. */
export interface ChunkOutcomes {
  settle: Settle[];
  fail: Fail[];
  retry: Retry[];
  inquire: Inquire[];
}

/**
 * rule R28: sorts a chunk's payments by the bank's answer. Executed ones settle; declined ones fail
 * for good; ones the bank did not take are retried with backoff until attempts run out, then fail
 * with the last reason; ones without an answer stay at the bank and are asked about later, never
 * sent blind.
 */
export function outcomesOf(
  claimed: readonly ClaimedPayment[],
  answers: ReadonlyMap<string, TransferResult>,
  policy: RetryPolicy,
): ChunkOutcomes {
  const outcomes: ChunkOutcomes = { settle: [], fail: [], retry: [], inquire: [] };
  for (const payment of claimed) {
    const answer = answers.get(payment.id);
    if (!answer || answer.outcome === 'UNKNOWN') {
      outcomes.inquire.push({
        payment,
        delayMs: retryDelayMs(Math.max(1, payment.attempts), policy),
      });
    } else if (answer.outcome === 'EXECUTED') {
      outcomes.settle.push({ payment, bankReference: answer.bankReference });
    } else {
      const failure = { code: answer.code, message: answer.message, messageZh: answer.messageZh };
      const next = afterFailedAttempt(
        Math.max(1, payment.attempts),
        {
          retryable: answer.outcome === 'NOT_EXECUTED',
        },
        policy,
      );
      if (next.status === 'PENDING')
        outcomes.retry.push({ payment, failure, delayMs: next.retryInMs });
      else outcomes.fail.push({ payment, failure: finalFailure(failure, payment, answer.outcome) });
    }
  }
  return outcomes;
}

function finalFailure(
  failure: TransferFailure,
  payment: ClaimedPayment,
  outcome: 'DECLINED' | 'NOT_EXECUTED',
): TransferFailure {
  if (outcome === 'DECLINED') return failure;
  return {
    code: failure.code,
    message: `${failure.message} (gave up after ${payment.attempts} attempts)`,
    messageZh: `${failure.messageZh}（已尝试 ${payment.attempts} 次，停止重试）`,
  };
}
