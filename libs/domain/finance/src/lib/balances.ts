import { Fen, MAX_FEN } from '@civic/domain/money';
import { accountId, payeeAccountId } from './accounts';
import { FundCode } from './funds';
import { Posting } from './posting';

/** A fund-year's money as users think of it: all non-negative in a consistent ledger. rule R27 */
export interface FundPosition {
  /** The year's budget granted so far. */
  appropriatedFen: Fen;
  /** Budget not yet committed. */
  availableFen: Fen;
  /** Committed and not yet paid or released. */
  committedFen: Fen;
  /** Paid out, net of clawbacks. */
  disbursedFen: Fen;
}

// rule R28: the balance (debits − credits) of every account the postings touch, keys sorted.
export function balancesOf(postings: readonly Posting[]): Map<string, Fen> {
  const totals = new Map<string, bigint>();
  for (const posting of postings) {
    for (const { account, amountFen } of posting.lines) {
      if (!Number.isSafeInteger(amountFen)) {
        throw new RangeError(`rule R26: ${account} has a non-integer amount ${String(amountFen)}`);
      }
      totals.set(account, (totals.get(account) ?? 0n) + BigInt(amountFen));
    }
  }
  return new Map(
    [...totals.keys()].sort().map((account) => [account, toFen(totals.get(account)!, account)]),
  );
}

// rule R27: a fund-year's position from the balances (accounts never touched count as zero).
export function fundPosition(
  balances: ReadonlyMap<string, Fen>,
  fund: FundCode,
  year: number,
): FundPosition {
  const balance = (kind: 'APPROPRIATION' | 'AVAILABLE' | 'COMMITTED' | 'DISBURSED') =>
    balances.get(accountId({ fund, year, kind })) ?? 0;
  return {
    // The appropriation account is the budget's source: a credit (negative) balance.
    appropriatedFen: 0 - balance('APPROPRIATION'),
    availableFen: balance('AVAILABLE'),
    committedFen: balance('COMMITTED'),
    disbursedFen: balance('DISBURSED'),
  };
}

// rule R3, rule R28: what each payee (keyed by payeeAccountId) has been paid, from settlements' payee.
export function disbursedByPayee(postings: readonly Posting[]): Map<string, Fen> {
  const totals = new Map<string, bigint>();
  for (const posting of postings) {
    if (posting.kind !== 'SETTLEMENT' || posting.payee === undefined) continue;
    const account = payeeAccountId(posting.payee.organizationId);
    const paid = posting.lines.filter((l) => l.amountFen > 0).map((l) => BigInt(l.amountFen));
    totals.set(
      account,
      paid.reduce((a, b) => a + b, totals.get(account) ?? 0n),
    );
  }
  return new Map(
    [...totals.keys()].sort().map((account) => [account, toFen(totals.get(account)!, account)]),
  );
}

function toFen(total: bigint, account: string): Fen {
  if (total > BigInt(MAX_FEN) || total < -BigInt(MAX_FEN)) {
    throw new RangeError(`rule R26: the balance of ${account} is outside the safe integer range`);
  }
  return Number(total);
}
