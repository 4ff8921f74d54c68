import { MAX_FEN } from './fen';
import { sumFen } from './sum-fen';

describe('rule R26: sumFen', () => {
  it.each([
    [[], 0],
    [[5], 5],
    [[100000, 60000, 40000], 200000],
    [[-1230, 1230], 0],
    [[MAX_FEN, -1, 1], MAX_FEN],
  ])('rule R26: sumFen(%p) is %d', (values, expected) => {
    expect(sumFen(values)).toBe(expected);
  });

  it('rule R26: is exact even when a float intermediate would not be', () => {
    // In floats MAX_FEN + 2 - 2 loses the last unit; bigint does not.
    expect(sumFen([MAX_FEN, 2, -2])).toBe(MAX_FEN);
  });

  it('rule R26: throws when the total is not safe', () => {
    expect(() => sumFen([MAX_FEN, 1])).toThrow(RangeError);
    expect(() => sumFen([MAX_FEN, 1])).toThrow('outside the safe integer range');
    expect(() => sumFen([-MAX_FEN, -1])).toThrow(RangeError);
  });

  it('rule R26: throws on a non-fen value, naming its index', () => {
    expect(() => sumFen([1, 2.5])).toThrow(/^values\[1\] must be a safe integer/);
  });
});
