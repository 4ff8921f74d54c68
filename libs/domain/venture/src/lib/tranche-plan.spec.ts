import { checkTranchePlan, DEFAULT_TRANCHES, splitAward } from './tranche-plan';

describe('rule R19: tranche plans', () => {
  it('rule R19: the default is 50 % on signing, 30 % mid-term, 20 % final, frozen', () => {
    expect(DEFAULT_TRANCHES).toEqual([
      { key: 'SIGNING', percent: 50 },
      { key: 'MID_TERM', percent: 30 },
      { key: 'FINAL', percent: 20 },
    ]);
    expect(Object.isFrozen(DEFAULT_TRANCHES)).toBe(true);
    expect(Object.isFrozen(DEFAULT_TRANCHES[0])).toBe(true);
    expect(checkTranchePlan(DEFAULT_TRANCHES)).toEqual({ ok: true });
  });

  it('rule R19: one to six tranches, first SIGNING, percents summing to 100', () => {
    expect(checkTranchePlan([{ key: 'SIGNING', percent: 100 }])).toEqual({ ok: true });
    const six = ['SIGNING', 'Q2', 'Q3', 'Q4', 'MID_TERM', 'FINAL'].map((key, i) => ({
      key,
      percent: i === 0 ? 50 : 10,
    }));
    expect(checkTranchePlan(six)).toEqual({ ok: true });
    expect(checkTranchePlan([...six, { key: 'EXTRA', percent: 1 }])).toEqual({
      ok: false,
      message: 'rule R19: a tranche plan has 1 to 6 tranches, got 7',
      messageZh: '规则 R19：分期拨付计划须为 1 至 6 期，实际为 7',
    });
  });

  it.each([
    [[], 'rule R19: a tranche plan has 1 to 6 tranches, got 0'],
    ['50/30/20', 'rule R19: a tranche plan has 1 to 6 tranches, got "50/30/20"'],
    [
      [
        { key: 'MID_TERM', percent: 50 },
        { key: 'SIGNING', percent: 50 },
      ],
      'rule R19: the first tranche must be SIGNING (paid on signing), got MID_TERM',
    ],
    [
      [
        { key: 'SIGNING', percent: 50 },
        { key: 'SIGNING', percent: 50 },
      ],
      'rule R19: tranche 2: the key SIGNING is used twice',
    ],
    [
      [
        { key: 'SIGNING', percent: 50 },
        { key: 'final', percent: 50 },
      ],
      'rule R19: tranche 2: the key must be 1 to 30 upper-case letters, digits or underscores, starting with a letter, got "final"',
    ],
    [
      [
        { key: 'SIGNING', percent: 50 },
        { key: 'FINAL', percent: 0 },
        { key: 'X', percent: 50 },
      ],
      'rule R19: tranche 2 (FINAL): the percent must be a whole number from 1 to 100, got 0',
    ],
    [
      [
        { key: 'SIGNING', percent: 49.5 },
        { key: 'FINAL', percent: 50.5 },
      ],
      'rule R19: tranche 1 (SIGNING): the percent must be a whole number from 1 to 100, got 49.5',
    ],
    [
      [
        { key: 'SIGNING', percent: 50 },
        { key: 'FINAL', percent: 40 },
      ],
      'rule R19: the tranche percents add up to 90, not 100',
    ],
    [[null], 'rule R19: tranche 1: the key must be'],
  ])('rule R19: plan %p is refused', (plan, message) => {
    const result = checkTranchePlan(plan);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(message);
      expect(result.messageZh).toMatch(/^规则 R19：/);
    }
  });

  it('rule R19: the refusals say the same in Chinese', () => {
    expect(
      checkTranchePlan([
        { key: 'SIGNING', percent: 50 },
        { key: 'FINAL', percent: 40 },
      ]),
    ).toEqual({
      ok: false,
      message: 'rule R19: the tranche percents add up to 90, not 100',
      messageZh: '规则 R19：各期比例合计为 90%，应为 100%',
    });
  });

  it('rule R19: an award splits 50/30/20 exactly, the fen that do not divide included', () => {
    expect(splitAward(1_000_000)).toEqual([
      { key: 'SIGNING', percent: 50, amountFen: 500_000 },
      { key: 'MID_TERM', percent: 30, amountFen: 300_000 },
      { key: 'FINAL', percent: 20, amountFen: 200_000 },
    ]);
    // 101 fen: 50.5 / 30.3 / 20.2 → the leftover fen goes to the largest remainder
    expect(splitAward(101).map((t) => t.amountFen)).toEqual([51, 30, 20]);
    expect(splitAward(1).map((t) => t.amountFen)).toEqual([1, 0, 0]);
    expect(splitAward(0).map((t) => t.amountFen)).toEqual([0, 0, 0]);
  });

  it('rule R19: a custom plan splits too; a bad plan or amount is a programming error', () => {
    expect(
      splitAward(99_999, [
        { key: 'SIGNING', percent: 40 },
        { key: 'FINAL', percent: 60 },
      ]),
    ).toEqual([
      { key: 'SIGNING', percent: 40, amountFen: 40_000 },
      { key: 'FINAL', percent: 60, amountFen: 59_999 },
    ]);
    expect(() => splitAward(100, [{ key: 'FINAL', percent: 100 }])).toThrow(
      'plan is invalid: rule R19: the first tranche must be SIGNING (paid on signing), got FINAL',
    );
    expect(() => splitAward(-1)).toThrow('rule R19: amountFen must not be negative');
    expect(() => splitAward(1.5)).toThrow('rule R19: amountFen must be a safe integer');
  });
});
