import { checkBudgetLinesAddUp } from './budget-lines';

describe('rule R17: checkBudgetLinesAddUp', () => {
  it('rule R17: lines that add up exactly to the request are accepted', () => {
    expect(
      checkBudgetLinesAddUp(
        [
          { description: '活动物料', amountFen: 1_250_000 },
          { description: '志愿者保险', amountFen: 250_050 },
        ],
        1_500_050,
      ),
    ).toEqual({ ok: true });
  });

  it('rule R17: lines that do not add up are refused on budgetLines, in yuan', () => {
    expect(
      checkBudgetLinesAddUp(
        [
          { description: '活动物料', amountFen: 1_250_000 },
          { description: '志愿者保险', amountFen: 250_000 },
        ],
        1_500_050,
      ),
    ).toEqual({
      ok: false,
      violations: [
        {
          field: 'budgetLines',
          message:
            'rule R17: the budget lines add up to 15,000.00 yuan, not the 15,000.50 yuan requested',
          messageZh: '规则 R17：预算明细合计 15,000.00 元，与申请金额 15,000.50 元不符',
        },
      ],
    });
  });

  it('rule R17: no lines is refused', () => {
    for (const lines of [[], null, undefined]) {
      expect(checkBudgetLinesAddUp(lines as never, 100)).toEqual({
        ok: false,
        violations: [
          {
            field: 'budgetLines',
            message: 'rule R17: a budget needs at least one line',
            messageZh: '规则 R17：预算至少应有一条明细',
          },
        ],
      });
    }
  });

  it('rule R26: bad amounts and blank descriptions are named per line; the total is then not compared', () => {
    const result = checkBudgetLinesAddUp(
      [
        { description: '活动物料', amountFen: 0 },
        { description: '  ', amountFen: 100 },
        { description: '场地', amountFen: 10.5 },
        null as never,
      ],
      1_000,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violations.map((v) => v.field)).toEqual([
      'budgetLines.0.amountFen',
      'budgetLines.1.description',
      'budgetLines.2.amountFen',
      'budgetLines.3.description',
      'budgetLines.3.amountFen',
    ]);
    expect(result.violations[0]).toEqual({
      field: 'budgetLines.0.amountFen',
      message: 'rule R26: line 1: the amount must be a positive whole number of fen, got 0',
      messageZh: '规则 R26：第 1 行：金额须为正整数（单位：分），实际为 0',
    });
    expect(result.violations[1]).toMatchObject({
      message: 'rule R17: line 2: say what the money is for',
      messageZh: '规则 R17：第 2 行：请填写支出用途',
    });
  });

  it('rule R26: a bad requested amount is refused on requestedFen', () => {
    expect(checkBudgetLinesAddUp([{ description: '物料', amountFen: 100 }], -100)).toEqual({
      ok: false,
      violations: [
        {
          field: 'requestedFen',
          message:
            'rule R26: the requested amount must be a positive whole number of fen, got -100',
          messageZh: '规则 R26：申请金额须为正整数（单位：分），实际为 -100',
        },
      ],
    });
  });

  it('rule R26: a total past the safe integer range is still compared exactly', () => {
    const big = Number.MAX_SAFE_INTEGER;
    const result = checkBudgetLinesAddUp(
      [
        { description: '甲', amountFen: big },
        { description: '乙', amountFen: 1 },
      ],
      big,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.violations[0].message).toContain('90,071,992,547,409.92 yuan');
  });
});
