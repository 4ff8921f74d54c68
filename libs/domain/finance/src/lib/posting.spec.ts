import { assertBalanced, Posting, PostingLine, validatePosting } from './posting';

const A = 'INCUBATION:2026:AVAILABLE';
const C = 'INCUBATION:2026:COMMITTED';
const D = 'INCUBATION:2026:DISBURSED';
const posting = (...lines: PostingLine[]): Posting => ({ kind: 'COMMITMENT', lines });
const codes = (p: Posting) => validatePosting(p).map((problem) => problem.code);

describe('rule R28: validatePosting', () => {
  it.each([
    [
      'two balanced lines',
      posting({ account: C, amountFen: 500 }, { account: A, amountFen: -500 }),
    ],
    [
      'three balanced lines',
      posting(
        { account: C, amountFen: 300 },
        { account: D, amountFen: 200 },
        { account: A, amountFen: -500 },
      ),
    ],
    [
      'a payee account',
      posting({ account: 'PAYEE:org-1', amountFen: 1 }, { account: A, amountFen: -1 }),
    ],
  ])('rule R28: accepts %s', (_name, p) => {
    expect(validatePosting(p)).toEqual([]);
    expect(() => assertBalanced(p)).not.toThrow();
  });

  it.each([
    ['no lines', posting(), ['TOO_FEW_LINES']],
    ['one line', posting({ account: C, amountFen: 0 }), ['TOO_FEW_LINES', 'ZERO_AMOUNT']],
    [
      'unbalanced lines',
      posting({ account: C, amountFen: 500 }, { account: A, amountFen: -499 }),
      ['UNBALANCED'],
    ],
    [
      'two debits',
      posting({ account: C, amountFen: 500 }, { account: A, amountFen: 500 }),
      ['UNBALANCED'],
    ],
    [
      'zero amounts',
      posting({ account: C, amountFen: 0 }, { account: A, amountFen: 0 }),
      ['ZERO_AMOUNT', 'ZERO_AMOUNT'],
    ],
    [
      'a fractional amount',
      posting({ account: C, amountFen: 0.5 }, { account: A, amountFen: -0.5 }),
      ['NOT_INTEGER_FEN', 'NOT_INTEGER_FEN'],
    ],
    [
      'NaN',
      posting({ account: C, amountFen: Number.NaN }, { account: A, amountFen: 1 }),
      ['NOT_INTEGER_FEN'],
    ],
    [
      'an unsafe amount',
      posting({ account: C, amountFen: 2 ** 53 }, { account: A, amountFen: -(2 ** 53) }),
      ['NOT_INTEGER_FEN', 'NOT_INTEGER_FEN'],
    ],
    [
      'an account twice',
      posting(
        { account: C, amountFen: 500 },
        { account: C, amountFen: 500 },
        { account: A, amountFen: -1000 },
      ),
      ['DUPLICATE_ACCOUNT'],
    ],
    [
      'an unknown account',
      posting({ account: 'BANK', amountFen: 500 }, { account: A, amountFen: -500 }),
      ['UNKNOWN_ACCOUNT'],
    ],
  ])('rule R28: reports %s', (_name, p, expected) => {
    expect(codes(p)).toEqual(expected);
    expect(() => assertBalanced(p)).toThrow(RangeError);
  });

  it('rule R28: says which line is wrong and by how much a posting is off', () => {
    expect(
      validatePosting(posting({ account: C, amountFen: 500 }, { account: C, amountFen: -499 })),
    ).toEqual([
      {
        code: 'DUPLICATE_ACCOUNT',
        line: 1,
        message: `line 1: account ${C} already appears on line 0`,
      },
      { code: 'UNBALANCED', message: 'debits and credits differ by 1 fen (they must sum to zero)' },
    ]);
  });

  it('rule R28: balances exactly where floats would not', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const p = posting(
      { account: C, amountFen: max },
      { account: D, amountFen: 2 },
      { account: A, amountFen: -max },
      { account: 'PAYEE:x', amountFen: -2 },
    );
    expect(validatePosting(p)).toEqual([]);
  });

  it('rule R28: assertBalanced names the rule, the kind and every problem', () => {
    expect(() => assertBalanced(posting({ account: C, amountFen: 5 }))).toThrow(
      'rule R28: COMMITMENT is not a balanced double entry: a posting needs at least two lines, got 1; debits and credits differ by 5 fen (they must sum to zero)',
    );
  });
});
