import { Fen } from '@civic/domain/money';
import { accountId, FundAccountKind } from './accounts';
import { FundCode } from './funds';
import { assertPayee, Payee, payeeMemo } from './payee';
import { assertBalanced, Posting, PostingKind } from './posting';

/*
 * The five movements of a fund-year's money. Every posting moves one positive amount from one
 * fund account (credit, −) to another (debit, +), so it balances by construction; assertBalanced
 * checks it anyway before it leaves. Within a fund-year the four accounts therefore always sum to
 * zero: appropriated = available + committed + disbursed (disbursed net of clawbacks).
 */

// rule R27: the year's budget of a fund is made available: AVAILABLE +, APPROPRIATION −.
export function appropriate(fund: FundCode, year: number, amountFen: Fen): Posting {
  return move('APPROPRIATION', 'appropriate', fund, year, amountFen, 'AVAILABLE', 'APPROPRIATION');
}

// rule R27: an award, subsidy or contract commits budget: COMMITTED +, AVAILABLE −.
export function commit(fund: FundCode, year: number, amountFen: Fen): Posting {
  return move('COMMITMENT', 'commit', fund, year, amountFen, 'COMMITTED', 'AVAILABLE');
}

// rule R27: the unspent part of a commitment goes back to the budget: AVAILABLE +, COMMITTED −.
export function releaseCommitment(fund: FundCode, year: number, amountFen: Fen): Posting {
  return move('RELEASE', 'releaseCommitment', fund, year, amountFen, 'AVAILABLE', 'COMMITTED');
}

/**
 * rule R28, rule R3: a payment reached its payee: DISBURSED +, COMMITTED −.
 *
 * No PAYEE line. A balanced PAYEE line would need a contra line of its own (a clearing account
 * debited and credited by the same amount in the same posting), which adds two lines and no
 * information. The payee is instead an analysis dimension of the DISBURSED line, as in budget
 * accounting's 辅助核算: the posting carries `payee` (the organization the money is for and, under
 * custody, the custodian it went to) and a memo saying "on behalf of" (rule R3). Per-payee totals
 * come from disbursedByPayee, keyed by payeeAccountId. Fund positions stay a function of balances.
 */
export function settlePayment(fund: FundCode, year: number, amountFen: Fen, payee: Payee): Posting {
  assertPayee(payee);
  const posting = move(
    'SETTLEMENT',
    'settlePayment',
    fund,
    year,
    amountFen,
    'DISBURSED',
    'COMMITTED',
  );
  return { ...posting, memo: payeeMemo(payee), payee };
}

/**
 * rule R27: money recovered from a payee after a failed final evaluation (payment follows the
 * evaluation, R19/R25) returns to the fund-year's budget: AVAILABLE +, DISBURSED −. It goes back
 * to AVAILABLE, not COMMITTED: the commitment is over, and spending the money again needs a new
 * commitment under checkCommitment. Only what was disbursed can be clawed back (checkClawback).
 */
export function clawback(fund: FundCode, year: number, amountFen: Fen): Posting {
  return move('CLAWBACK', 'clawback', fund, year, amountFen, 'AVAILABLE', 'DISBURSED');
}

function move(
  kind: PostingKind,
  builder: string,
  fund: FundCode,
  year: number,
  amountFen: Fen,
  debit: FundAccountKind,
  credit: FundAccountKind,
): Posting {
  if (typeof amountFen !== 'number' || !Number.isSafeInteger(amountFen) || amountFen <= 0) {
    throw new RangeError(
      `rule R26, rule R28: ${builder} amountFen must be a positive safe integer number of fen, got ${String(amountFen)}`,
    );
  }
  const posting: Posting = {
    kind,
    lines: [
      { account: accountId({ fund, year, kind: debit }), amountFen },
      { account: accountId({ fund, year, kind: credit }), amountFen: -amountFen },
    ],
  };
  assertBalanced(posting);
  return posting;
}
