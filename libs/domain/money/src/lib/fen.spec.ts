import { assertFen, assertNonNegativeFen, isFen, MAX_FEN } from './fen';

describe('rule R26: Fen is a safe integer', () => {
  it.each([
    [0, true],
    [-0, true],
    [1, true],
    [-1230, true],
    [MAX_FEN, true],
    [-MAX_FEN, true],
    [MAX_FEN + 1, false],
    [0.5, false],
    [200000.01, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
    ['100', false],
    [100n, false],
    [null, false],
    [undefined, false],
  ])('rule R26: isFen(%p) is %p', (value, expected) => {
    expect(isFen(value)).toBe(expected);
  });

  it('rule R26: assertFen throws a RangeError naming the field', () => {
    expect(() => assertFen(1.5, 'budget')).toThrow(RangeError);
    expect(() => assertFen(1.5, 'budget')).toThrow(/^budget must be a safe integer/);
    expect(() => assertFen('12')).toThrow(/^amount must be a safe integer number of fen, got "12"/);
  });

  it('rule R26: assertFen accepts integers, including negative ones', () => {
    expect(() => assertFen(-500)).not.toThrow();
    expect(() => assertFen(MAX_FEN)).not.toThrow();
  });

  it('rule R26: assertNonNegativeFen rejects negative amounts and names the field', () => {
    expect(() => assertNonNegativeFen(-1, 'total')).toThrow(
      'total must not be negative, got -1 fen',
    );
    expect(() => assertNonNegativeFen(0, 'total')).not.toThrow();
    expect(() => assertNonNegativeFen(0.1, 'total')).toThrow(/^total must be a safe integer/);
  });
});
