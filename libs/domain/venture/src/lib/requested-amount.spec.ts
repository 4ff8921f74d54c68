import { checkRequestedAmount } from './requested-amount';

const RANGE = { minFen: 1_000_000, maxFen: 5_000_000 }; // 10,000 to 50,000 yuan

describe('rule R17: checkRequestedAmount', () => {
  it('rule R17: an amount within the funding range, both ends included, is accepted', () => {
    expect(checkRequestedAmount(1_000_000, RANGE)).toEqual({ ok: true });
    expect(checkRequestedAmount(5_000_000, RANGE)).toEqual({ ok: true });
    expect(checkRequestedAmount(2_345_678, RANGE)).toEqual({ ok: true });
  });

  it('rule R17: below the minimum or above the maximum is refused, in yuan', () => {
    expect(checkRequestedAmount(999_999, RANGE)).toEqual({
      ok: false,
      message:
        "rule R17: the requested 9,999.99 yuan is below the call's minimum of 10,000.00 yuan",
      messageZh: '规则 R17：申请金额 9,999.99 元低于本次公益创投单个项目最低资助额 10,000.00 元',
    });
    expect(checkRequestedAmount(5_000_001, RANGE)).toEqual({
      ok: false,
      message:
        "rule R17: the requested 50,000.01 yuan is above the call's maximum of 50,000.00 yuan",
      messageZh: '规则 R17：申请金额 50,000.01 元高于本次公益创投单个项目最高资助额 50,000.00 元',
    });
  });

  it.each([[0], [-100], [12.5], [Number.NaN], ['1000000']])(
    'rule R26: %p fen is not an amount',
    (amount) => {
      expect(checkRequestedAmount(amount as never, RANGE)).toEqual({
        ok: false,
        message: `rule R26: the requested amount must be a positive whole number of fen, got ${String(amount)}`,
        messageZh: `规则 R26：申请金额须为正整数（单位：分），实际为 ${String(amount)}`,
      });
    },
  );

  it('rule R17: a bad range is a programming error naming the field', () => {
    expect(() => checkRequestedAmount(1, { minFen: 2, maxFen: 1 })).toThrow(
      'rule R17: range.minFen 2 must not be more than range.maxFen 1',
    );
    expect(() => checkRequestedAmount(1, { minFen: -1, maxFen: 1 })).toThrow(
      'rule R17: range.minFen must not be negative',
    );
    expect(() => checkRequestedAmount(1, { minFen: 0, maxFen: 0.5 })).toThrow(
      'rule R17: range.maxFen must be a safe integer number of fen',
    );
    expect(() => checkRequestedAmount(1, undefined as never)).toThrow(RangeError);
  });
});
