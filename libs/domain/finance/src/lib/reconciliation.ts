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
  /** Clawback receipts a checker confirmed (R19), by id, with their amount. */
  confirmedReceipts?: ReadonlyMap<string, Fen>;
  /** CLAWBACK postings by the receipt they reference, with the amount returned. */
  receiptPostings?: ReadonlyMap<string, Fen[]>;
  /** What each commitment says was released (rule R27), by id; 0 when nothing was. */
  releasedCommitments?: ReadonlyMap<string, Fen>;
  /** RELEASE postings by the commitment they release, with each one's amount. */
  releasePostings?: ReadonlyMap<string, Fen[]>;
}

export type DifferenceKind =
  | 'BALANCE_DIFFERS_FROM_LINES'
  | 'UNBALANCED_POSTING'
  | 'COMMITMENT_NOT_POSTED'
  | 'COMMITMENT_POSTED_TWICE'
  | 'COMMITMENT_AMOUNT_DIFFERS'
  | 'POSTING_WITHOUT_COMMITMENT'
  | 'REFUSED_COMMITMENT_POSTED'
  | 'RECEIPT_NOT_POSTED'
  | 'RECEIPT_POSTED_TWICE'
  | 'RECEIPT_AMOUNT_DIFFERS'
  | 'POSTING_WITHOUT_RECEIPT'
  | 'RELEASE_AMOUNT_DIFFERS'
  | 'RELEASE_WITHOUT_COMMITMENT';

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
  differences.push(
    ...pairDifferences(
      input.confirmedReceipts ?? new Map(),
      input.receiptPostings ?? new Map(),
      RECEIPT_KINDS,
    ),
  );
  differences.push(
    ...releaseDifferences(
      input.releasedCommitments ?? new Map(),
      input.releasePostings ?? new Map(),
    ),
  );
  return differences;
}

/**
 * rule R27, rule R28: a commitment may be released in several postings (once when it closes, again
 * for each payment that was on its way and failed); together they make what it says was released,
 * and each one releases a commitment finance holds.
 */
function releaseDifferences(
  released: ReadonlyMap<string, Fen>,
  postings: ReadonlyMap<string, Fen[]>,
): Difference[] {
  const differences: Difference[] = [];
  const ids = new Set([...released.keys(), ...postings.keys()]);
  for (const id of [...ids].sort()) {
    const total = (postings.get(id) ?? []).reduce((sum, fen) => sum + fen, 0);
    if (!released.has(id)) {
      differences.push({
        kind: 'RELEASE_WITHOUT_COMMITMENT',
        subject: id,
        expectedFen: 0,
        actualFen: total,
      });
    } else if (total !== released.get(id)) {
      differences.push({
        kind: 'RELEASE_AMOUNT_DIFFERS',
        subject: id,
        expectedFen: released.get(id)!,
        actualFen: total,
      });
    }
  }
  return differences;
}

interface PairKinds {
  notPosted: DifferenceKind;
  postedTwice: DifferenceKind;
  amountDiffers: DifferenceKind;
  withoutRecord: DifferenceKind;
}

const RECEIPT_KINDS: PairKinds = {
  notPosted: 'RECEIPT_NOT_POSTED',
  postedTwice: 'RECEIPT_POSTED_TWICE',
  amountDiffers: 'RECEIPT_AMOUNT_DIFFERS',
  withoutRecord: 'POSTING_WITHOUT_RECEIPT',
};

/**
 * rule R28: each record is posted once, for its amount, and every posting of its kind has its
 * record: the commitments against their COMMITMENT postings, the confirmed clawback receipts
 * (R19) against their CLAWBACK postings. `others(id)` names what a posting without a record is.
 */
function pairDifferences(
  records: ReadonlyMap<string, Fen>,
  postings: ReadonlyMap<string, Fen[]>,
  kinds: PairKinds,
  others: (id: string) => DifferenceKind = () => kinds.withoutRecord,
): Difference[] {
  const differences: Difference[] = [];
  for (const [id, amountFen] of [...records].sort(([a], [b]) => a.localeCompare(b))) {
    const posted = postings.get(id) ?? [];
    const total = posted.reduce((sum, fen) => sum + fen, 0);
    const kind =
      posted.length === 0
        ? kinds.notPosted
        : posted.length > 1
          ? kinds.postedTwice
          : total !== amountFen
            ? kinds.amountDiffers
            : null;
    if (kind) differences.push({ kind, subject: id, expectedFen: amountFen, actualFen: total });
  }
  for (const [id, amounts] of postings) {
    if (records.has(id)) continue;
    const total = amounts.reduce((sum, fen) => sum + fen, 0);
    differences.push({ kind: others(id), subject: id, expectedFen: 0, actualFen: total });
  }
  return differences;
}

// rule R27, rule R28: each accepted commitment is posted once, for its amount; nothing else is.
function commitmentDifferences(input: ReconciliationInput): Difference[] {
  return pairDifferences(
    input.acceptedCommitments,
    input.commitmentPostings,
    {
      notPosted: 'COMMITMENT_NOT_POSTED',
      postedTwice: 'COMMITMENT_POSTED_TWICE',
      amountDiffers: 'COMMITMENT_AMOUNT_DIFFERS',
      withoutRecord: 'POSTING_WITHOUT_COMMITMENT',
    },
    (id) =>
      input.refusedCommitments.has(id) ? 'REFUSED_COMMITMENT_POSTED' : 'POSTING_WITHOUT_COMMITMENT',
  );
}
