import { checkReceipt, clawbackStatusAfter, outstandingFen } from './clawback-recovery';

describe('rule R19: recovering a clawback', () => {
  const amounts = { amountFen: 1_000_000, recoveredFen: 300_000, pendingFen: 200_000 };

  it('rule R19: outstanding is the amount less recovered and pending receipts', () => {
    expect(outstandingFen(amounts)).toBe(500_000);
    expect(outstandingFen({ amountFen: 5, recoveredFen: 0, pendingFen: 0 })).toBe(5);
    expect(() => outstandingFen({ ...amounts, pendingFen: 800_000 })).toThrow(RangeError);
    expect(() => outstandingFen({ ...amounts, recoveredFen: 0.5 })).toThrow(RangeError);
  });

  it('rule R19: a receipt fits up to the outstanding amount, to the fen', () => {
    expect(checkReceipt('PARTLY_RECOVERED', amounts, 500_000)).toEqual({ ok: true });
    expect(checkReceipt('OPEN', { ...amounts, recoveredFen: 0 }, 800_000)).toEqual({ ok: true });
    expect(checkReceipt('PARTLY_RECOVERED', amounts, 500_001)).toEqual({
      ok: false,
      reason: 'RECEIPT_EXCEEDS_OUTSTANDING',
      message:
        'rule R19: 5,000.01 yuan is more than the 5,000.00 yuan still outstanding (receipts awaiting a check included)',
      messageZh: '退回金额 5,000.01 元超过尚待追回的 5,000.00 元（含待复核的退回款）',
      outstandingFen: 500_000,
    });
  });

  it('rule R19: nothing is recorded against a refused or recovered clawback', () => {
    const done = { amountFen: 100, recoveredFen: 100, pendingFen: 0 };
    expect(checkReceipt('RECOVERED', done, 1)).toMatchObject({
      ok: false,
      reason: 'CLAWBACK_NOT_OPEN',
    });
    expect(
      checkReceipt('REFUSED', { amountFen: 100, recoveredFen: 0, pendingFen: 0 }, 1),
    ).toMatchObject({
      ok: false,
      reason: 'CLAWBACK_NOT_OPEN',
      messageZh: '该追回已被拒绝，不能登记退回款',
    });
    expect(() => checkReceipt('OPEN', done, 0)).toThrow(RangeError);
  });

  it('rule R19: the status follows what confirmed receipts brought back', () => {
    expect(clawbackStatusAfter(100, 0)).toBe('OPEN');
    expect(clawbackStatusAfter(100, 99)).toBe('PARTLY_RECOVERED');
    expect(clawbackStatusAfter(100, 100)).toBe('RECOVERED');
  });
});
