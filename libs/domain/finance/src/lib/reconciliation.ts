import type { Fen } from '@civic/domain/money';

/** What the finance service holds, as plain numbers, for a reconciliation (rule R28). */
export interface ReconciliationInput {
  /** Kept balance per account (account_balance). */
  keptBalances: ReadonlyMap<string, Fen>;
  /** Sum of the ledger lines per account. */
  lineTotals: ReadonlyMap<string, Fen>;
  /** Postings whose lines do not sum to zero, by id, with their sum. */
  unbalancedPostings: readonly { postingId: string; sumFen: Fen }[];
  /** Accepted commitments, by id, with their amount. */
  acceptedCommitments: ReadonlyMap<string, Fen>;
  /** Refused commitments' ids. */
  refusedCommitments: ReadonlySet<string>;
  /** COMMITMENT postings by the commitment they reference, with the amount committed. */
  commitmentPostings: ReadonlyMap<string, Fen[]>;
}

export type DifferenceKind =
  | 'BALANCE_DIFFERS_FROM_LINES'
  | 'UNBALANCED_POSTING'
  | 'COMMITMENT_NOT_POSTED'
  | 'COMMITMENT_POSTED_TWICE'
  | 'COMMITMENT_AMOUNT_DIFFERS'
  | 'POSTING_WITHOUT_COMMITMENT'
  | 'REFUSED_COMMITMENT_POSTED';

export interface Difference {
  kind: DifferenceKind;
  /** The account, posting or commitment it is about. */
  subject: string;
  expectedFen: Fen;
  actualFen: Fen;
}

// rule R28: the ledger must always reconcile to the source records; list every difference.
export function reconcile(input: ReconciliationInput): Difference[] {
  const differences: Difference[] = [];
  const accounts = new Set([...input.keptBalances.keys(), ...input.lineTotals.keys()]);
  for (const account of [...accounts].sort()) {
    const kept = input.keptBalances.get(account) ?? 0;
    const lines = input.lineTotals.get(account) ?? 0;
    if (kept !== lines) {
      differences.push({
        kind: 'BALANCE_DIFFERS_FROM_LINES',
        subject: account,
        expectedFen: lines,
        actualFen: kept,
      });
    }
  }
  for (const { postingId, sumFen } of input.unbalancedPostings) {
    differences.push({
      kind: 'UNBALANCED_POSTING',
      subject: postingId,
      expectedFen: 0,
      actualFen: sumFen,
    });
  }
  differences.push(...commitmentDifferences(input));
  return differences;
}

// rule R27, rule R28: each accepted commitment is posted once, for its amount; nothing else is.
function commitmentDifferences(input: ReconciliationInput): Difference[] {
  const differences: Difference[] = [];
  for (const [id, amountFen] of [...input.acceptedCommitments].sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    const posted = input.commitmentPostings.get(id) ?? [];
    const total = posted.reduce((sum, fen) => sum + fen, 0);
    if (posted.length === 0) {
      differences.push({
        kind: 'COMMITMENT_NOT_POSTED',
        subject: id,
        expectedFen: amountFen,
        actualFen: 0,
      });
    } else if (posted.length > 1) {
      differences.push({
        kind: 'COMMITMENT_POSTED_TWICE',
        subject: id,
        expectedFen: amountFen,
        actualFen: total,
      });
    } else if (total !== amountFen) {
      differences.push({
        kind: 'COMMITMENT_AMOUNT_DIFFERS',
        subject: id,
        expectedFen: amountFen,
        actualFen: total,
      });
    }
  }
  for (const [id, amounts] of input.commitmentPostings) {
    if (input.acceptedCommitments.has(id)) continue;
    const total = amounts.reduce((sum, fen) => sum + fen, 0);
    const kind = input.refusedCommitments.has(id)
      ? 'REFUSED_COMMITMENT_POSTED'
      : 'POSTING_WITHOUT_COMMITMENT';
    differences.push({ kind, subject: id, expectedFen: 0, actualFen: total });
  }
  return differences;
}
