import { BudgetLine } from './check-budget-line';
import { checkBudget } from './check-budget';

const ok = (description: string, amountFen: number): BudgetLine => ({
  category: 'SERVICE_DELIVERY',
  description,
  amountFen,
});

describe('rule R22 / R26 / R17: checkBudget', () => {
  it('rule R22: lawful lines that add up to the request are accepted, with their total', () => {
    expect(
      checkBudget(
        [
          ok('助餐服务', 300_000_00),
          { category: 'PUBLICITY', description: '资助标识', amountFen: 12_345 },
        ],
        300_123_45,
      ),
    ).toEqual({ ok: true, totalFen: 300_123_45 });
  });

  it('rule R17: lines that do not add up to the request are refused, amounts in yuan', () => {
    expect(checkBudget([ok('助餐服务', 1_000_00), ok('康复训练', 500_00)], 1_600_00)).toEqual({
      ok: false,
      violations: [
        {
          index: null,
          field: 'lines',
          rule: 'R17',
          code: 'TOTAL_MISMATCH',
          message:
            'rule R17: the budget lines add up to 1,500.00 yuan, not the 1,600.00 yuan requested',
          messageZh: '规则 R17：预算明细合计 1,500.00 元，与申请金额 1,600.00 元不符',
        },
      ],
    });
  });

  it('rule R22: every bad line is reported, with its index, field and class', () => {
    const result = checkBudget(
      [
        ok('助餐服务', 1_000_00),
        { category: 'STAFF_PAY', description: '社工工资', amountFen: 2_000_00 },
        ok('宴请合作单位', 300_00),
      ],
      3_300_00,
    );
    expect(result).toEqual({
      ok: false,
      violations: [
        expect.objectContaining({
          index: 1,
          field: 'category',
          rule: 'R22',
          code: 'BANNED_CATEGORY',
          bannedUse: 'STAFF_PAY',
          keyword: null,
          message: expect.stringMatching(/^line 2: rule R22: /),
          messageZh: expect.stringMatching(/^第 2 行：规则 R22：彩票公益金不得用于人员工资福利/),
        }),
        expect.objectContaining({
          index: 2,
          field: 'description',
          rule: 'R22',
          code: 'BANNED_KEYWORD',
          bannedUse: 'HOSPITALITY',
          keyword: '宴请',
        }),
      ],
    });
  });

  it.each([[0], [-100], [1.5], [Number.NaN], [Number.MAX_SAFE_INTEGER + 1], ['100']])(
    'rule R26: a line amount of %p is refused, and the total is not compared',
    (amountFen) => {
      const result = checkBudget([ok('助餐服务', 100), ok('康复', amountFen as number)], 100);
      expect(result).toEqual({
        ok: false,
        violations: [
          {
            index: 1,
            field: 'amountFen',
            rule: 'R26',
            code: 'INVALID_AMOUNT',
            message: `line 2: rule R26: the amount must be a positive whole number of fen, got ${String(amountFen)}`,
            messageZh: `第 2 行：规则 R26：金额须为正整数（单位：分），实际为 ${String(amountFen)}`,
          },
        ],
      });
    },
  );

  it('rule R22 / R26: one line can break both rules; each is its own violation', () => {
    const result = checkBudget([{ category: 'VEHICLES', description: '购车', amountFen: 0 }], 100);
    expect(!result.ok && result.violations.map((v) => [v.index, v.field, v.code])).toEqual([
      [0, 'category', 'BANNED_CATEGORY'],
      [0, 'amountFen', 'INVALID_AMOUNT'],
    ]);
  });

  it.each([[0], [-1], [0.1], [undefined]])(
    'rule R26: a requested amount of %p is refused',
    (requested) => {
      const result = checkBudget([ok('助餐服务', 100)], requested as number);
      expect(!result.ok && result.violations).toEqual([
        expect.objectContaining({
          index: null,
          field: 'requestedFen',
          code: 'INVALID_REQUESTED_AMOUNT',
        }),
      ]);
    },
  );

  it('rule R17: a budget with no lines is refused', () => {
    expect(checkBudget([], 100)).toEqual({
      ok: false,
      violations: [expect.objectContaining({ index: null, field: 'lines', code: 'NO_LINES' })],
    });
  });

  it('rule R26: a total beyond the safe range is compared exactly and shown from the bigint', () => {
    const big = Number.MAX_SAFE_INTEGER;
    const result = checkBudget([ok('服务', big), ok('服务', big)], big);
    expect(!result.ok && result.violations[0]).toMatchObject({
      code: 'TOTAL_MISMATCH',
      message:
        'rule R17: the budget lines add up to 180,143,985,094,819.82 yuan, not the 90,071,992,547,409.91 yuan requested',
    });
  });
});
