import { FundPosition } from './balances';
import { checkClawback, checkCommitment, checkDisbursement, checkRelease } from './budget-checks';

const position = (availableFen: number): FundPosition => ({
  appropriatedFen: 1_000_000,
  availableFen,
  committedFen: 1_000_000 - availableFen,
  disbursedFen: 0,
});

describe('rule R27: budget checks', () => {
  it.each([
    [500_000, 1, true],
    [500_000, 499_999, true],
    [500_000, 500_000, true],
    [500_000, 500_001, false],
    [0, 1, false],
    [-5, 1, false],
  ])(
    'rule R27: checkCommitment with %d fen available, committing %d: ok=%p',
    (available, amount, ok) => {
      expect(checkCommitment(position(available), amount).ok).toBe(ok);
    },
  );

  it('rule R27: a commitment over budget is refused with the amounts in yuan, in English and Chinese', () => {
    expect(checkCommitment(position(50_000_000), 123_456_789)).toEqual({
      ok: false,
      reason: 'EXCEEDS_BUDGET',
      message:
        'rule R27: a commitment of 1,234,567.89 yuan exceeds the 500,000.00 yuan left in the budget',
      messageZh: '承诺金额 1,234,567.89 元超过预算可用余额 500,000.00 元',
      availableFen: 50_000_000,
    });
  });

  it.each([
    [100, 100, true],
    [100, 101, false],
    [0, 1, false],
  ])(
    'rule R27: checkDisbursement with %d fen of commitment left, paying %d: ok=%p',
    (left, amount, ok) => {
      expect(checkDisbursement(left, amount).ok).toBe(ok);
    },
  );

  it('rule R27: a disbursement over its commitment is refused', () => {
    expect(checkDisbursement(30_000, 30_001)).toEqual({
      ok: false,
      reason: 'EXCEEDS_COMMITMENT',
      message:
        'rule R27: a disbursement of 300.01 yuan exceeds the 300.00 yuan left of the commitment',
      messageZh: '拨付金额 300.01 元超过承诺剩余金额 300.00 元',
      availableFen: 30_000,
    });
  });

  it.each([
    [
      'checkRelease',
      checkRelease,
      'RELEASE_EXCEEDS_COMMITMENT',
      '释放金额 0.02 元超过尚未使用的承诺金额 0.01 元',
    ],
    [
      'checkClawback',
      checkClawback,
      'CLAWBACK_EXCEEDS_DISBURSED',
      '追回金额 0.02 元超过已拨付金额 0.01 元',
    ],
  ] as const)(
    'rule R27: %s allows up to the limit and refuses beyond it',
    (_name, check, reason, zh) => {
      expect(check(1, 1)).toEqual({ ok: true });
      expect(check(2, 1)).toEqual({ ok: true });
      expect(check(1, 2)).toMatchObject({ ok: false, reason, messageZh: zh, availableFen: 1 });
    },
  );

  const checks = [
    ['checkCommitment', (limit: number, a: number) => checkCommitment(position(limit), a)],
    ['checkDisbursement', checkDisbursement],
    ['checkRelease', checkRelease],
    ['checkClawback', checkClawback],
  ] as const;

  it.each(
    checks.flatMap(([name, check]) =>
      [0, -1, 0.5, Number.NaN].map((a) => [name, a, check] as const),
    ),
  )('rule R26: %s throws on amount %p', (name, amount, check) => {
    expect(() => check(100, amount)).toThrow(
      new RegExp(`^rule R26: ${name} amountFen must be a positive`),
    );
  });

  it.each(checks.map(([name, check]) => [name, check] as const))(
    'rule R26: %s throws on a non-integer limit',
    (_name, check) => {
      expect(() => check(0.5, 1)).toThrow(/rule R26: .* limit must be a safe integer/);
    },
  );
});
