import { Fen, formatYuan } from '@civic/domain/money';

/** Where a clawback stands: refused at opening, open, partly or wholly recovered. rule R19 */
export type ClawbackStatus = 'REFUSED' | 'OPEN' | 'PARTLY_RECOVERED' | 'RECOVERED';

/** A clawback's amounts: what is to be recovered, what confirmed receipts brought back, what awaits a checker. */
export interface ClawbackAmounts {
  amountFen: Fen;
  recoveredFen: Fen;
  pendingFen: Fen;
}

export type ReceiptCheck =
  | { ok: true }
  | {
      ok: false;
      reason: 'CLAWBACK_NOT_OPEN' | 'RECEIPT_EXCEEDS_OUTSTANDING';
      message: string;
      messageZh: string;
      outstandingFen: Fen;
    };

const yuan = (fen: Fen) => `${formatYuan(fen)} yuan`;
const yuanZh = (fen: Fen) => `${formatYuan(fen)} 元`;

// rule R19, rule R26: still to come back: the amount less what is recovered and what awaits a check.
export function outstandingFen(amounts: ClawbackAmounts): Fen {
  for (const [field, value] of Object.entries(amounts)) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`rule R26: ${field} must be a non-negative safe integer number of fen`);
    }
  }
  const left = amounts.amountFen - amounts.recoveredFen - amounts.pendingFen;
  if (left < 0)
    throw new RangeError('rule R19: more is recovered or pending than the clawback asks');
  return left;
}

// rule R19: a clawback is RECOVERED once receipts confirmed bring back the whole amount.
export function clawbackStatusAfter(amountFen: Fen, recoveredFen: Fen): ClawbackStatus {
  if (recoveredFen <= 0) return 'OPEN';
  return recoveredFen >= amountFen ? 'RECOVERED' : 'PARTLY_RECOVERED';
}

/**
 * rule R19, rule R28: a receipt of money returned under a clawback may be recorded while the
 * clawback is open (not refused, not wholly recovered) and only up to what is still outstanding,
 * counting receipts that await a checker, so two makers cannot together record more than is owed.
 */
export function checkReceipt(
  status: ClawbackStatus,
  amounts: ClawbackAmounts,
  receiptFen: Fen,
): ReceiptCheck {
  if (typeof receiptFen !== 'number' || !Number.isSafeInteger(receiptFen) || receiptFen <= 0) {
    throw new RangeError('rule R26: receiptFen must be a positive safe integer number of fen');
  }
  const left = outstandingFen(amounts);
  if (status === 'REFUSED' || status === 'RECOVERED') {
    return {
      ok: false,
      reason: 'CLAWBACK_NOT_OPEN',
      message: `rule R19: the clawback is ${status.toLowerCase()}; nothing more is recorded against it`,
      messageZh:
        status === 'REFUSED'
          ? '该追回已被拒绝，不能登记退回款'
          : '该追回已全部收回，不能再登记退回款',
      outstandingFen: left,
    };
  }
  if (receiptFen > left) {
    return {
      ok: false,
      reason: 'RECEIPT_EXCEEDS_OUTSTANDING',
      message: `rule R19: ${yuan(receiptFen)} is more than the ${yuan(left)} still outstanding (receipts awaiting a check included)`,
      messageZh: `退回金额 ${yuanZh(receiptFen)}超过尚待追回的 ${yuanZh(left)}（含待复核的退回款）`,
      outstandingFen: left,
    };
  }
  return { ok: true };
}
