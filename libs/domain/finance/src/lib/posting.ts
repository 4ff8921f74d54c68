import { Fen } from '@civic/domain/money';
import { tryParseAccountId } from './accounts';
import { Payee } from './payee';

/** What a posting records (rule R28). */
export type PostingKind = 'APPROPRIATION' | 'COMMITMENT' | 'RELEASE' | 'SETTLEMENT' | 'CLAWBACK';

/** One line of a double-entry posting; amountFen is signed: + debit, − credit. rule R26, rule R28 */
export interface PostingLine {
  account: string;
  amountFen: Fen;
}

/**
 * A balanced double-entry posting (rule R28). `payee` is set on settlements: who the money was
 * for and where it went (rule R3).
 */
export interface Posting {
  kind: PostingKind;
  lines: readonly PostingLine[];
  memo?: string;
  payee?: Payee;
}

export type PostingProblemCode =
  | 'TOO_FEW_LINES'
  | 'UNBALANCED'
  | 'ZERO_AMOUNT'
  | 'NOT_INTEGER_FEN'
  | 'DUPLICATE_ACCOUNT'
  | 'UNKNOWN_ACCOUNT';

export interface PostingProblem {
  code: PostingProblemCode;
  /** Index of the offending line, when there is one. */
  line?: number;
  message: string;
}

// rule R28: everything that keeps a posting from being a balanced double entry (empty when valid).
export function validatePosting(posting: Posting): PostingProblem[] {
  const lines: readonly PostingLine[] = Array.isArray(posting?.lines) ? posting.lines : [];
  const problems: PostingProblem[] = [];
  if (lines.length < 2) {
    problems.push({
      code: 'TOO_FEW_LINES',
      message: `a posting needs at least two lines, got ${lines.length}`,
    });
  }
  const seen = new Map<string, number>();
  let total = 0n;
  let summable = true;
  lines.forEach(({ account, amountFen }, line) => {
    if (tryParseAccountId(account) === undefined) {
      problems.push({
        code: 'UNKNOWN_ACCOUNT',
        line,
        message: `line ${line}: "${account}" is not an account`,
      });
    }
    const first = seen.get(account);
    if (first !== undefined) {
      problems.push({
        code: 'DUPLICATE_ACCOUNT',
        line,
        message: `line ${line}: account ${account} already appears on line ${first}`,
      });
    } else {
      seen.set(account, line);
    }
    if (typeof amountFen !== 'number' || !Number.isSafeInteger(amountFen)) {
      summable = false;
      problems.push({
        code: 'NOT_INTEGER_FEN',
        line,
        message: `line ${line}: amount must be a safe integer number of fen, got ${String(amountFen)}`,
      });
    } else if (amountFen === 0) {
      problems.push({ code: 'ZERO_AMOUNT', line, message: `line ${line}: amount is zero` });
    } else {
      total += BigInt(amountFen);
    }
  });
  if (summable && total !== 0n) {
    problems.push({
      code: 'UNBALANCED',
      message: `debits and credits differ by ${total} fen (they must sum to zero)`,
    });
  }
  return problems;
}

// rule R28: throw a RangeError listing every problem unless the posting is a balanced double entry.
export function assertBalanced(posting: Posting): void {
  const problems = validatePosting(posting);
  if (problems.length > 0) {
    throw new RangeError(
      `rule R28: ${posting?.kind ?? 'posting'} is not a balanced double entry: ${problems
        .map((p) => p.message)
        .join('; ')}`,
    );
  }
}
